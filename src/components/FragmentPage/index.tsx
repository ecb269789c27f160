/**
 * One component for every page that has no route of its own (see
 * src/plugins/fragmentPages); each kind says through its routes' props what
 * to show while loading and when a page is missing. Three cases:
 * - static rendering at build: placeholders, which the build replaces with
 *   each page's title, description and HTML;
 * - first load in the browser: the page's HTML is already there; it is taken
 *   over as it is, so hydration changes nothing;
 * - navigation inside the app: the page's fragment is fetched as JSON.
 */
import {revealEmails} from '../../utils/revealEmails';
import {addCopyButtons, type CopyLabels} from '../../utils/codeCopyButtons';
import {catalogueSearchOf} from '../../catalogue/wayBack';
import {useEffect, useRef, useState, type MouseEvent, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import NotFound from '@theme/NotFound';
import {NOT_FOUND_MARKER} from '../../utils/notFoundMarker';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {FRAGMENT_DATA_BASE, FRAGMENT_PLACEHOLDER, HEAD_SLOT, withoutBase, type Fragment, type FragmentPageProps} from '../../fragmentPages/fragment';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Head from '@docusaurus/Head';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import styles from './styles.module.css';

/** The theme's own labels of the copy button (i18n/de/code.json), as on doc pages. */
const copyLabels: CopyLabels = {
  copy: translate({id: 'theme.CodeBlock.copyButtonAriaLabel', message: 'In die Zwischenablage kopieren', description: 'The ARIA label for copy code blocks button'}),
  text: translate({id: 'theme.CodeBlock.copy', message: 'Kopieren', description: 'The copy button label on code blocks'}),
  copied: translate({id: 'theme.CodeBlock.copied', message: 'Kopiert', description: 'The copied button label on code blocks'}),
};

type View =
  | {kind: 'ready'; fragment: Fragment}
  /** The server answered with its 404 page; it stays as it is. */
  | {kind: 'notFound'; path: string}
  | {kind: 'loading'; path: string}
  | {kind: 'missing'; path: string}
  | {kind: 'error'; path: string};

const SLOT = 'data-wp-fragment';

const normalizePath = (path: string): string => path.replace(/\/+$/, '') || '/';

function initialView(path: string): View {
  if (!ExecutionEnvironment.canUseDOM) return {kind: 'ready', fragment: FRAGMENT_PLACEHOLDER};
  const slot = document.querySelector<HTMLElement>(`[${SLOT}]`);
  if (slot && slot.getAttribute(SLOT) === path) {
    return {
      kind: 'ready',
      fragment: {path, title: slot.dataset.wpTitle ?? '', description: slot.dataset.wpDescription ?? '', html: slot.innerHTML},
    };
  }
  if (document.querySelector(`[${NOT_FOUND_MARKER}]`)) return {kind: 'notFound', path};
  return {kind: 'loading', path};
}

export default function FragmentPage({section, missingHint, list, keepListQuery}: FragmentPageProps): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const path = normalizePath(location.pathname);
  const {siteConfig} = useDocusaurusContext();
  // The page's JSON is named by its site path (without the base URL).
  const dataUrl = `${useBaseUrl(FRAGMENT_DATA_BASE)}${withoutBase(path, siteConfig.baseUrl)}.json`;
  const [view, setView] = useState<View>(() => initialView(path));

  const currentPath = view.kind === 'ready' ? view.fragment.path : view.path;
  useEffect(() => {
    if (currentPath === path && view.kind !== 'loading') return undefined;
    let cancelled = false;
    setView({kind: 'loading', path});
    fetch(dataUrl)
      .then(async (response) => {
        if (cancelled) return;
        if (response.status === 404) return setView({kind: 'missing', path});
        if (!response.ok) return setView({kind: 'error', path});
        setView({kind: 'ready', fragment: (await response.json()) as Fragment});
      })
      .catch(() => {
        if (!cancelled) setView({kind: 'error', path});
      });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `view` is read only to skip a fetch for the page already shown
  }, [path, dataUrl]);

  // Live preview under `npm start`: the open page follows its file. The dev server answers a page's JSON from the
  // content as it is now (src/plugins/fragmentPages, serveInDev); asking every 0.7 s costs one page. Production
  // bundles leave this out (NODE_ENV is a build-time constant).
  // The view as shown; serialised only in the poll, so production renders do no extra work.
  const shown = useRef<View>(view);
  shown.current = view;
  useEffect(() => {
    if (process.env.NODE_ENV !== 'development') return undefined;
    const timer = window.setInterval(() => {
      fetch(dataUrl, {cache: 'no-cache'})
        .then(async (response) => {
          if (response.status === 404 && shown.current.kind !== 'missing') setView({kind: 'missing', path});
          if (!response.ok) return;
          const text = await response.text();
          const current = shown.current;
          if (current.kind !== 'ready' || text !== JSON.stringify(current.fragment)) setView({kind: 'ready', fragment: JSON.parse(text) as Fragment});
        })
        .catch(() => undefined);
    }, 700);
    return () => window.clearInterval(timer);
  }, [path, dataUrl]);

  useEffect(() => {
    if (view.kind !== 'ready') return;
    const slot = document.querySelector<HTMLElement>(`[${SLOT}]`);
    if (slot) {
      revealEmails(slot);
      addCopyButtons(slot, copyLabels);
      if (keepListQuery) {
        // The way back (breadcrumb, »Zurück zum Katalog«) leads to the list as the visitor left it.
        const search = catalogueSearchOf(location.state, document.referrer, window.location.origin, list.href);
        for (const anchor of slot.querySelectorAll<HTMLAnchorElement>('a[href]')) {
          if (anchor.getAttribute('href')?.replace(/\?.*$/, '') === list.href) anchor.setAttribute('href', `${list.href}${search}`);
        }
      }
    }
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [view, location.hash, location.state, keepListQuery, list.href]);

  /** Links inside the fragment stay in the app (no full page load). */
  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = anchor.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//') || anchor.target || /\.(xml|json|pdf|ics)$/.test(href)) return;
    event.preventDefault();
    // Keeps the catalogue's query for the next page's way back.
    history.push(href, location.state);
  };

  if (view.kind === 'notFound') return <NotFound />;
  if (view.kind !== 'ready') {
    const message = {
      loading: translate({id: 'fragment.loading', message: 'Seite wird geladen …', description: 'Status while a page loads'}),
      missing: translate({id: 'fragment.missing', message: 'Diese Seite gibt es nicht (mehr). {hint}', description: 'A practice or post that was removed; {hint} names what may have happened'}, {hint: missingHint}),
      error: translate({id: 'fragment.error', message: 'Die Seite konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und laden Sie die Seite neu.', description: 'A page failed to load'}),
    }[view.kind];
    const notFound = translate({id: 'fragment.notFound', message: 'Seite nicht gefunden', description: 'Title when a page is gone'});
    return (
      <Layout title={view.kind === 'missing' ? notFound : section}>
        <main className="container margin-vert--lg">
          {view.kind !== 'loading' && <h1>{view.kind === 'missing' ? notFound : translate({id: 'fragment.errorHeading', message: 'Fehler beim Laden', description: 'Heading when a page failed to load'})}</h1>}
          <p role="status" aria-live="polite">{message}</p>
          {view.kind !== 'loading' && (
            <p>
              <a href={list.href}>{list.label}</a>
            </p>
          )}
        </main>
      </Layout>
    );
  }
  const {fragment} = view;
  return (
    <Layout title={fragment.title} description={fragment.description}>
      {/* Only in the static shell: the build puts each page's own head tags here (src/plugins/fragmentPages). */}
      {!ExecutionEnvironment.canUseDOM && (
        <Head>
          <meta name={HEAD_SLOT} content={FRAGMENT_PLACEHOLDER.head} />
        </Head>
      )}
      <main className={`container margin-vert--lg ${styles.page}`}>
        {/* The click handler only catches clicks on the links inside (Enter on a link is a click too). */}
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- see above */}
        <div
          {...{[SLOT]: fragment.path}}
          data-wp-title={fragment.title}
          data-wp-description={fragment.description}
          onClick={onClick}
          dangerouslySetInnerHTML={{__html: fragment.html}}
        />
      </main>
    </Layout>
  );
}
