/** Every content check in one call: what `npm run check:content` and the bench run. */
import {searchBackendConfig} from '../search/shared/config';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {loadSite} from './site';
import {ALL_EVENTS_FEED, EVENT_TYPES, EVENTS_PATH, typeFeedPath} from '../events/types';
import {checkMarkdownFile, loadLargeFiles, readMarkdownFiles, type MarkdownFile} from './markdownRules';
import {didYouMean} from './didYouMean';
import type {Problem} from './problems';
import {analyseBody, type LinkTargets} from '../markdown/render';
import {fragmentKindOf} from '../markdown/preset';
import {type Vocabularies} from './vocabularies';
import {FACET_WORDS, FACETS, NUMBERS_PATH} from '../vocabulary';
import {searchableText, unfoundSearchTerms} from './searchTerms';

export interface ContentSummary {
  practices: number;
  carriers: number;
  congresses: number;
  groups: number;
  reports: number;
  /** Markdown files checked for images, links and headings. */
  pages: number;
  posts: number;
  /** Events: files in termine/, congresses and reported meetings. */
  events: number;
}

/** Keys of a YAML map file (blog/tags.yml, blog/authors.yml). */
function yamlKeys(siteDir: string, file: string): string[] {
  const path = join(siteDir, file);
  if (!existsSync(path)) return [];
  const value: unknown = parseYaml(readFileSync(path, 'utf8'));
  return value && typeof value === 'object' ? Object.keys(value) : [];
}

/** News posts: authors and tags must be declared (the build refuses undeclared ones too). */
export function checkPosts(siteDir: string, posts: MarkdownFile[]): Problem[] {
  const tags = yamlKeys(siteDir, 'blog/tags.yml');
  const authors = yamlKeys(siteDir, 'blog/authors.yml');
  const problems: Problem[] = [];
  for (const post of posts) {
    for (const field of ['title', 'description'] as const) {
      if (typeof post.frontMatter[field] !== 'string' || (post.frontMatter[field]).trim() === '') {
        problems.push({file: post.file, line: 2, field, message: `Das Feld »${field}« fehlt oder ist leer.`});
      }
    }
    for (const [field, known, file] of [['tags', tags, 'blog/tags.yml'], ['authors', authors, 'blog/authors.yml']] as const) {
      const value = post.frontMatter[field];
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      for (const entry of list) {
        if (typeof entry === 'string' && !known.includes(entry)) {
          const suggestion = didYouMean(entry, known);
          problems.push({file: post.file, field, message: `»${entry}« steht nicht in ${file}.${suggestion ? ` Meinten Sie »${suggestion}«?` : ''} Bekannt sind: ${known.join(', ')}.`});
        }
      }
    }
    if (!/<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\}/.test(post.body)) {
      problems.push({file: post.file, message: 'Die Markierung <!-- truncate --> fehlt: Sie trennt den Anrisstext für die Übersicht vom Rest der Meldung.'});
    }
  }
  return problems;
}

/**
 * Every Markdown file a link may name, with its page: as the production build has them, so without drafts
 * (`draft: true`), which Docusaurus leaves out of a build (a link to one would stop it).
 */
export function linkTargetsOfFiles(files: readonly MarkdownFile[]): LinkTargets {
  return new Map(files.filter((file) => file.frontMatter.draft !== true).map((file) => [file.file, file.route]));
}

/**
 * The bodies of practices, news posts and events as their renderer reads them (src/markdown/render.ts): the build
 * stops on the same problems, with the same messages. Doc pages and pages are Docusaurus' to compile.
 */
export function fragmentBodyProblems(files: readonly MarkdownFile[], links: LinkTargets): Problem[] {
  return files.flatMap((file) => {
    const kind = fragmentKindOf(file.file);
    return kind ? analyseBody(file.body, {file: file.file, bodyLine: file.bodyLine, mdx: file.file.endsWith('.mdx'), kind, links}).problems : [];
  });
}

/** Every page a Markdown link may point to. */
function knownRoutes(files: MarkdownFile[], vocabularies: Vocabularies, carrierIds: string[], tags: string[]): Set<string> {
  const routes = new Set(['/', '/suche', '/gute-praxis', NUMBERS_PATH, EVENTS_PATH, ALL_EVENTS_FEED, ...EVENT_TYPES.map(typeFeedPath), '/traeger', '/meldungen', '/meldungen/archiv', '/meldungen/tags', '/meldungen/authors', '/meldungen/rss.xml', '/meldungen/atom.xml']);
  for (const file of files) routes.add(file.route);
  for (const name of FACETS) for (const entry of vocabularies[name]) routes.add(`/gute-praxis/${FACET_WORDS[name].segment}/${entry.slug}`);
  for (const id of carrierIds) routes.add(`/traeger/${id}`);
  for (const tag of tags) routes.add(`/meldungen/tags/${tag}`);
  return routes;
}

/** Whether this build searches with Algolia (a broken configuration is the build's to report). */
function searchesWithAlgolia(): boolean {
  try {
    return searchBackendConfig(process.env).backend === 'algolia';
  } catch {
    return false;
  }
}

export function checkContent(siteDir: string): {problems: Problem[]; summary: ContentSummary} {
  // The same graph, with the same checks, as the build's content plugin (src/plugins/content).
  const {site, problems} = loadSite(siteDir);
  const {practices, carriers, vocabularies, congresses, groups, events} = site;
  const eventProblems: Problem[] = [];
  const files = readMarkdownFiles(siteDir);
  const posts = files.filter((file) => file.file.startsWith('blog/'));
  const routes = knownRoutes(files, vocabularies, carriers.map((carrier) => carrier.id), yamlKeys(siteDir, 'blog/tags.yml'));
  // The news post an event names must exist (the other links are checked when the events are loaded).
  for (const event of events) {
    for (const link of event.documentation) {
      if (link.path.startsWith('/meldungen/') && !routes.has(link.path)) {
        eventProblems.push({file: event.file, field: 'documentation.news', message: `Die Meldung ${link.path} gibt es nicht. Erwartet wird die Adresse, die die Übersicht /meldungen zeigt.`});
      }
    }
  }
  const links = linkTargetsOfFiles(files);
  const bodyProblems = fragmentBodyProblems(files, links);
  const context = {
    siteDir,
    routes,
    links,
    largeFiles: loadLargeFiles(siteDir),
    algolia: searchesWithAlgolia(),
  };
  const markdownProblems = files.flatMap((file) => checkMarkdownFile(file, context));
  // The search terms are checked against what the pages say (and the catalogue's labels), for »finds nothing today«.
  const words = [
    ...files.flatMap((file) => [file.frontMatter.title, file.frontMatter.description, file.body].filter((text): text is string => typeof text === 'string')),
    ...FACETS.flatMap((facet) => vocabularies[facet].map((value) => value.label)),
    ...carriers.map((carrier) => carrier.name),
  ];
  const termProblems = unfoundSearchTerms(site.searchTerms, searchableText(words.join('\n')));
  return {
    problems: [...problems, ...eventProblems, ...checkPosts(siteDir, posts), ...bodyProblems, ...markdownProblems, ...termProblems],
    summary: {
      practices: practices.length,
      carriers: carriers.length,
      congresses: congresses.length,
      groups: groups.length,
      reports: groups.reduce((sum, group) => sum + group.reports.length, 0),
      pages: files.length,
      posts: posts.length,
      events: events.length,
    },
  };
}
