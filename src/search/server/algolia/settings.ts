/**
 * Index settings for Algolia, pushed with the records (`npm run search:push`).
 * German language processing, the section hierarchy as searchable attributes
 * in ranking order, one hit per page (`distinct` on the page path), facets for
 * the content type, every catalogue facet and the events' type and month,
 * highlighting with <mark>.
 */
import type {IndexSettings} from 'algoliasearch';

import {HIGHLIGHT_POST, HIGHLIGHT_PRE} from '../../shared/config';
import {FACETS} from '../../../vocabulary';

/** Words around the match in a snippet. */
export const SNIPPET_WORDS = 30;

export function indexSettings(): IndexSettings {
  const searchable = ['hierarchy.lvl0', 'hierarchy.lvl1', 'text'];
  return {
    // Title before section heading before text; the position of a word inside an attribute does not matter.
    searchableAttributes: searchable.map((attribute) => `unordered(${attribute})`),
    // The type and every catalogue facet; carriers are many, so their values are searchable too. Events: their type
    // and month (a date range filters on the numeric eventTimestamp, which needs no entry here).
    attributesForFaceting: ['type', ...FACETS, 'searchable(carrier)', 'eventType', 'eventMonth'],
    // One hit per page: its best section.
    attributeForDistinct: 'path',
    distinct: true,
    indexLanguages: ['de'],
    queryLanguages: ['de'],
    ignorePlurals: ['de'],
    removeStopWords: ['de'],
    // Bildungseinrichtungen is found by »Einrichtung«.
    decompoundQuery: true,
    decompoundedAttributes: {de: searchable},
    // Equal relevance: practices before congress before reports before news before pages, then reading order.
    customRanking: ['asc(typeRank)', 'asc(position)'],
    // The Länder and carrier of a practice, and the type and day of an event, show on its result card.
    attributesToRetrieve: ['path', 'url', 'type', 'typeLabel', 'hierarchy', 'states', 'carrier', 'eventType', 'eventDate'],
    attributesToHighlight: ['hierarchy.lvl0', 'hierarchy.lvl1'],
    attributesToSnippet: [`text:${SNIPPET_WORDS}`],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    snippetEllipsisText: '…',
    hitsPerPage: 20,
    paginationLimitedTo: 1000,
  };
}
