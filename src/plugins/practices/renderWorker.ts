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

export function renderCatalogue({siteDir, editUrl, vocabularies, carriers, practices, pagesOnly}: RenderJob): RenderResult {
  const updated = lastUpdatedTimes(siteDir, 'docs/gute-praxis');
  const problems: Problem[] = [];
  const assets: FragmentAsset[] = [];
  const rendered: RenderedPractice[] = practices.map((practice) => {
    const body = renderPracticeBody(practice.body, {file: practice.file, bodyLine: practice.bodyLine, mdx: practice.file.endsWith('.mdx'), siteDir});
    const {html, problems: bodyProblems} = body;
    problems.push(...bodyProblems);
    assets.push(...body.assets);
    return {...practice, html, toc: tocHtml(body.toc), lastUpdated: updated.get(practice.file)};
  });
  const catalogue = createCatalogue(vocabularies, carriers, rendered);
  const fragments = pagesOnly ? catalogue.practices.map(plainPracticeFragment) : allFragments(catalogue, similarPractices(catalogue.practices), editUrl);
  return {fragments, problems, assets};
}

export default renderCatalogue;
