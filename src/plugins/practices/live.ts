/**
 * The catalogue under `npm start`: pages made when they are asked for, not
 * all 10,000 after every edit. The plugin keeps one LiveCatalogue per load
 * (validation is cached across loads, see ValidationCache); the dev server
 * asks it for a page's fragment (src/plugins/fragmentPages, serveInDev), and
 * it renders that page's Markdown once per text (RenderCache) and finds the
 * similar practices of that page only (the index is made once per load).
 */
import type {Fragment} from '../../fragmentPages/fragment';
import {formatProblem} from '../../content/problems';
import type {FragmentAsset} from '../../markdown/assets';
import {carrierFragment, carriersIndexFragment, plainPracticeFragment, practiceFragment, valueFragment} from './fragments';
import {lastUpdatedTimes} from './lastUpdated';
import {renderBody, tocHtml, type RenderedBody} from '../../markdown/render';
import {createCatalogue, type Catalogue, type RenderedPractice} from './model';
import type {RenderJob} from './renderWorker';
import {similarityIndex, type SimilarTo} from './similar';
import {FACET_WORDS, FACETS} from '../../vocabulary';

/** What the dev server keeps between two loads: each body's HTML by its Markdown, and the »last updated« times. */
export interface RenderCache {
  bodies: Map<string, {source: string; body: RenderedBody}>;
  updated?: Map<string, number>;
}

export const createRenderCache = (): RenderCache => ({bodies: new Map()});

export interface LivePage {
  fragment: Fragment;
  /** Images of the page, to publish before it is answered. */
  assets: FragmentAsset[];
}

export function createLiveCatalogue(job: RenderJob, cache: RenderCache): (path: string) => LivePage | undefined {
  cache.updated ??= lastUpdatedTimes(job.siteDir, 'docs/gute-praxis');
  // Bodies are left empty here: a page renders its own when it is asked for.
  const catalogue: Catalogue = createCatalogue(job.vocabularies, job.carriers, job.practices.map((practice) => ({...practice, html: ''})));
  const indexBySlug = new Map(catalogue.practices.map((practice, index) => [practice.slug, index]));
  const present = new Set(job.practices.map((practice) => practice.file));
  for (const file of [...cache.bodies.keys()]) if (!present.has(file)) cache.bodies.delete(file);
  let similarTo: SimilarTo | undefined;

  const rendered = (practice: RenderedPractice): {practice: RenderedPractice; assets: FragmentAsset[]} => {
    const source = `${practice.bodyLine}\n${practice.body}`;
    let entry = cache.bodies.get(practice.file);
    if (entry?.source !== source) {
      entry = {source, body: renderBody(practice.body, {file: practice.file, bodyLine: practice.bodyLine, mdx: practice.file.endsWith('.mdx'), kind: 'practice', links: job.links, siteDir: job.siteDir})};
      cache.bodies.set(practice.file, entry);
      // The build stops on these; the dev server shows the page and says what is wrong in the terminal.
      for (const problem of entry.body.problems) console.warn(formatProblem(problem));
    }
    const {html, toc, assets} = entry.body;
    return {practice: {...practice, html, toc: tocHtml(toc), lastUpdated: cache.updated!.get(practice.file)}, assets};
  };

  return (path: string): LivePage | undefined => {
    const segments = path.split('/').filter(Boolean);
    if (segments[0] === 'traeger') {
      if (job.pagesOnly) return undefined;
      if (segments.length === 1) return {fragment: carriersIndexFragment(catalogue), assets: []};
      return segments.length === 2 && catalogue.carrierById.has(segments[1]!) ? {fragment: carrierFragment(catalogue, segments[1]!, job.carrierMaps?.[segments[1]!]), assets: []} : undefined;
    }
    if (segments[0] !== 'gute-praxis') return undefined;
    if (segments.length === 3 && !job.pagesOnly) {
      const name = FACETS.find((candidate) => FACET_WORDS[candidate].segment === segments[1]);
      return name && catalogue.labels[name].has(segments[2]!) ? {fragment: valueFragment(catalogue, name, segments[2]!), assets: []} : undefined;
    }
    const index = segments.length === 2 ? indexBySlug.get(segments[1]!) : undefined;
    if (index === undefined) return undefined;
    const {practice, assets} = rendered(catalogue.practices[index]!);
    if (job.pagesOnly) return {fragment: plainPracticeFragment(practice), assets};
    similarTo ??= similarityIndex(catalogue.practices);
    return {fragment: practiceFragment(catalogue, practice, similarTo(index).map((other) => catalogue.practices[other]!), job.editUrl), assets};
  };
}
