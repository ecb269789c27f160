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
import {VOCABULARY_NAMES} from '../../content/vocabularies';
import {extractPage} from '../../search/extract';
import type {PageRecord, PracticeFacets} from '../../search/types';
import {allFragments, plainPracticeFragment, type Fragment} from './fragments';
import {lastUpdatedTimes} from './lastUpdated';
import {renderPracticeBody} from './markdown';
import {createCatalogue, type RenderedPractice} from './model';
import {similarPractices} from './similar';

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
  /**
   * The search records of the practice and carrier pages (read from the
   * fragments here, while the bundler runs, instead of after the build).
   */
  searchRecords: PageRecord[];
  /** Problems in practice bodies (e.g. a link that could run code): the build fails with them. */
  problems: Problem[];
}

/** A practice's facet values as slugs, in vocabulary order (as the catalogue's facet file has them). */
function facetsOf(practice: Practice, vocabularies: Vocabularies): PracticeFacets {
  const facets = {carrier: [practice.carrier]} as PracticeFacets;
  for (const name of VOCABULARY_NAMES) facets[name] = vocabularies[name].map((entry) => entry.slug).filter((slug) => practice[name].includes(slug));
  return facets;
}

/**
 * Search records of the catalogue's pages: every practice (type »praxis«, with
 * its index in catalogue order and its facets) and every carrier page.
 * Vocabulary pages and the carrier index only repeat titles and stay out.
 */
export function catalogueSearchRecords(fragments: readonly Fragment[], practices: readonly Practice[], vocabularies: Vocabularies): PageRecord[] {
  const records: PageRecord[] = [];
  const bySlug = new Map(practices.map((practice, index) => [`/gute-praxis/${practice.slug}`, index]));
  for (const fragment of fragments) {
    const practiceIndex = bySlug.get(fragment.path);
    const isCarrier = /^\/traeger\/[^/]+$/.test(fragment.path);
    if (practiceIndex === undefined && !isCarrier) continue;
    const record = extractPage(fragment.html, {
      path: fragment.path,
      type: isCarrier ? 'seite' : 'praxis',
      description: fragment.description,
      whole: isCarrier,
      practiceIndex,
    });
    if (!record) throw new Error(`Suche: Die Seite ${fragment.path} hat keinen Titel (<h1>) in ihrem Inhalt und kann nicht indexiert werden.`);
    if (practiceIndex !== undefined) record.facets = facetsOf(practices[practiceIndex]!, vocabularies);
    records.push(record);
  }
  return records;
}

export function renderCatalogue({siteDir, editUrl, vocabularies, carriers, practices, pagesOnly}: RenderJob): RenderResult {
  const updated = lastUpdatedTimes(siteDir, 'docs/gute-praxis');
  const problems: Problem[] = [];
  const rendered: RenderedPractice[] = practices.map((practice) => {
    const {html, problems: bodyProblems} = renderPracticeBody(practice.body, {file: practice.file, bodyLine: practice.bodyLine, mdx: practice.file.endsWith('.mdx')});
    problems.push(...bodyProblems);
    return {...practice, html, lastUpdated: updated.get(practice.file)};
  });
  const catalogue = createCatalogue(vocabularies, carriers, rendered);
  const fragments = pagesOnly ? catalogue.practices.map(plainPracticeFragment) : allFragments(catalogue, similarPractices(catalogue.practices), editUrl);
  return {fragments, searchRecords: problems.length > 0 ? [] : catalogueSearchRecords(fragments, catalogue.practices, vocabularies), problems};
}

export default renderCatalogue;
