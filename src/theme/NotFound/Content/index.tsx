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
            Seite nicht gefunden
          </Heading>
          <p>
            Diese Adresse gibt es auf der Wissensplattform nicht oder nicht mehr. Vielleicht hat sich die Adresse geändert,
            oder im Link steckt ein Tippfehler.
          </p>
          <div aria-live="polite">
            {suggestions.length > 0 && (
              <>
                <p className={styles.suggestionTitle}>Meinten Sie {counts.suggestedPages(suggestions.length)}?</p>
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
          <form action={searchUrl} method="get" role="search" aria-label="Wissensplattform durchsuchen" className={styles.form}>
            <label htmlFor="nicht-gefunden-suche">Suchen Sie, was Sie gesucht haben:</label>
            <div className={styles.row}>
              <input id="nicht-gefunden-suche" type="search" name="q" className={styles.input} autoComplete="off" />
              <button type="submit" className="button button--primary">
                Suchen
              </button>
            </div>
          </form>
          <p>Oder gehen Sie weiter:</p>
          <ul>
            <li>
              <Link to="/">Startseite</Link>
            </li>
            <li>
              <Link to="/gute-praxis">Gute Praxis</Link>
            </li>
            <li>
              <Link to="/fachkongress">Fachkongress</Link>
            </li>
            <li>
              <Link to="/meldungen">Meldungen</Link>
            </li>
          </ul>
          <p>
            Führte ein Link auf dieser Website hierher? Dann sagen Sie es uns bitte über die Seite <Link to="/kontakt">Kontakt</Link>.
          </p>
        </div>
      </div>
    </main>
  );
}
