/**
 * Reads the content of a built page into a search record: the page's title
 * (its h1), and its text split into sections at the h2–h6 headings. Only the
 * article is read: navbar, sidebar, breadcrumbs, table of contents, footer,
 * buttons and anything marked `data-search-ignore` stay out of the index.
 */
import {Parser} from 'htmlparser2';
import {cleanText} from '../shared/normalize';
import type {PageRecord, Section} from '../shared/types';
import {type ContentType} from '../../vocabulary';

/** Inline elements: no word break at their boundaries (»Pat<em>innen</em>« stays one word). */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
const SKIPPED = new Set(['nav', 'footer', 'script', 'style', 'button', 'svg', 'noscript', 'template', 'iframe', 'select']);
const SKIPPED_CLASSES = /(?:^|\s)(?:hash-link|theme-doc-toc-mobile|theme-doc-footer|theme-edit-this-page|pagination-nav)(?:\s|$)/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface ExtractOptions {
  path: string;
  type: ContentType;
  description?: string;
  /** Read the whole HTML, not only the first <article> (for catalogue fragments). */
  whole?: boolean;
  practiceIndex?: number;
}

/** The page record, or undefined when the HTML has no article or no title. */
export function extractPage(html: string, options: ExtractOptions): PageRecord | undefined {
  let inArticle = options.whole === true;
  let articleDone = false;
  let depth = 0; // element depth inside the article
  let skipUntil = -1; // depth at which a skipped subtree ends
  let headerDepth = -1; // inside <header>, only the h1 counts
  let title = '';
  let titleDepth = -1;
  let headingDepth = -1;
  const sections: Section[] = [{anchor: '', heading: '', level: 1, text: ''}];
  let current = sections[0]!;
  let collectedTitle = false;
  let factsDepth = -1;

  const append = (text: string): void => {
    if (titleDepth >= 0) title += text;
    else if (headingDepth >= 0) current.heading += text;
    else if (headerDepth < 0) current.text += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!inArticle) {
          if (name === 'article' && !articleDone) {
            inArticle = true;
            depth = 0;
          }
          return;
        }
        if (VOID.has(name)) {
          if (skipUntil < 0 && !INLINE.has(name)) append(' ');
          if (name === 'img' && skipUntil < 0 && attributes.alt) append(` ${attributes.alt} `);
          return;
        }
        depth += 1;
        if (skipUntil >= 0) return;
        if (SKIPPED.has(name) || 'data-search-ignore' in attributes || SKIPPED_CLASSES.test(attributes.class ?? '')) {
          skipUntil = depth;
          return;
        }
        if (name === 'header' && headerDepth < 0) headerDepth = depth;
        if ('data-search-facts' in attributes && factsDepth < 0) {
          factsDepth = depth;
          current = {anchor: attributes.id ?? '', heading: '', level: 1, text: '', facts: true};
          sections.push(current);
          return;
        }
        if (name === 'h1' && !collectedTitle) {
          titleDepth = depth;
          return;
        }
        const level = /^h([2-6])$/.exec(name);
        if (level && headerDepth < 0 && factsDepth < 0) {
          current = {anchor: attributes.id ?? '', heading: '', level: Number(level[1]), text: ''};
          sections.push(current);
          headingDepth = depth;
          return;
        }
        if (!INLINE.has(name)) append(' ');
      },
      ontext(text) {
        if (inArticle && skipUntil < 0) append(text);
      },
      onclosetag(name, isImplied) {
        if (!inArticle || VOID.has(name)) return;
        if (skipUntil === depth) skipUntil = -1;
        else if (skipUntil < 0) {
          if (titleDepth === depth) {
            titleDepth = -1;
            collectedTitle = true;
          } else if (headingDepth === depth) headingDepth = -1;
          else if (headerDepth === depth) headerDepth = -1;
          else if (factsDepth === depth) {
            factsDepth = -1;
            // Text after the fact box belongs to the page again (until the next heading).
            current = {anchor: '', heading: '', level: 1, text: ''};
            sections.push(current);
          }
          else if (!INLINE.has(name)) append(' ');
        }
        depth -= 1;
        if (depth < 0 && !options.whole && name === 'article' && !isImplied) {
          inArticle = false;
          articleDone = true;
        }
      },
    },
    {decodeEntities: true},
  );
  parser.end(html);

  const cleanTitle = cleanText(title);
  if (cleanTitle === '') return undefined;
  const cleaned = sections
    .map((section) => ({...section, heading: cleanText(section.heading), text: cleanText(section.text)}))
    .filter((section, index) => index === 0 || section.heading !== '' || section.text !== '')
    .map((section) => (section.facts ? section : {anchor: section.anchor, heading: section.heading, level: section.level, text: section.text}));
  return {
    path: options.path,
    type: options.type,
    title: cleanTitle,
    description: cleanText(options.description ?? ''),
    sections: cleaned,
    ...(options.practiceIndex === undefined ? {} : {practiceIndex: options.practiceIndex}),
  };
}
