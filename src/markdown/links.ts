/**
 * Links to Markdown files (`./andere-praxis.md`, `../programm/index.md`,
 * `/programm/kalender-abonnieren.md`, `@site/docs/programm/index.md`), resolved as Docusaurus resolves them on
 * a doc page: relative to the file, or from a content folder when the path
 * starts with `/`. The renderer of practices, news posts and events and the
 * content check resolve them here, with the same message for a file that does
 * not exist.
 */
import {posix, resolve, sep} from 'node:path';

/** Every Markdown file a link may name, by its path in the site (`docs/programm/kalender.md`), with its page's path. */
export type LinkTargets = ReadonlyMap<string, string>;

/** The folders a link starting with `/` is looked up in, in this order (the docs first, as Docusaurus does). */
const CONTENT_ROOTS = ['docs', 'blog', 'src/pages', ''];

/**
 * Where a link to a Markdown file leads, as Docusaurus resolves it on a doc
 * page: relative to the file, or from a content folder when it starts with `/`.
 */
export function fileLinkTarget(url: string, file: string, links: LinkTargets): {url: string} | {problem: string} | undefined {
  const match = /^([^#?]+\.mdx?)([?#].*)?$/.exec(url);
  if (!match || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  let path: string;
  try {
    path = decodeURI(match[1]!);
  } catch {
    path = match[1]!;
  }
  const candidates = path.startsWith('@site/')
    ? [posix.normalize(path.slice('@site/'.length))]
    : path.startsWith('/')
      ? CONTENT_ROOTS.map((root) => posix.join(root, path).replace(/^\//, ''))
      : [posix.normalize(posix.join(posix.dirname(file), path))];
  for (const candidate of candidates) {
    const route = links.get(candidate);
    if (route !== undefined) return {url: route + (match[2] ?? '')};
  }
  return {problem: missingFileMessage(url, candidates[0]!)};
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
  const file = siteFile(sourceFilePath);
  const path = url.replace(/[?#].*$/, '');
  const target = path.startsWith('/') ? posix.join('docs', path) : posix.normalize(posix.join(posix.dirname(file), path));
  const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
  throw new Error(`${file}${at} – Link: ${missingFileMessage(url, target)}`);
}

/**
 * A content file's path in the site (`docs/programm/index.md`). Docusaurus gives it relative to the working folder,
 * which is the site folder when the site is built, not always when a test compiles a copy elsewhere.
 */
function siteFile(path: string): string {
  const absolute = resolve(path).split(sep).join('/');
  const start = Math.max(...['/docs/', '/blog/', '/src/pages/'].map((root) => absolute.lastIndexOf(root)));
  return start >= 0 ? absolute.slice(start + 1) : path;
}

