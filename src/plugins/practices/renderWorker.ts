/**
 * The expensive half of the catalogue: every practice's Markdown rendered,
 * similar practices found and all page fragments composed. Runs in a worker
 * thread (see index.ts), started when the content is loaded, so that it
 * overlaps with the bundler; the pages are written after the build.
 */
import {loadCatalogue} from '../../content/load';
import type {Problem} from '../../content/problems';
import {allFragments, type Fragment} from './fragments';
import {lastUpdatedTimes} from './lastUpdated';
import {renderPracticeBody} from './markdown';
import {createCatalogue, type RenderedPractice} from './model';
import {similarPractices} from './similar';

export interface RenderJob {
  siteDir: string;
  editUrl?: string;
}

export interface RenderResult {
  fragments: Fragment[];
  /** Problems in practice bodies (e.g. a link that could run code): the build fails with them. */
  problems: Problem[];
}

export function renderCatalogue({siteDir, editUrl}: RenderJob): RenderResult {
  // The same files the main thread has validated (a problem there stops the build before this matters).
  const {vocabularies, carriers, practices} = loadCatalogue(siteDir);
  const updated = lastUpdatedTimes(siteDir, 'docs/gute-praxis');
  const problems: Problem[] = [];
  const rendered: RenderedPractice[] = practices.map((practice) => {
    const {html, problems: bodyProblems} = renderPracticeBody(practice.body, {file: practice.file, bodyLine: practice.bodyLine, mdx: practice.file.endsWith('.mdx')});
    problems.push(...bodyProblems);
    return {...practice, html, lastUpdated: updated.get(practice.file)};
  });
  const catalogue = createCatalogue(vocabularies, carriers, rendered);
  return {fragments: allFragments(catalogue, similarPractices(catalogue.practices), editUrl), problems};
}

export default renderCatalogue;
