/**
 * Which pages a pull request changes, for the comment that links its preview
 * (`npm run preview:links`, .github/workflows/vorschau-veroeffentlichen.yml).
 * Pure: gets the changed files with their new text (read from the pull
 * request's checkout as data, never run), returns site paths and titles.
 * The rules follow how the site addresses its content (docusaurus.config.ts):
 * docs at the root, practices below /gute-praxis, posts below /meldungen,
 * pages from src/pages, and the data files behind the catalogue and search.
 */
import {parse} from 'yaml';
import {splitFrontMatter} from '../../src/content/load';

export interface ChangedFile {
  /** Path relative to the repository root. */
  path: string;
  /** The file's text in the pull request; undefined when the file was deleted. */
  text?: string;
}

export interface PreviewPage {
  /** Site path, e.g. /gute-praxis/lesetandems. */
  path: string;
  /** Link text: the page's title, or what the data file feeds. */
  label: string;
  /** The files behind it. */
  files: string[];
}

/** Data files and the page that shows what they hold. */
const DATA_PAGES: Record<string, {path: string; label: string}> = {
  'src/data/carriers.yml': {path: '/traeger', label: 'Träger*innen'},
  'src/data/groups.yml': {path: '/arbeitsgruppen', label: 'Arbeitsgruppen'},
  'src/data/suchbegriffe.yml': {path: '/suche', label: 'Suche (Suchbegriffe)'},
};
const VOCABULARY = /^src\/data\/(topics|audiences|roles|formats|states)\.yml$/;

/** Paths are shown and linked: only plain segments (letters, digits, - _ .), nothing a reader could be misled by. */
const SAFE_PATH = /^\/(?:[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*)?$/;

function frontMatterOf(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  const split = splitFrontMatter(text);
  if (!split) return {};
  try {
    const data: unknown = parse(split.yaml);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const stringField = (data: Record<string, unknown>, key: string): string | undefined => (typeof data[key] === 'string' && data[key] !== '' ? data[key] : undefined);

/** The page of one changed file, or undefined when it has none of its own (code, images, templates). */
export function pageOfFile(file: ChangedFile): {path: string; label: string} | undefined {
  const name = file.path.split('/').at(-1) ?? '';
  if (name.startsWith('_') || file.path.split('/').some((segment) => segment.startsWith('_'))) return undefined;
  const data = frontMatterOf(file.text);
  const title = stringField(data, 'title');
  const slug = stringField(data, 'slug');

  const practice = /^docs\/gute-praxis\/([^/]+)\.mdx?$/.exec(file.path);
  if (practice) return {path: `/gute-praxis/${practice[1]}`, label: title ?? practice[1]!};

  const post = /^blog\/(\d{4})-(\d{2})-(\d{2})-(.+?)(?:\/index)?\.mdx?$/.exec(file.path);
  if (post) {
    const [, year, month, day, rest] = post;
    const path = slug ? `/meldungen/${slug.replace(/^\/+/, '')}` : `/meldungen/${year}/${month}/${day}/${rest}`;
    return {path, label: title ?? rest!};
  }

  const doc = /^docs\/(.+?)\.mdx?$/.exec(file.path);
  if (doc) {
    const folder = doc[1]!.replace(/(^|\/)index$/, '');
    const path = slug?.startsWith('/') ? slug : slug ? `/${[...folder.split('/').slice(0, -1), slug].filter(Boolean).join('/')}` : `/${folder}`;
    return {path: path.replace(/\/$/, '') || '/', label: title ?? path};
  }
  // The congress programme is part of the congress's page.
  const programme = /^docs\/(fachkongress\/\d{4})\/[^/]+\.ya?ml$/.exec(file.path);
  if (programme) return {path: `/${programme[1]}`, label: `Fachkongress ${programme[1]!.split('/')[1]}`};

  const page = /^src\/pages\/(.+?)\.mdx?$/.exec(file.path);
  if (page) {
    const path = `/${page[1]!.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/';
    return {path, label: title ?? path};
  }

  const dataPage = DATA_PAGES[file.path];
  if (dataPage) return dataPage;
  if (VOCABULARY.test(file.path)) return {path: '/gute-praxis', label: 'Katalog guter Praxis (Filter)'};
  return undefined;
}

/** The changed pages, one entry per page; deleted files have none. */
export function previewPages(files: readonly ChangedFile[]): {pages: PreviewPage[]; others: string[]} {
  const pages = new Map<string, PreviewPage>();
  const others: string[] = [];
  for (const file of files) {
    const page = file.text === undefined ? undefined : pageOfFile(file);
    if (!page || !SAFE_PATH.test(page.path)) {
      others.push(file.path);
      continue;
    }
    const entry = pages.get(page.path) ?? {path: page.path, label: page.label, files: []};
    entry.files.push(file.path);
    pages.set(page.path, entry);
  }
  return {pages: [...pages.values()].sort((a, b) => a.path.localeCompare(b.path)), others};
}

/** Markdown text of a link: square brackets and line breaks of a title do not break the list. */
const linkText = (text: string): string => text.replace(/[[\]\\]/g, (character) => `\\${character}`).replace(/\s+/g, ' ').trim();

/** The German comment on the pull request, with a link to each changed page of the preview. */
export function previewComment(options: {previewUrl: string; pages: readonly PreviewPage[]; others: readonly string[]; commit: string}): string {
  const root = options.previewUrl.replace(/\/$/, '');
  const lines = [
    '<!-- wissensplattform-vorschau -->',
    `### Vorschau dieses Pull Requests`,
    '',
    `Die Website mit den Änderungen aus Commit \`${options.commit.slice(0, 7)}\`: ${root}/`,
    '',
  ];
  if (options.pages.length > 0) {
    lines.push('Geänderte Seiten:', '');
    for (const page of options.pages) lines.push(`- [${linkText(page.label)}](${root}${page.path === '/' ? '/' : page.path}) (${page.files.map((file) => `\`${file}\``).join(', ')})`);
  } else {
    lines.push('Keine Datei dieses Pull Requests hat eine eigene Seite; die Änderungen wirken auf der ganzen Website.');
  }
  if (options.others.length > 0 && options.pages.length > 0) {
    lines.push('', `Außerdem geändert, ohne eigene Seite: ${options.others.length === 1 ? 'eine Datei' : `${options.others.length} Dateien`}.`);
  }
  lines.push('', 'Die Vorschau wird bei jedem neuen Commit aktualisiert und entfernt, wenn der Pull Request geschlossen wird. Suchmaschinen sehen sie nicht.');
  return lines.join('\n');
}
