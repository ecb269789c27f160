/**
 * What the index needs besides the pages: the editors' search terms
 * (src/data/suchbegriffe.yml) and the Länder, proper names that stay one word.
 * Both from the content graph (src/content/site.ts).
 */
import type {Site} from '../../content/site';
import type {SearchTerms} from '../shared/synonyms';

export interface SearchVocabulary {
  terms: SearchTerms;
  names: string[];
}

export function searchVocabularyOf(site: Pick<Site, 'searchTerms' | 'vocabularies'>): SearchVocabulary {
  return {terms: site.searchTerms.terms, names: site.vocabularies.states.map((state) => state.label)};
}
