/**
 * The expensive half of the catalogue: every practice's Markdown rendered,
 * similar practices found and all page fragments composed. Runs in worker
 * threads (see renderParts in index.ts), started when the content is loaded,
 * so that it overlaps with the bundler; the pages are written after the build.
 * A large catalogue is split into shares, one per worker, so that the cores
 * the bundler leaves idle after bundling all render.
 */
import type {Carrier} from '../../content/carriers';
import type {Practice} from '../../content/practice';
import type {Vocabularies} from '../../content/vocabularies';
import type {Problem} from '../../content/problems';
import type {Fragment} from '../../fragmentPages/fragment';
import {otherPages, plainPracticeFragment, practiceFragment} from './fragments';
import {lastUpdatedTimes} from './lastUpdated';
import {renderBody, tocHtml, type LinkTargets} from '../../markdown/render';
import {createCatalogue, type RenderedPractice} from './model';
import {similarityIndex} from './similar';
import type {FragmentAsset} from '../../markdown/assets';
import type {CarrierMap} from './catalogueData';

/** The validated content from the main thread (plain data: it crosses to the worker by structured clone). */
export interface RenderJob {
  siteDir: string;
  editUrl?: string;
  vocabularies: Vocabularies;
  carriers: Carrier[];
  practices: Practice[];
  /** Where links to Markdown files lead (see src/plugins/content/linkTargets.ts). */
  links: LinkTargets;
  /** Bench baseline: the practices as plain pages, nothing of the catalogue (see plainPracticeFragment). */
  pagesOnly?: boolean;
  /** Per carrier id: the map of their Länder (see catalogueData.ts). */
  carrierMaps?: Record<string, CarrierMap>;
}

/** Which share of the pages one worker makes: the `index`-th of `of` contiguous slices (see renderParts in index.ts). */
export interface RenderPart {
  index: number;
  of: number;
}

export interface RenderResult {
  fragments: Fragment[];
  /** Problems in practice bodies (e.g. a link that could run code): the build fails with them. */
  problems: Problem[];
  /** Images beside practice files, to publish with the pages. */
  assets: FragmentAsset[];
}

/** One worker's share: its practices' pages, and its share of the value, carrier and index pages. */
export interface PartResult extends Omit<RenderResult, 'fragments'> {
  practiceFragments: Fragment[];
  otherFragments: Fragment[];
}

const share = <T>(items: readonly T[], {index, of}: RenderPart): T[] =>
  items.slice(Math.floor((items.length * index) / of), Math.floor((items.length * (index + 1)) / of));

/**
 * Renders one share of the catalogue. Every worker knows the whole catalogue
 * (lists and similar practices need it, not the bodies); it renders the
 * Markdown only of its own practices.
 */
export function renderCatalogue({siteDir, editUrl, vocabularies, carriers, practices, links, pagesOnly, carrierMaps}: RenderJob, part: RenderPart = {index: 0, of: 1}): PartResult {
  const updated = lastUpdatedTimes(siteDir, 'docs/gute-praxis');
  const problems: Problem[] = [];
  const assets: FragmentAsset[] = [];
  const catalogue = createCatalogue(vocabularies, carriers, practices.map((practice) => ({...practice, html: ''})));
  const indices = share(catalogue.practices.map((_, index) => index), part);
  const rendered: RenderedPractice[] = indices.map((index) => {
    const practice = catalogue.practices[index]!;
    const body = renderBody(practice.body, {file: practice.file, bodyLine: practice.bodyLine, mdx: practice.file.endsWith('.mdx'), kind: 'practice', links, siteDir});
    problems.push(...body.problems);
    assets.push(...body.assets);
    return {...practice, html: body.html, toc: tocHtml(body.toc), lastUpdated: updated.get(practice.file)};
  });
  if (pagesOnly) return {practiceFragments: rendered.map(plainPracticeFragment), otherFragments: [], problems, assets};
  const similarTo = similarityIndex(catalogue.practices);
  const practiceFragments = rendered.map((practice, position) =>
    practiceFragment(catalogue, practice, similarTo(indices[position]!).map((other) => catalogue.practices[other]!), editUrl),
  );
  const otherFragments = share(otherPages(catalogue, carrierMaps), part).map((page) => page());
  return {practiceFragments, otherFragments, problems, assets};
}

/** The parts put together in the order of cataloguePaths: practices, then value, carrier and index pages. */
export function joinParts(parts: readonly PartResult[]): RenderResult {
  return {
    fragments: [...parts.flatMap((part) => part.practiceFragments), ...parts.flatMap((part) => part.otherFragments)],
    problems: parts.flatMap((part) => part.problems),
    assets: parts.flatMap((part) => part.assets),
  };
}

/** The worker's entry: a job and the share to make. */
export default function renderPart({job, part}: {job: RenderJob; part: RenderPart}): PartResult {
  return renderCatalogue(job, part);
}
