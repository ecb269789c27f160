import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {sitemapPaths} from './site';

/** The built HTML of a page path ('' when there is none). */
export function builtHtml(buildDir: string, path: string): string {
  for (const file of [path === '/' ? 'index.html' : `${path.slice(1)}.html`, join(path.slice(1), 'index.html')]) {
    try {
      return readFileSync(join(buildDir, file), 'utf8');
    } catch {
      // try the next form
    }
  }
  return '';
}

/**
 * One page of every page type, for the accessibility and HTML checks: the first
 * page of the sitemap of each type (found, not hard-coded, so new content keeps
 * the tests honest), plus search results and a missing page.
 */
export function pageTypes(buildDir: string): [label: string, path: string][] {
  const paths = sitemapPaths(buildDir);
  const first = (label: string, test: (path: string) => boolean): [string, string] => {
    const path = paths.find(test);
    if (!path) throw new Error(`Keine Seite der Art »${label}« in der Sitemap.`);
    return [label, path];
  };
  return [
    first('Startseite', (path) => path === '/'),
    first('Programmseite', (path) => path === '/programm'),
    first('Katalog', (path) => path === '/gute-praxis'),
    first('Praxisbeispiel', (path) => /^\/gute-praxis\/[^/]+$/.test(path)),
    first('Katalog nach Thema', (path) => /^\/gute-praxis\/thema\/[^/]+$/.test(path)),
    first('Träger*innen', (path) => path === '/traeger'),
    first('Träger*in', (path) => /^\/traeger\/[^/]+$/.test(path)),
    first('Fachkongresse', (path) => path === '/fachkongress'),
    first('Kongress mit Programmtabelle', (path) => /^\/fachkongress\/\d{4}$/.test(path) && builtHtml(buildDir, path).includes('<table')),
    first('Kongress mit Fotos', (path) => /^\/fachkongress\/\d{4}$/.test(path) && /class="?wp-gallery\b/.test(builtHtml(buildDir, path))),
    first('Workshop', (path) => /^\/fachkongress\/\d{4}\/[^/]+$/.test(path)),
    first('Referierende', (path) => path === '/fachkongress/referierende'),
    first('Arbeitsgruppe', (path) => /^\/arbeitsgruppen\/[^/]+$/.test(path)),
    first('AG-Bericht', (path) => /^\/arbeitsgruppen\/[^/]+\/[^/]+$/.test(path)),
    first('Termine', (path) => path === '/termine'),
    first('Termin', (path) => /^\/termine\/[^/]+$/.test(path)),
    first('Meldungen', (path) => path === '/meldungen'),
    first('Meldung', (path) => /^\/meldungen\/(?!archiv$|authors$|tags$)[^/]+$/.test(path)),
    first('Schlagwort', (path) => /^\/meldungen\/tags\/[^/]+$/.test(path)),
    first('Barrierefreiheit', (path) => path === '/barrierefreiheit'),
    first('Leichte Sprache', (path) => path === '/leichte-sprache'),
    first('Gebärdensprache', (path) => path === '/gebaerdensprache'),
    first('Datenschutz', (path) => path === '/datenschutz'),
    first('Impressum', (path) => path === '/impressum'),
    first('Mitmachen', (path) => path === '/mitmachen'),
    ['Suchergebnisse', '/suche?q=Mentoring'],
    ['404', '/diese-seite-gibt-es-nicht'],
    ['404 unter einer Praxis-Adresse', '/gute-praxis/diese-seite-gibt-es-nicht'],
  ];
}
