/**
 * The content graph: everything contributors write that has a structure, read
 * and validated once. `loadSite(siteDir)` is the one way into it; the content
 * check, the build's plugins (through src/plugins/content), the remark steps,
 * search, numbers and the scripts all read the graph, none reads these files on
 * its own. Every problem is collected (file, line, field, German message);
 * nothing is dropped silently.
 *
 *   src/data/*.yml ─────────────┐ vocabularies, carriers, search terms
 *   docs/gute-praxis/*.md ──────┤ practices
 *   docs/fachkongress/<jahr>/ ──┤ congresses
 *   docs/arbeitsgruppen/, groups.yml ┤ groups with their reports
 *   termine/*.md (+ congresses, reports) ┘ events
 *
 * News posts are read by Docusaurus' blog plugin (src/plugins/news), doc pages
 * by its docs plugin; the content check reads their Markdown for its rules.
 */
import type {Carrier} from './carriers';
import type {Congress} from './congress';
import type {GroupWithReports} from './groups';
import {CARRIERS_FILE, loadCatalogue, PRACTICES_DIR, vocabularyFile, type ValidationCache} from './load';
import {CONGRESS_DIR, GROUPS_DIR, loadCongresses, loadGroups} from './loadCongressesAndGroups';
import {EVENTS_DIR, loadEvents, type LoadedEvent} from './loadEvents';
import type {Practice} from './practice';
import type {Problem} from './problems';
import {loadSearchTerms, type SearchTermList} from './searchTerms';
import type {FileStamps} from './settled';
import type {Vocabularies} from './vocabularies';
import {FACETS, type ContentType as SearchType} from '../vocabulary';

/**
 * The kinds of content, each with its pages, its type in the search and the
 * feeds it appears in. A new kind is added here, in the graph below, in its
 * page renderer and in its search records (ARCHITECTURE.md, »Eine neue
 * Inhaltsart«); tests/e2e/contentKinds.test.ts holds the built site to this
 * list: every kind in the sitemap, in the search index under its type, and in
 * its feeds. News posts are read by Docusaurus' blog plugin, not by loadSite.
 */
export const CONTENT_KINDS = {
  practice: {search: 'praxis', feeds: []},
  carrier: {search: 'seite', feeds: []},
  congress: {search: 'kongress', feeds: ['ics']},
  group: {search: 'seite', feeds: []},
  report: {search: 'bericht', feeds: ['ics']},
  event: {search: 'termin', feeds: ['ics']},
  news: {search: 'meldung', feeds: ['rss', 'atom']},
} as const satisfies Record<string, {search: SearchType; feeds: readonly ('ics' | 'rss' | 'atom')[]}>;
export type ContentKind = keyof typeof CONTENT_KINDS;

/** Folders (relative to the site) whose files make up the graph: what the dev server watches. */
export const CONTENT_FOLDERS = [PRACTICES_DIR, CONGRESS_DIR, GROUPS_DIR, EVENTS_DIR, 'src/data'] as const;

export interface Site {
  vocabularies: Vocabularies;
  carriers: Carrier[];
  practices: Practice[];
  congresses: Congress[];
  groups: GroupWithReports[];
  /** Event files, congresses and reported meetings; soonest first. */
  events: LoadedEvent[];
  /** The editors' synonyms and abbreviations for the search (src/data/suchbegriffe.yml). */
  searchTerms: SearchTermList;
}

export interface LoadSiteOptions {
  /** The year practices may not start after (default: this year). */
  currentYear?: number;
  /** Under `npm start`: validated practices kept between loads (see load.ts). */
  cache?: ValidationCache;
  /** Under `npm start`: the files' stamps before this load (see settled.ts). */
  stamps?: FileStamps;
}

/** The files of the vocabularies and the carriers: what the issue form and a practice made from an issue need. */
export const CATALOGUE_DATA_FILES: readonly string[] = [...FACETS.map(vocabularyFile), CARRIERS_FILE];

/**
 * The problems in `files`: for a script that needs only part of the graph (the
 * issue form's writer: vocabularies and carriers) and must not stop on a
 * broken practice.
 */
export function problemsIn(problems: readonly Problem[], files: readonly string[]): Problem[] {
  return problems.filter((problem) => files.includes(problem.file));
}

/** Reads and validates the site's structured content once; the graph and every problem found. */
export function loadSite(siteDir: string, options: LoadSiteOptions = {}): {site: Site; problems: Problem[]} {
  const {vocabularies, carriers, practices, problems} = loadCatalogue(siteDir, options);
  const {congresses, problems: congressProblems} = loadCongresses(siteDir);
  const {groups, problems: groupProblems} = loadGroups(siteDir, vocabularies);
  const {events, problems: eventProblems} = loadEvents(siteDir, {congresses, groups});
  const {list: searchTerms, problems: termProblems} = loadSearchTerms(siteDir);
  return {
    site: {vocabularies, carriers, practices, congresses, groups, events, searchTerms},
    problems: [...problems, ...congressProblems, ...groupProblems, ...eventProblems, ...termProblems],
  };
}
