/** Search records of the built pages: the article of each page, read from the output (or from memory). */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {extractPage} from './extract';
import type {PageRecord} from '../shared/types';
import type {HtmlSource} from './sources';

function builtHtml(outDir: string, path: string): string {
  const candidates = path === '/' ? ['index.html'] : [`${path.slice(1)}.html`, `${path.slice(1)}/index.html`];
  for (const candidate of candidates) {
    const file = join(outDir, candidate);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error(`Suche: Die gebaute Seite ${path} fehlt (gesucht: ${candidates.join(', ')}).`);
}

export function pageRecords(outDir: string, sources: HtmlSource[]): PageRecord[] {
  return sources.map((source) => {
    const html = source.html ?? builtHtml(outDir, source.path);
    const record = extractPage(html, {
      path: source.path,
      type: source.type,
      description: source.description,
      whole: source.whole,
      practiceIndex: source.practiceIndex,
    });
    if (!record) throw new Error(`Suche: Die Seite ${source.path} hat keinen Titel (<h1>) in ihrem Inhalt und kann nicht indexiert werden.`);
    if (source.facets) record.facets = source.facets;
    if (source.event) record.event = source.event;
    return record;
  });
}
