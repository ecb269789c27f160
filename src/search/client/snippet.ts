/**
 * Picks the section of a found page that matches the query best and cuts a
 * short snippet around the first match, with the matched words marked.
 * Shared by the search box and the results page; free of React.
 */
import {tokenize} from '../shared/normalize';
import type {SnippetPart} from '../shared/backend';
import type {PageFragment} from '../shared/types';

export type {SnippetPart};


export interface Snippet {
  /** Anchor of the section (empty: the page itself). */
  anchor: string;
  /** Heading of the section (empty: the page's introduction). */
  heading: string;
  parts: SnippetPart[];
}

const BEFORE = 60;
const LENGTH = 200;

type Matcher = (key: string) => boolean;

function matchedRanges(text: string, matches: Matcher): [number, number][] {
  return tokenize(text)
    .filter((token) => token.keys.some(matches))
    .map((token) => [token.start, token.end]);
}

/** Text cut to about LENGTH characters around the first match, at word boundaries. */
export function cut(text: string, ranges: [number, number][]): SnippetPart[] {
  let start = 0;
  if (ranges.length > 0 && ranges[0]![0] > BEFORE) {
    start = text.indexOf(' ', ranges[0]![0] - BEFORE) + 1;
  }
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const parts: SnippetPart[] = [];
  const push = (from: number, to: number, mark: boolean): void => {
    if (to > from) parts.push({text: text.slice(from, to), mark});
  };
  if (start > 0) parts.push({text: '… ', mark: false});
  let position = start;
  for (const [from, to] of ranges) {
    if (from < position || to > end) continue;
    push(position, from, false);
    push(from, to, true);
    position = to;
  }
  push(position, end, false);
  if (end < text.length) parts.push({text: ' …', mark: false});
  return parts;
}

export function snippetOf(fragment: PageFragment, matches: Matcher): Snippet {
  let best = {index: -1, score: 0, ranges: [] as [number, number][]};
  fragment.sections.forEach(([, heading, text], index) => {
    const inHeading = matchedRanges(heading, matches).length;
    const ranges = matchedRanges(text, matches);
    const score = inHeading * 3 + new Set(ranges.map(([from, to]) => text.slice(from, to).toLowerCase())).size;
    if (score > best.score) best = {index, score, ranges};
  });
  if (best.index < 0) {
    const text = fragment.description || fragment.sections.find(([, , sectionText]) => sectionText !== '')?.[2] || '';
    return {anchor: '', heading: '', parts: cut(text, matchedRanges(text, matches))};
  }
  const [anchor, heading, text] = fragment.sections[best.index]!;
  const fallback = text === '' ? fragment.description : text;
  return {anchor, heading, parts: cut(fallback, text === '' ? matchedRanges(fallback, matches) : best.ranges)};
}

/** Parts of a title or heading with the matched words marked. */
export function highlight(text: string, matches: Matcher): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let position = 0;
  for (const [from, to] of matchedRanges(text, matches)) {
    if (from > position) parts.push({text: text.slice(position, from), mark: false});
    parts.push({text: text.slice(from, to), mark: true});
    position = to;
  }
  if (position < text.length) parts.push({text: text.slice(position), mark: false});
  return parts;
}
