/**
 * The built-in search: after the build, reads the content of every indexed
 * page (see sources.ts), builds the sharded index (src/search/buildIndex.ts)
 * and writes it into the output. Adds the results page `/suche`.
 * The index is made from the built site, so it exists only in production
 * builds; the dev server's search box says so.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildIndex} from '../../search/buildIndex';
import {extractPage} from '../../search/extract';
import type {PageRecord} from '../../search/types';
import type {PracticesContent} from '../practices';
import {searchSources, type HtmlSource} from './sources';

export interface SearchPageModule {
  /** Facets of the catalogue, for filtering practices among the results (null without catalogue). */
  catalogue: Pick<PracticesContent['module'], 'vocabularies' | 'carriers' | 'facetsUrl'> | null;
}

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
    return record;
  });
}

export default function searchPlugin(context: LoadContext): Plugin<void> {
  const {baseUrl} = context;
  let sources: HtmlSource[] = [];
  return {
    name: 'wissensplattform-search',

    async allContentLoaded({allContent, actions}) {
      sources = searchSources(allContent, baseUrl);
      const practices = allContent['wissensplattform-practices']?.default as PracticesContent | undefined;
      const module: SearchPageModule = {
        catalogue: practices
          ? {vocabularies: practices.module.vocabularies, carriers: practices.module.carriers, facetsUrl: practices.module.facetsUrl}
          : null,
      };
      const data = await actions.createData('search-page.json', JSON.stringify(module));
      actions.addRoute({
        path: `${baseUrl}suche`,
        exact: true,
        component: '@site/src/components/SearchPage/index.tsx',
        modules: {search: data},
      });
    },

    async postBuild({outDir}) {
      const started = performance.now();
      const {files, stats} = buildIndex(pageRecords(outDir, sources));
      for (const file of files) {
        const target = join(outDir, file.path);
        mkdirSync(dirname(target), {recursive: true});
        writeFileSync(target, file.content);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(
        `[SUCCESS] Suchindex: ${stats.pages.toLocaleString('de-DE')} Seiten, ${stats.keys.toLocaleString('de-DE')} Wörter, ${stats.shards} Teile, ${(stats.bytes / 1e6).toFixed(1)} MB in ${seconds} s.`,
      );
    },
  };
}
