/**
 * One record per page section: the unit an external search service stores
 * (Algolia, #9). Built from the same page records as the built-in index, so
 * both backends see the same text. Free of Node and React imports.
 */
import {cleanText} from '../shared/normalize';
import {type PageRecord, type SectionRecord} from '../shared/types';
import {CONTENT_TYPES, CONTENT_TYPE_LABELS} from '../../vocabulary';

/** Algolia allows 10 KB per record; keep the text well below, with room for the other fields. */
export const MAX_RECORD_TEXT = 8_000;

function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf(' ', limit);
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest !== '' || parts.length === 0) parts.push(rest);
  return parts;
}

export function sectionRecords(page: PageRecord, baseUrl = '/'): SectionRecord[] {
  const root = baseUrl.replace(/\/$/, '');
  const records: SectionRecord[] = [];
  page.sections.forEach((section, index) => {
    const parts = splitText(cleanText(section.text), MAX_RECORD_TEXT);
    parts.forEach((text, part) => {
      if (text === '' && section.heading === '' && index > 0) return;
      records.push({
        objectID: `${page.path}#${section.anchor || index}${parts.length > 1 ? `-${part + 1}` : ''}`,
        path: `${root}${page.path}` || '/',
        url: `${root}${page.path}${section.anchor ? `#${section.anchor}` : ''}`,
        type: page.type,
        typeLabel: CONTENT_TYPE_LABELS[page.type],
        typeRank: CONTENT_TYPES.indexOf(page.type),
        hierarchy: {lvl0: cleanText(page.title), lvl1: section.heading ? cleanText(section.heading) : null},
        text: index === 0 && text === '' ? cleanText(page.description) : text,
        position: records.length,
        ...page.facets,
        ...page.event,
      });
    });
  });
  return records;
}
