/**
 * German text normalisation for the built-in search, shared by the indexer
 * (Node) and the browser: the same words must become the same keys on both
 * sides. Kept free of Node and React imports.
 *
 * A word becomes one or more keys:
 * - folded: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped
 *   (so »Gefluechtete« and »Geflüchtete« meet, as do »Strasse« and »Straße«);
 * - gender forms (Pat*innen, Pat:innen, Pat_innen, PatInnen, Pat/-innen) become
 *   »patinnen« plus the singular »patin« and the base »pat«, which is what the
 *   stemmer makes of »Paten«;
 * - hyphenated compounds (Leichte Sprache writes »Bildungs-Einrichtung«) become
 *   the joined word plus their parts; a compound starting with a gender form
 *   (»Lots*innen-Dienst«) also becomes its masculine forms (»Lotsdienst«,
 *   »Lotsendienst«), so that each form finds the other;
 * - proper names given to `tokenize` (the Länder) stay one word: »Sachsen-Anhalt«
 *   is not also »Sachsen«.
 * Stemming (Snowball German) and compound parts are applied when matching,
 * see engine.ts, not stored as keys.
 */
import {stemmer} from '@orama/stemmers/german';
import {stopwords} from '@orama/stopwords/german';

export interface Token {
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
  /** Index keys, the first is the word itself (folded); never empty. */
  keys: string[];
}

const UMLAUTS: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue'};

/** Lower case, German umlauts spelled out, other diacritics dropped, apostrophes removed. */
export function fold(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[äöüßẞÄÖÜ]/g, (char) => UMLAUTS[char]!)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '');
}

const STOPWORDS: ReadonlySet<string> = new Set(stopwords.map(fold));
export const isStopword = (key: string): boolean => STOPWORDS.has(key);

const stems = new Map<string, string>();
/** Snowball German stem of a folded key (memoised: the same words recur). */
export function stem(key: string): string {
  let result = stems.get(key);
  if (result === undefined) {
    result = /^\d+$/.test(key) ? key : stemmer(key);
    if (stems.size > 200_000) stems.clear();
    stems.set(key, result);
  }
  return result;
}

// A word: letters and digits, optionally with a gender marker and its ending
// (Pat*innen, Pat:in, Pat_innen, Pat/-innen, Pat·innen) and hyphenated parts.
const GENDER_MARK = String.raw`(?:[*:_·]|\/-?)`;
const WORD = new RegExp(
  String.raw`[\p{L}\p{N}]+(?:${GENDER_MARK}(?:innen|in|e|r|n|en)(?![\p{L}])|[-'’][\p{L}\p{N}]+)*`,
  'gu',
);
const GENDERED = new RegExp(String.raw`^([\p{L}\p{N}]+)${GENDER_MARK}(innen|in|e|r|n|en)$`, 'u');
// Binnen-I: »PatInnen«, »MentorIn« (a capital I after a lower-case letter).
const BINNEN_I = /^(\p{L}*\p{Ll})(Innen|In)$/u;

function genderKeys(base: string, ending: string): string[] {
  const folded = fold(base);
  return [`${folded}${ending}`, ...(ending === 'innen' ? [`${folded}in`] : []), folded];
}

/** Keys of one word as it appears in the text (see the module comment). */
export function wordKeys(word: string): string[] {
  const keys: string[] = [];
  const gendered = GENDERED.exec(word) ?? BINNEN_I.exec(word);
  if (gendered) {
    keys.push(...genderKeys(gendered[1]!, gendered[2]!.toLowerCase()));
  } else if (/[-'’]/.test(word)) {
    const parts = word.split(/[-'’]/).filter(Boolean);
    const partKeys = parts.map((part) => wordKeys(part));
    const rest = partKeys.slice(1).map((partKey, index) => partKey[0] ?? fold(parts[index + 1]!)).join('');
    keys.push((partKeys[0]![0] ?? fold(parts[0]!)) + rest);
    // »Lots*innen-Dienst«: the masculine compounds »Lotsdienst« and »Lotsendienst« (Pate → Patendienst, Mentor → Mentorenprogramm).
    const gendered = GENDERED.exec(parts[0]!) ?? BINNEN_I.exec(parts[0]!);
    if (gendered && rest) keys.push(`${fold(gendered[1]!)}${rest}`, `${fold(gendered[1]!)}en${rest}`);
    if (/-/.test(word)) for (const partKey of partKeys) keys.push(...partKey);
  } else {
    const folded = fold(word);
    keys.push(folded);
    // Plural feminine forms written out (»Patinnen«) also answer for the singular.
    if (folded.length > 7 && folded.endsWith('innen')) keys.push(folded.slice(0, -3));
  }
  return [...new Set(keys.filter((key) => key.length > 1 || /\d/.test(key)))];
}

// Words recur (the indexer sees millions of them, most of them the same few thousand): keep their keys.
const keyCache = new Map<string, string[]>();
function cachedKeys(word: string): string[] {
  let keys = keyCache.get(word);
  if (keys === undefined) {
    keys = wordKeys(word);
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(word, keys);
  }
  return keys;
}

/**
 * Splits text into words with their keys and offsets. Stop words and one-letter words are left out.
 * `names`: keys of proper names that stay one word (see the module comment).
 */
export function tokenize(text: string, names?: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let keys = cachedKeys(match[0]);
    if (keys.length === 0 || isStopword(keys[0]!)) continue;
    if (keys.length > 1 && names?.has(keys[0]!)) keys = [keys[0]!];
    tokens.push({start: match.index, end: match.index + match[0].length, keys});
  }
  return tokens;
}

const NONE: readonly string[] = [];
const feminine = new Map<string, readonly string[]>();

/**
 * Keys of feminine forms written out (»Lotsin«, »Mentorinnen«) that masculine forms share: the word without
 * its ending, and that stemmed (»Begleiterin« → »begleiter«, »begleit«). Empty for other words. The engine
 * matches a word to another when these or their stems meet, so that »Lotsin« finds »Lotsen« and back.
 */
export function feminineBases(key: string): readonly string[] {
  // Called for every word of a word list on each keystroke: most words end otherwise.
  if (!key.endsWith('in') && !key.endsWith('innen')) return NONE;
  let bases = feminine.get(key);
  if (bases === undefined) {
    const base = /^(.{3,}?)(?:innen|in)$/.exec(key)?.[1];
    bases = base === undefined ? NONE : [...new Set([base, stem(base)])];
    if (feminine.size > 50_000) feminine.clear();
    feminine.set(key, bases);
  }
  return bases;
}

/** Unicode NFC and collapsed white space, for texts stored in the index (and sent to Algolia). */
export const cleanText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();
