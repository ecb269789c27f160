/**
 * The 404 page: says what happened in plain German and offers ways on – the
 * pages whose address is closest to the one requested (»Meinten Sie …?«, from
 * the sitemap, after the page has loaded), a search form (works without
 * JavaScript: GET /suche?q=…) and the main sections.
 */
import {useEffect, useState, type ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import {closestPaths, sitemapPaths} from '../../../utils/closestPaths';
import {NOT_FOUND_MARKER} from '../../../utils/notFoundMarker';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import styles from './styles.module.css';
import {useCounts} from '@site/src/hooks/useCounts';

function useSuggestions(pathname: string, sitemapUrl: string): string[] {
  const [suggestions, setSuggestions] = useState<string[]>([]);
  useEffect(() => {
    let cancelled = false;
    fetch(sitemapUrl)
      .then((response) => (response.ok ? response.text() : ''))
      .then((xml) => {
        if (!cancelled) setSuggestions(closestPaths(pathname, sitemapPaths(xml)));
      })
      // Without the sitemap the page still offers the search and the sections.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [pathname, sitemapUrl]);
  return suggestions;
}

export default function NotFoundContent({className}: Props): ReactNode {
  const counts = useCounts();
  const searchUrl = useBaseUrl('/suche');
  const {pathname} = useLocation();
  const suggestions = useSuggestions(pathname, useBaseUrl('/sitemap.xml'));
  return (
    <main className={clsx('container margin-vert--xl', className)} {...{[NOT_FOUND_MARKER]: ''}}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            <Translate id="notFound.heading" description="Heading of the 404 page">
              Seite nicht gefunden
            </Translate>
          </Heading>
          <p>
            <Translate id="notFound.text" description="Explanation on the 404 page">
              Diese Adresse gibt es auf der Wissensplattform nicht oder nicht mehr. Vielleicht hat sich die Adresse geändert, oder im Link steckt ein Tippfehler.
            </Translate>
          </p>
          <div aria-live="polite">
            {suggestions.length > 0 && (
              <>
                <p className={styles.suggestionTitle}>
                  {translate({id: 'notFound.suggestions', message: 'Meinten Sie {pages}?', description: 'Before suggested addresses; {pages} is »diese Seite« or »eine dieser Seiten«'}, {pages: counts.suggestedPages(suggestions.length)})}
                </p>
                <ul>
                  {suggestions.map((path) => (
                    <li key={path}>
                      {/* From the sitemap, so it exists; Docusaurus' checker cannot see addresses found at run time. */}
                      <Link to={path} data-noBrokenLinkCheck>
                        {path}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <form action={searchUrl} method="get" role="search" aria-label={translate({id: 'notFound.search.label', message: 'Wissensplattform durchsuchen', description: 'Accessible name of the search form on the 404 page'})} className={styles.form}>
            <label htmlFor="nicht-gefunden-suche">
              <Translate id="notFound.search" description="Label of the search on the 404 page">
                Suchen Sie, was Sie gesucht haben:
              </Translate>
            </label>
            <div className={styles.row}>
              <input id="nicht-gefunden-suche" type="search" name="q" className={styles.input} autoComplete="off" />
              <button type="submit" className="button button--primary">
                <Translate id="search.submit" description="Search button">
                  Suchen
                </Translate>
              </button>
            </div>
          </form>
          <p>
            <Translate id="notFound.ways" description="Before the links on the 404 page">
              Oder gehen Sie weiter:
            </Translate>
          </p>
          <ul>
            <li>
              <Link to="/">
                <Translate id="notFound.link.home" description="Link on the 404 page">
                  Startseite
                </Translate>
              </Link>
            </li>
            <li>
              <Link to="/gute-praxis">
                <Translate id="notFound.link.practice" description="Link on the 404 page">
                  Gute Praxis
                </Translate>
              </Link>
            </li>
            <li>
              <Link to="/fachkongress">
                <Translate id="notFound.link.congress" description="Link on the 404 page">
                  Fachkongress
                </Translate>
              </Link>
            </li>
            <li>
              <Link to="/meldungen">
                <Translate id="notFound.link.news" description="Link on the 404 page">
                  Meldungen
                </Translate>
              </Link>
            </li>
          </ul>
          <p>
            <Translate
              id="notFound.report"
              description="Asks to report a broken link; {contact} links to the contact page"
              values={{
                contact: (
                  <Link to="/kontakt">
                    <Translate id="notFound.report.contact" description="Link text to the contact page">
                      Kontakt
                    </Translate>
                  </Link>
                ),
              }}>
              {'Führte ein Link auf dieser Website hierher? Dann sagen Sie es uns bitte über die Seite {contact}.'}
            </Translate>
          </p>
        </div>
      </div>
    </main>
  );
}
