/**
 * The editors' search terms (src/data/suchbegriffe.yml) as Algolia synonyms:
 * groups become regular (two-way) synonyms, abbreviations one-way synonyms.
 * `npm run search:push` replaces all synonyms of the index with these, in the
 * same swap as the records (push.ts).
 */
import type {SynonymHit} from 'algoliasearch';
import {fold} from '../../shared/normalize';
import type {SearchTerms} from '../../shared/synonyms';

/** A stable objectID from the entry's first word: pushing the same list again changes nothing. */
const idOf = (kind: string, text: string): string => `${kind}-${fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

export function algoliaSynonyms(terms: SearchTerms): SynonymHit[] {
  return [
    ...terms.groups.map((members): SynonymHit => ({objectID: idOf('gleichwertig', members[0]!), type: 'synonym', synonyms: members})),
    ...terms.oneWay.map(([from, to]): SynonymHit => ({objectID: idOf('einseitig', from), type: 'oneWaySynonym', input: from, synonyms: to})),
  ];
}
