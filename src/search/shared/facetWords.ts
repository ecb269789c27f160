/**
 * Query words that name a catalogue facet value or a carrier (»Sachsen«,
 * »Geflüchtete«, »Mentoring«, »Lotsen«): the search page and the catalogue
 * offer the filter in one click (»Nur Sachsen anzeigen«). Uses the search's
 * normalisation, so forms match as they do in the search itself. Free of Node
 * and React imports.
 */
import {stem, tokenize, type Token} from './normalize';
import type {FacetValue} from '../../catalogue/types';
import {FACETS, NATIONWIDE, type Facet, type FilterKey} from '../../vocabulary';

export interface NamedFacet {
  key: FilterKey;
  value: string;
  label: string;
  /** The query words that name it, as typed. */
  words: string;
}

export interface FacetNames {
  vocabularies: Record<Facet, FacetValue[]>;
  carriers: {id: string; name: string}[];
}

/** A query word names a word of a label: the same key, the same stem, or one of the label word's forms (»Lotsen« – »Lots*innen-Dienst«). */
function names(query: Token, label: Token): boolean {
  const key = query.keys[0]!;
  const queryStem = stem(key);
  return label.keys.some((labelKey) => labelKey === key || labelKey === queryStem || stem(labelKey) === queryStem);
}

/**
 * Facet values and carriers the query names, in query order, at most `limit`. A label names a value when the
 * query holds all its words, or one part of a label that lists several (»Sport« – »Kultur, Sport & Freizeit«).
 * Carriers are named by a word of their name that no other carrier has. Länder stay whole (»Sachsen« is not
 * »Sachsen-Anhalt«); »bundesweit« is no filter of its own.
 */
export function namedFacets(query: string, facets: FacetNames, limit = 3): NamedFacet[] {
  const stateNames = new Set(facets.vocabularies.states.flatMap((state) => tokenize(state.label)).filter((token) => token.keys.length > 1).map((token) => token.keys[0]!));
  const queryTokens = tokenize(query, stateNames);
  if (queryTokens.length === 0) return [];
  const found: (NamedFacet & {at: number})[] = [];
  const wordsAt = (indices: number[]): string => indices.map((index) => query.slice(queryTokens[index]!.start, queryTokens[index]!.end)).join(' ');
  const positions = (labelTokens: Token[]): number[] | undefined => {
    const indices = labelTokens.map((labelToken) => queryTokens.findIndex((token) => names(token, labelToken)));
    return indices.every((index) => index >= 0) ? indices : undefined;
  };
  for (const facet of FACETS) {
    for (const value of facets.vocabularies[facet]) {
      if (value.slug === NATIONWIDE) continue;
      const parts = value.label.split(/\s*(?:&|,)\s*/).filter(Boolean);
      for (const part of parts.length > 1 ? [value.label, ...parts] : [value.label]) {
        const indices = positions(tokenize(part, stateNames));
        if (indices && indices.length > 0) {
          found.push({key: facet, value: value.slug, label: value.label, words: wordsAt(indices), at: Math.min(...indices)});
          break;
        }
      }
    }
  }
  const carrierWords = facets.carriers.map((carrier) => tokenize(carrier.name).filter((token) => token.keys[0]!.length >= 4));
  facets.carriers.forEach((carrier, index) => {
    const own = carrierWords[index]!.filter((token) => !carrierWords.some((other, otherIndex) => otherIndex !== index && other.some((word) => word.keys[0] === token.keys[0])));
    const at = queryTokens.findIndex((queryToken) => own.some((token) => names(queryToken, token)));
    if (at >= 0) found.push({key: 'carrier', value: carrier.id, label: carrier.name, words: wordsAt([at]), at});
  });
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, limit)
    .map(({at: _at, ...named}) => named);
}

/** The query without the words that named a filter (they become the filter: »Sachsen Garten« → »Garten«). */
export function withoutWords(query: string, words: string): string {
  const named = new Set(words.split(' '));
  return tokenize(query)
    .map((token) => query.slice(token.start, token.end))
    .filter((word) => !named.has(word))
    .join(' ');
}
