import {describe, expect, it} from 'vitest';
import {feminineBases, fold, stem, tokenize, wordKeys} from '../../../src/search/shared/normalize';

describe('fold', () => {
  it.each([
    ['Geflüchtete', 'gefluechtete'],
    ['Hauptstraße', 'hauptstrasse'],
    ['ÄRZTE', 'aerzte'],
    ['Öffentlichkeit', 'oeffentlichkeit'],
    ['Café', 'cafe'],
    ['Gefluechtete', 'gefluechtete'],
  ])('%s → %s', (word, folded) => expect(fold(word)).toBe(folded));

  it('treats decomposed umlauts like composed ones', () => {
    expect(fold('Geflu\u0308chtete')).toBe(fold('Geflüchtete'));
  });
});

describe('wordKeys', () => {
  it.each([
    ['Pat*innen', ['patinnen', 'patin', 'pat']],
    ['Pat:innen', ['patinnen', 'patin', 'pat']],
    ['Pat_innen', ['patinnen', 'patin', 'pat']],
    ['PatInnen', ['patinnen', 'patin', 'pat']],
    ['Pat/-innen', ['patinnen', 'patin', 'pat']],
    ['Mentor*in', ['mentorin', 'mentor']],
    ['Lots*innen', ['lotsinnen', 'lotsin', 'lots']],
    ['Patinnen', ['patinnen', 'patin']],
    ['Bildungs-Einrichtung', ['bildungseinrichtung', 'bildungs', 'einrichtung']],
    // A compound starting with a gender form is also its masculine forms (»Lotsendienste«).
    ['Lots*innen-Dienste', ['lotsinnendienste', 'lotsdienste', 'lotsendienste', 'lotsinnen', 'lotsin', 'lots', 'dienste']],
    ['MentorInnen-Programm', ['mentorinnenprogramm', 'mentorprogramm', 'mentorenprogramm', 'mentorinnen', 'mentorin', 'mentor', 'programm']],
    ['Hauptstraße', ['hauptstrasse']],
    ['Innenstadt', ['innenstadt']],
    ['Termin', ['termin']],
    ['2019', ['2019']],
  ])('%s', (word, keys) => expect(wordKeys(word)).toEqual(keys));
});

describe('stem', () => {
  it.each([
    ['patenschaften', 'patenschaft'],
    ['gefluechteten', 'gefluechtet'],
    ['gefluechtete', 'gefluechtet'],
    ['paten', 'pat'],
    ['mentoren', 'mentor'],
  ])('%s → %s', (word, stemmed) => expect(stem(word)).toBe(stemmed));
});

describe('feminineBases', () => {
  it.each([
    ['lotsin', ['lots', 'lot']],
    ['lotsinnen', ['lots', 'lot']],
    ['begleiterin', ['begleiter', 'begleit']],
    ['mentorinnen', ['mentor']],
    ['lotsen', []],
    ['in', []],
  ])('%s → %j', (key, bases) => expect(feminineBases(key)).toEqual(bases));
});

describe('tokenize', () => {
  it('keeps offsets into the original text and drops stop words', () => {
    const text = 'Die Pat*innen und die Lots*innen';
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Pat*innen', 'Lots*innen']);
  });

  it('keeps proper names whole: »Sachsen-Anhalt« is not also »Sachsen« (with the names given)', () => {
    expect(tokenize('Sachsen-Anhalt').map((token) => token.keys)).toEqual([['sachsenanhalt', 'sachsen', 'anhalt']]);
    expect(tokenize('Sachsen-Anhalt', new Set(['sachsenanhalt'])).map((token) => token.keys)).toEqual([['sachsenanhalt']]);
    expect(tokenize('Bildungs-Einrichtung', new Set(['sachsenanhalt']))[0]!.keys).toContain('einrichtung');
  });

  it('keeps the AG of »AG Digitalisierung«', () => {
    expect(tokenize('AG Digitalisierung').map((token) => token.keys[0])).toEqual(['ag', 'digitalisierung']);
  });
});
