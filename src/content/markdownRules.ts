/**
 * Rules for every Markdown page (docs, news, pages, practices), checked
 * without a build: images have alt text, exist, are in a format browsers show,
 * and stay under 1 MB, photos (JPEG, PNG, WebP, reduced for visitors by
 * src/images/responsive.ts) under 8 MB (unless listed in
 * src/data/large-files.yml); links to other pages of the site
 * resolve; headings do not skip levels. Each problem names file, line and column.
 */
import {DIRECTIVES} from '../search/server/remarkBackendDirective';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, posix, relative} from 'node:path';
import type {Nodes, Root} from 'mdast';
import {parse as parseYaml} from 'yaml';
import {fragmentKindOf, parseMarkdown, unreadable} from '../markdown/preset';
import {htmlLanguages, languageProblem} from './language';
import {fileLinkTarget, type LinkTargets} from '../markdown/links';
import {directiveProblems} from './directiveRules';
import {didYouMean} from './didYouMean';
import {splitFrontMatter} from './load';
import {urlProblem} from './safeUrl';
import type {Problem} from './problems';
import {isResponsiveImage, MAX_ORIGINAL_BYTES, SHOWN_IMAGE} from '../images/responsive';

export const MAX_IMAGE_BYTES = 1024 * 1024;
export {MAX_ORIGINAL_BYTES} from '../images/responsive';

export const LARGE_FILES_LIST = 'src/data/large-files.yml';

export interface MarkdownFile {
  /** Path relative to the site root. */
  file: string;
  /** URL path of the page (without base URL). */
  route: string;
  frontMatter: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

const CONTENT_ROOTS = ['docs', 'blog', 'src/pages', 'termine'] as const;

function markdownFiles(siteDir: string, root: string): string[] {
  const dir = join(siteDir, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('_')));
}

/** URL path of a content file, following Docusaurus' conventions as configured here. */
export function routeOf(file: string, frontMatter: Record<string, unknown>): string {
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined;
  if (file.startsWith('blog/')) {
    if (slug) return slug.startsWith('/') ? `/meldungen${slug}` : `/meldungen/${slug}`;
    // Without a slug, Docusaurus puts the date of the file name into the address: /meldungen/2020/01/02/name.
    const name = posix.basename(file).replace(/\.mdx?$/, '');
    const dated = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(name);
    return dated ? `/meldungen/${dated[1]}/${dated[2]}/${dated[3]}/${dated[4]}` : `/meldungen/${name}`;
  }
  if (file.startsWith('termine/')) return `/termine/${posix.basename(file).replace(/\.md$/, '')}`;
  if (file.startsWith('src/pages/')) return `/${file.slice('src/pages/'.length).replace(/(^|\/)index\.mdx?$/, '').replace(/\.mdx?$/, '')}`.replace(/\/$/, '') || '/';
  const path = file.slice('docs/'.length).replace(/\.mdx?$/, '');
  if (slug) return slug.startsWith('/') ? slug : `/${posix.join(posix.dirname(path), slug)}`;
  return `/${path.replace(/(^|\/)(index|README)$/, '')}`.replace(/\/$/, '') || '/';
}

export function readMarkdownFiles(siteDir: string): MarkdownFile[] {
  const files: MarkdownFile[] = [];
  for (const root of CONTENT_ROOTS) {
    for (const file of markdownFiles(siteDir, root)) {
      const text = readFileSync(join(siteDir, file), 'utf8');
      const split = splitFrontMatter(text);
      let frontMatter: Record<string, unknown> = {};
      if (split) {
        try {
          frontMatter = (parseYaml(split.yaml) as Record<string, unknown> | null) ?? {};
        } catch {
          // Malformed front matter is reported by the type-specific checks (with line and column).
        }
      }
      files.push({file, route: routeOf(file, frontMatter), frontMatter, body: split ? split.body : text, bodyLine: split ? split.bodyLine : 1});
    }
  }
  return files;
}


function visit(node: Nodes, callback: (node: Nodes) => void): void {
  callback(node);
  if ('children' in node) for (const child of node.children) visit(child, callback);
}

export interface RuleContext {
  siteDir: string;
  /** Every URL path a link may point to (without base URL, without trailing slash). */
  routes: ReadonlySet<string>;
  /** Every Markdown file a link may name, with its page (src/markdown/links.ts). */
  links: LinkTargets;
  /** Files (relative to static/) allowed above MAX_IMAGE_BYTES. */
  largeFiles: ReadonlySet<string>;
  /** The site searches with Algolia: text in `:::nur-ohne-algolia` is not published, `:::nur-mit-algolia` is. */
  algolia?: boolean;
}

const isExternal = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

// A placeholder for data the project does not know: »[…]« or »[Anschrift …]«; not when quoted as »[…]«.
const PLACEHOLDER = /(?<!»)\[[^\]\n]*…[^\]\n]*\](?!«)/g;

/**
 * Placeholders the operator must fill before publishing: warnings (errors with --strict).
 * Not in a block this build leaves out (see src/search/server/remarkBackendDirective.ts).
 */
export function placeholderWarnings(file: MarkdownFile, algolia = false): Problem[] {
  const problems: Problem[] = [];
  // Depth of directive containers inside a left-out block (0: not in one).
  let skipping = 0;
  file.body.split('\n').forEach((line, index) => {
    const fence = /^\s*:::+\s*([\w-]*)/.exec(line);
    if (fence) {
      if (skipping > 0) skipping += fence[1] ? 1 : -1;
      else if ((fence[1] === DIRECTIVES.withAlgolia && !algolia) || (fence[1] === DIRECTIVES.withoutAlgolia && algolia)) skipping = 1;
    }
    if (skipping > 0) return;
    for (const match of line.matchAll(PLACEHOLDER)) {
      problems.push({
        file: file.file,
        line: file.bodyLine + index,
        column: match.index + 1,
        severity: 'warning',
        message: `Platzhalter »${match[0]}«: Diese Angabe fehlt noch und muss vor der Veröffentlichung ausgefüllt werden.`,
      });
    }
  });
  return problems;
}

/** A string attribute of an MDX element (an expression or a missing one: undefined). */
function jsxAttribute(node: Extract<Nodes, {type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'}>, name: string): string | undefined {
  const found = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
}

const folderLinks = new WeakMap<LinkTargets, Map<string, LinkTargets>>();

/**
 * The files a doc page or page may link by their file: Docusaurus resolves such links only among the files of the
 * same plugin (docs/ without the practices, src/pages/); practices, news and events are linked by their address.
 */
function sameFolderLinks(links: LinkTargets, file: string): LinkTargets {
  const folder = file.startsWith('src/pages/') ? 'src/pages/' : 'docs/';
  let byFolder = folderLinks.get(links);
  if (!byFolder) folderLinks.set(links, (byFolder = new Map<string, LinkTargets>()));
  let found = byFolder.get(folder);
  if (!found) {
    found = new Map([...links].filter(([target]) => target.startsWith(folder) && fragmentKindOf(target) === undefined));
    byFolder.set(folder, found);
  }
  return found;
}

/** Problems of one Markdown file. */
export function checkMarkdownFile(file: MarkdownFile, context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const add = (node: Nodes, message: string, field?: string): void => {
    const position = node.position?.start;
    problems.push({file: file.file, line: position ? position.line + file.bodyLine - 1 : undefined, column: position?.column, ...(field ? {field} : {}), message});
  };
  // A practice's, news post's or event's own rules (blocks, HTML, safe and file links, a text that cannot be read)
  // are its renderer's (src/markdown/render.ts, analyseBody): the check reads them from there, once.
  const fragment = fragmentKindOf(file.file) !== undefined;
  let tree: Root;
  try {
    // The renderer's parser (src/markdown/preset.ts): directives (`:::tip`) are syntax, so that the rules in
    // directiveRules.ts see them.
    tree = parseMarkdown(file.body, file.file.endsWith('.mdx')).tree;
  } catch (error) {
    return fragment ? [] : [unreadable(error, file.file, file.bodyLine)];
  }

  const checkImage = (node: Nodes, src: string, alt: string | null | undefined): void => {
    const unsafe = urlProblem('image', src);
    if (unsafe) {
      if (!fragment) add(node, unsafe.message, unsafe.field);
      return;
    }
    if (!alt || alt.trim() === '') {
      add(node, `Dem Bild »${src}« fehlt der Alternativtext. Beschreiben Sie, was zu sehen ist: ![Zwei Frauen am Lesetisch](${src})`, 'Bild');
    }
    if (isExternal(src)) {
      if (/^https?:/.test(src)) add(node, `Das Bild »${src}« liegt auf einem fremden Server; es würde Besucher*innen-Daten an Dritte geben. Legen Sie es unter static/img/ ab.`, 'Bild');
      return;
    }
    const clean = decodeURI(src.split(/[?#]/)[0]!);
    const path = clean.startsWith('/') ? join(context.siteDir, 'static', clean) : join(context.siteDir, dirname(file.file), clean);
    if (!existsSync(path)) {
      add(node, `Das Bild »${src}« gibt es nicht. Bilder liegen unter static/ (Adresse /img/…) oder neben der Datei.`, 'Bild');
      return;
    }
    if (!SHOWN_IMAGE.test(clean)) {
      add(node, `Das Bild »${src}« hat ein Format, das Browser nicht anzeigen. Speichern Sie es als JPEG (Fotos) oder PNG (Grafiken); am Handy: Kamera-Einstellung »Maximale Kompatibilität« oder beim Teilen »JPEG«.`, 'Bild');
      return;
    }
    const size = statSync(path).size;
    const key = relative(join(context.siteDir, 'static'), path).split('\\').join('/');
    const photo = isResponsiveImage(clean);
    const limit = photo ? MAX_ORIGINAL_BYTES : MAX_IMAGE_BYTES;
    if (size > limit && !context.largeFiles.has(key)) {
      const mb = (bytes: number): string => (bytes / 1024 / 1024).toLocaleString('de-DE', {maximumFractionDigits: 1});
      const advice = photo ? 'Verkleinern Sie das Foto (zum Beispiel auf 4000 Pixel Breite)' : 'Verkleinern Sie es';
      add(node, `Das Bild »${src}« ist ${mb(size)} MB groß; erlaubt ${photo ? 'sind für Fotos' : 'ist'} höchstens ${mb(limit)} MB. ${advice}, oder tragen Sie »${key}« in ${LARGE_FILES_LIST} ein.`, 'Bild');
    }
  };

  const checkLink = (node: Nodes, url: string): void => {
    const unsafe = urlProblem('link', url);
    if (unsafe) {
      if (!fragment) add(node, unsafe.message, unsafe.field);
      return;
    }
    // A link to another Markdown file becomes that file's page (a practice's, post's or event's: see its renderer).
    const fileTarget = fileLinkTarget(url, file.file, fragment ? context.links : sameFolderLinks(context.links, file.file), context.links);
    if (fileTarget) {
      if ('problem' in fileTarget && !fragment) add(node, fileTarget.problem, 'Link');
      return;
    }
    if (url === '' || url.startsWith('#') || isExternal(url) && !url.startsWith('pathname://')) return;
    const target = url.replace(/^pathname:\/\//, '').split(/[?#]/)[0]!;
    if (target === '') return;
    const path = target.startsWith('/') ? target : posix.normalize(posix.join(file.route.replace(/\/[^/]*$/, '') || '/', target));
    const normalized = decodeURI(path).replace(/\/$/, '') || '/';
    if (context.routes.has(normalized)) return;
    if (existsSync(join(context.siteDir, 'static', normalized))) return;
    const suggestion = didYouMean(normalized, [...context.routes]);
    add(node, `Der Link »${url}« führt ins Leere: Die Seite ${normalized} gibt es nicht.${suggestion ? ` Meinten Sie »${suggestion}«?` : ''}`, 'Link');
  };

  const checkLanguage = (node: Nodes, lang: string): void => {
    const message = languageProblem(lang);
    if (message) add(node, message, 'lang');
  };

  problems.push(...placeholderWarnings(file, context.algolia));
  if (!fragment) {
    for (const problem of directiveProblems(tree, file.body, file.bodyLine)) problems.push({file: file.file, ...problem});
  }
  let previous = file.frontMatter.title !== undefined || file.file.startsWith('docs/') || file.file.startsWith('blog/') ? 1 : 0;
  visit(tree, (node) => {
    if (node.type === 'image') checkImage(node, node.url, node.alt);
    else if (node.type === 'link' || node.type === 'definition') checkLink(node, node.url);
    else if (node.type === 'heading') {
      if (node.depth > previous + 1) {
        add(node, `Die Überschrift springt von Ebene ${previous} auf Ebene ${node.depth} (${'#'.repeat(node.depth)}). Verwenden Sie ${'#'.repeat(previous + 1)}, damit die Gliederung für Screenreader stimmt.`, 'Überschrift');
      }
      previous = node.depth;
    } else if (node.type === 'html' && !fragment) {
      for (const lang of htmlLanguages(node.value)) checkLanguage(node, lang);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !fragment) {
      const attribute = (name: string): string | undefined => jsxAttribute(node, name);
      const lang = attribute('lang');
      if (lang !== undefined) checkLanguage(node, lang);
      if (node.name === 'img') {
        const src = attribute('src');
        if (src) checkImage(node, src, attribute('alt'));
      } else if (node.name === 'a') {
        const href = attribute('href');
        if (href) checkLink(node, href);
      } else if (node.name === 'ExternalEmbed') {
        for (const name of ['provider', 'title', 'src']) {
          if (!attribute(name)) add(node, `Ein eingebetteter Inhalt braucht ${name}="…" (Anbieter, Titel und Adresse), z. B. <ExternalEmbed provider="OpenStreetMap" title="Lageplan" src="https://www.openstreetmap.org/export/embed.html?…" />.`, name);
        }
        const src = attribute('src');
        if (src && !/^https:\/\/[^/]/.test(src) && !/^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\//.test(src)) {
          add(node, `Die Adresse »${src}« eines eingebetteten Inhalts muss mit https:// beginnen.`, 'src');
        }
      } else if (node.name === 'SignLanguageVideo') {
        problems.push(...checkSignLanguageVideo(file, context, node.position?.start, {title: attribute('title'), src: attribute('src'), size: attribute('size'), duration: attribute('duration')}));
      }
    }
  });
  return problems;
}

const SIZE = /^(\d+(?:[.,]\d+)?)\s*(KB|MB|GB)$/;
const UNITS: Record<string, number> = {KB: 1e3, MB: 1e6, GB: 1e9};

/**
 * A video slot in German Sign Language (src/components/SignLanguageVideo): without a file it is a placeholder
 * (a warning, an error with --strict); with one, the file must exist and size and duration must be stated truly.
 */
export function checkSignLanguageVideo(
  file: MarkdownFile,
  context: RuleContext,
  start: {line: number; column: number} | undefined,
  video: {title?: string; src?: string; size?: string; duration?: string},
): Problem[] {
  const at = {file: file.file, line: start ? start.line + file.bodyLine - 1 : undefined, column: start?.column};
  const name = `Das Video »${video.title ?? 'ohne Titel'}«`;
  if (!video.title) return [{...at, field: 'title', message: 'Ein Video in Gebärdensprache braucht einen Titel (title="…"), der sagt, worum es geht.'}];
  if (!video.src) {
    return [{...at, field: 'src', severity: 'warning', message: `Platzhalter: ${name} in Deutscher Gebärdensprache fehlt noch. Die Datei unter static/video/dgs/ ablegen und src, size und duration angeben, z. B. src="/video/dgs/ueberblick.mp4" size="24 MB" duration="3:20".`}];
  }
  const path = join(context.siteDir, 'static', video.src.replace(/^\//, ''));
  if (!existsSync(path)) return [{...at, field: 'src', message: `${name}: Die Datei ${video.src} gibt es nicht unter static/.`}];
  const problems: Problem[] = [];
  const size = SIZE.exec(video.size ?? '');
  if (!size) {
    problems.push({...at, field: 'size', message: `${name}: Die Dateigröße fehlt oder ist nicht lesbar (»${video.size ?? ''}«). Gültig wäre z. B. size="24 MB" oder size="800 KB".`});
  } else {
    const stated = Number(size[1]!.replace(',', '.')) * UNITS[size[2]!]!;
    const actual = statSync(path).size;
    if (Math.abs(stated - actual) > actual * 0.15 && Math.abs(stated - actual) > 50_000) {
      const real = actual >= 1e6 ? `${(actual / 1e6).toLocaleString('de-DE', {maximumFractionDigits: 1})} MB` : `${Math.max(1, Math.round(actual / 1e3))} KB`;
      problems.push({...at, field: 'size', message: `${name}: Angegeben ist ${video.size}, die Datei hat ${real}. Richtig wäre size="${real}".`});
    }
  }
  if (!/^\d{1,3}:[0-5]\d$/.test(video.duration ?? '')) {
    problems.push({...at, field: 'duration', message: `${name}: Die Dauer fehlt oder ist nicht lesbar (»${video.duration ?? ''}«). Gültig wäre Minuten:Sekunden, z. B. duration="3:20".`});
  }
  return problems;
}

export function loadLargeFiles(siteDir: string): Set<string> {
  const path = join(siteDir, LARGE_FILES_LIST);
  if (!existsSync(path)) return new Set();
  const list: unknown = parseYaml(readFileSync(path, 'utf8'));
  return new Set(Array.isArray(list) ? list.map((entry) => String(entry).replace(/^\/?(static\/)?/, '')) : []);
}
