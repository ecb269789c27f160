/**
 * The page in Leichte Sprache keeps the rules the issue names: no
 * abbreviations (an unavoidable one is explained: »Die Abkürzung ist: BBE.«),
 * no passive voice, compound words split with a hyphen (Bundes-Ministerium).
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {splitFrontMatter} from '../../src/content/load';

const FILE = 'src/pages/leichte-sprache.md';
// Visible text only: link targets, Markdown syntax and the heading marks are not read aloud.
const split = splitFrontMatter(readFileSync(FILE, 'utf8'));
if (!split) throw new Error(`${FILE} hat keinen Kopfbereich (---).`);
const text = split.body
  .replace(/\]\([^)]*\)/g, ']')
  .replace(/[#*_[\]>`]/g, ' ');
const sentences = text.split(/(?<=[.!?])\s+|\n{2,}/).map((sentence) => sentence.replace(/\s+/g, ' ').trim()).filter(Boolean);

// A form of »werden« with a participle (ge…t / ge…en) in the same sentence.
const PASSIVE = /\b(?:wird|werden|wurde|wurden|worden)\b.*\bge\p{L}+(?:t|en)(?![\p{L}])/u;

/** Proper names that are long but not compounds a reader must take apart. */
const NAMES = new Set(['Bürgerschaftliches']);

function abbreviations(content: string): string[] {
  return [...content.matchAll(/\b(?:z\. ?B\.|d\. ?h\.|u\. ?a\.|usw\.|bzw\.|ca\.|etc\.|ggf\.|inkl\.|evtl\.|Nr\.|Tel\.|Str\.)/g)].map((match) => match[0]);
}

describe(`Leichte Sprache (${FILE})`, () => {
  it('has text to check', () => {
    expect(sentences.length).toBeGreaterThan(20);
  });

  it('uses no abbreviations; a known acronym is explained where it first appears', () => {
    expect(abbreviations(text)).toEqual([]);
    const acronyms = [...new Set([...text.matchAll(/\b[A-ZÄÖÜ]{2,}\b/g)].map((match) => match[0]))];
    for (const acronym of acronyms) {
      const first = sentences.find((sentence) => new RegExp(`\\b${acronym}\\b`).test(sentence));
      expect(first, acronym).toMatch(new RegExp(`Die Abkürzung ist:? ${acronym}`));
    }
  });

  it('uses no passive voice', () => {
    const passive = sentences.filter((sentence) => PASSIVE.test(sentence));
    expect(passive).toEqual([]);
  });

  it('splits long compound words with a hyphen', () => {
    const long = [...new Set([...text.matchAll(/[A-ZÄÖÜ][a-zäöüß]{11,}/g)].map((match) => match[0]))].filter((word) => !NAMES.has(word));
    expect(long).toEqual([]);
  });

  it('finds what it looks for (the checks can fail)', () => {
    expect(abbreviations('Zum Beispiel z. B. und usw.')).toEqual(['z. B.', 'usw.']);
    expect(/[A-ZÄÖÜ][a-zäöüß]{11,}/.test('Bildungseinrichtung')).toBe(true);
    expect(PASSIVE.test('Das Programm wird gefördert.')).toBe(true);
  });
});
