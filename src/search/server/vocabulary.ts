/**
 * What the index needs besides the pages: the editors' search terms
 * (src/data/suchbegriffe.yml) and the Länder, proper names that stay one word.
 */
import {loadSearchTerms} from '../../content/searchTerms';
import {loadVocabularies} from '../../content/load';
import {ContentError, isWarning} from '../../content/problems';
import type {SearchTerms} from '../shared/synonyms';

export interface SearchVocabulary {
  terms: SearchTerms;
  names: string[];
}

/** Reads src/data/suchbegriffe.yml and the Länder; a mistake in the list stops the build. */
export function loadSearchVocabulary(siteDir: string): SearchVocabulary {
  const {terms, problems} = loadSearchTerms(siteDir);
  const errors = problems.filter((problem) => !isWarning(problem));
  if (errors.length > 0) throw new ContentError(errors);
  const {vocabularies} = loadVocabularies(siteDir);
  return {terms, names: vocabularies.states.map((state) => state.label)};
}

