/**
 * The expensive half of the catalogue: every practice's Markdown rendered,
 * similar practices found and all page fragments composed. Runs in a worker
 * thread (see index.ts), started when the content is loaded, so that it
 * overlaps with the bundler; the pages are written after the build.
 */
import type {Carrier} from '../../content/carriers';
import type {Practice} from '../../content/practice';
import type {Vocabularies} from '../../content/vocabularies';
import type {Problem} from '../../content/problems';
import type {Fragment} from '../../fragmentPages/fragment';
import {allFragments, plainPracticeFragment} from './fragments';
import {lastUpdatedTimes} from './lastUpdated';
import {renderPracticeBody, tocHtml} from './markdown';
import {createCatalogue, type RenderedPractice} from './model';
import {similarPractices} from './similar';
import type {FragmentAsset} from '../fragmentPages/assets';

/** The validated content from the main thread (plain data: it crosses to the worker by structured clone). */
export interface RenderJob {
  siteDir: string;
  editUrl?: string;
  vocabularies: Vocabularies;
  carriers: Carrier[];
  practices: Practice[];
  /** Bench baseline: the practices as plain pages, nothing of the catalogue (see plainPracticeFragment). */
  pagesOnly?: boolean;
}

export interface RenderResult {
  fragments: Fragment[];
  /** Problems in practice bodies (e.g. a link that could run code): the build fails with them. */
  problems: Problem[];
  /** Images beside practice files, to publish with the pages. */
  assets: FragmentAsset[];
}

/**
 * What the dev server keeps between two renderings (live preview): each
 * body's HTML by its Markdown, the »last updated« times, and the similar
 * practices while no practice's facets changed. A build renders once and
 * needs none of it.
 */
export interface RenderCache {
  bodies: Map<string, {source: string; body: ReturnType<typeof renderPracticeBody>}>;
  updated?: Map<string, number>;
  similar?: {key: string; value: number[][]};
}

export const createRenderCache = (): RenderCache => ({bodies: new Map()});

/** What similarPractices reads, in catalogue order: equal keys give equal results. */
const similarKey = (practices: readonly Practice[]): string =>
  JSON.stringify(practices.map((practice) => [practice.slug, practice.carrier, practice.topics, practice.audiences, practice.roles, practice.formats, practice.states]));

export function renderCatalogue({siteDir, editUrl, vocabularies, carriers, practices, pagesOnly}: RenderJob, cache?: RenderCache): RenderResult {
  const updated = cache?.updated ?? lastUpdatedTimes(siteDir, 'docs/gute-praxis');
  if (cache) cache.updated = updated;
  const problems: Problem[] = [];
  const assets: FragmentAsset[] = [];
  const seen = new Set<string>();
  const rendered: RenderedPractice[] = practices.map((practice) => {
    const source = `${practice.bodyLine}\n${practice.body}`;
    const cached = cache?.bodies.get(practice.file);
    const body = cached?.source === source ? cached.body : renderPracticeBody(practice.body, {file: practice.file, bodyLine: practice.bodyLine, mdx: practice.file.endsWith('.mdx'), siteDir});
    cache?.bodies.set(practice.file, {source, body});
    seen.add(practice.file);
    const {html, problems: bodyProblems} = body;
    problems.push(...bodyProblems);
    assets.push(...body.assets);
    return {...practice, html, toc: tocHtml(body.toc), lastUpdated: updated.get(practice.file)};
  });
  for (const file of cache?.bodies.keys() ?? []) if (!seen.has(file)) cache!.bodies.delete(file);
  const catalogue = createCatalogue(vocabularies, carriers, rendered);
  if (pagesOnly) return {fragments: catalogue.practices.map(plainPracticeFragment), problems, assets};
  const key = cache ? similarKey(catalogue.practices) : '';
  const similar = cache?.similar?.key === key ? cache.similar.value : similarPractices(catalogue.practices);
  if (cache) cache.similar = {key, value: similar};
  return {fragments: allFragments(catalogue, similar, editUrl), problems, assets};
}

export default renderCatalogue;
