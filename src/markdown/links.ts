/**
 * Links to Markdown files (`./andere-praxis.md`, `../programm/index.md`,
 * `/programm/kalender-abonnieren.md`, `@site/docs/programm/index.md`), resolved as Docusaurus resolves them on
 * a doc page: relative to the file, or from a content folder when the path
 * starts with `/`. The renderer of practices, news posts and events and the
 * content check resolve them here, with the same message for a file that does
 * not exist.
 */
import {existsSync} from 'node:fs';
import {join, posix, resolve, sep} from 'node:path';

/** Every Markdown file a link may name, by its path in the site (`docs/programm/kalender.md`), with its page's path. */
export type LinkTargets = ReadonlyMap<string, string>;

/** The folders a link starting with `/` is looked up in, in this order (the docs first, as Docusaurus does). */
const CONTENT_ROOTS = ['docs', 'blog', 'src/pages', ''];

/** A link to a Markdown file: its path, decoded, and what follows it (`#anker`), or undefined for any other link. */
function fileLink(url: string): {path: string; rest: string} | undefined {
  const match = /^([^#?]+\.mdx?)([?#].*)?$/.exec(url);
  if (!match || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  try {
    return {path: decodeURI(match[1]!), rest: match[2] ?? ''};
  } catch {
    return {path: match[1]!, rest: match[2] ?? ''};
  }
}

/** The files (relative to the site) a file link may mean, in the order Docusaurus tries them. */
function candidatesOf(path: string, file: string): string[] {
  if (path.startsWith('@site/')) return [posix.normalize(path.slice('@site/'.length))];
  if (path.startsWith('/')) return CONTENT_ROOTS.map((root) => posix.join(root, path).replace(/^\//, ''));
  return [posix.normalize(posix.join(posix.dirname(file), path))];
}

/** Why a file link leads nowhere: the file does not exist, or it is one a page of this kind cannot link by its file. */
function linkProblem(url: string, candidates: readonly string[], exists: (file: string) => boolean): string {
  const elsewhere = candidates.find(exists);
  if (elsewhere === undefined) return missingFileMessage(url, candidates[0]!);
  return `Der Link »${url}« zeigt auf ${elsewhere}; eine Seite unter docs/ oder src/pages/ verlinkt so nur Dateien ihres eigenen Ordners. Praxisbeispiele, Meldungen und Termine verlinken Sie mit ihrer Adresse, z. B. /gute-praxis/lesetandems.`;
}

/**
 * Where a link to a Markdown file leads, as Docusaurus resolves it on a doc
 * page: relative to the file, or from a content folder when it starts with `/`.
 * `links`: the files this page may link by their file; `known`: every file of
 * the site (for the message when the file exists but is not among them).
 */
export function fileLinkTarget(url: string, file: string, links: LinkTargets, known: LinkTargets = links): {url: string} | {problem: string} | undefined {
  const link = fileLink(url);
  if (!link) return undefined;
  const candidates = candidatesOf(link.path, file);
  for (const candidate of candidates) {
    const route = links.get(candidate);
    if (route !== undefined) return {url: route + link.rest};
  }
  return {problem: linkProblem(url, candidates, (candidate) => known.has(candidate))};
}

/** The message for a link to a Markdown file that does not exist (`target`: where it was looked for). */
export function missingFileMessage(url: string, target: string): string {
  return `Der Link »${url}« zeigt auf eine Datei, die es nicht gibt (${target}). Verlinken Sie eine andere Datei mit ihrem Pfad (z. B. ../programm/index.md) oder eine Seite mit ihrer Adresse (z. B. /programm).`;
}

/**
 * Docusaurus' hook for a link to a Markdown file it cannot resolve on a doc page or page: the build stops with the
 * message the content check gives, at the link's line.
 */
export function brokenMarkdownLink({sourceFilePath, url, node}: {sourceFilePath: string; url: string; node: {position?: {start: {line: number; column: number}}}}): never {
  const {siteDir, file} = siteFile(sourceFilePath);
  const candidates = candidatesOf(fileLink(url)?.path ?? url, file);
  const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
  throw new Error(`${file}${at} – Link: ${linkProblem(url, candidates, (candidate) => existsSync(join(siteDir, candidate)))}`);
}

/**
 * A content file's site folder and its path in the site (`docs/programm/index.md`). Docusaurus gives the path relative
 * to the working folder, which is the site folder when the site is built, not always when a test compiles a copy.
 */
function siteFile(path: string): {siteDir: string; file: string} {
  const absolute = resolve(path).split(sep).join('/');
  const start = Math.max(...['/docs/', '/blog/', '/src/pages/'].map((root) => absolute.lastIndexOf(root)));
  return start >= 0 ? {siteDir: absolute.slice(0, start), file: absolute.slice(start + 1)} : {siteDir: process.cwd(), file: path};
}
