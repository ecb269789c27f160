/**
 * src/data/suchbegriffe.yml: the synonyms and abbreviations that editors keep
 * for the search. Read and checked here, as part of the content graph
 * (src/content/site.ts); used by the index (manifest), the browser
 * (src/search/shared/synonyms.ts) and the Algolia push, so that both backends
 * search with the same list.
 */
import * as z from 'zod';
import {fold, tokenize} from '../search/shared/normalize';
import {phraseKeys, sameWord, NO_TERMS, type SearchTerms} from '../search/shared/synonyms';
import {readYamlFile, schemaProblems} from './load';
import type {Problem} from './problems';
import {fieldName, type FieldPath} from './yamlSource';

export const SEARCH_TERMS_FILE = 'src/data/suchbegriffe.yml';

const word = z.string().trim().min(1);
const schema = z
  .object({
    gleichwertig: z.array(z.array(word)).default([]),
    einseitig: z.record(z.string(), z.union([word, z.array(word)])).default({}),
  })
  .strict();

/** Where an entry stands, for the messages. */
interface Entry {
  text: string;
  keys: string[];
  path: FieldPath;
  /** Which group or abbreviation it belongs to (index in the list of all entries' owners). */
  owner: string;
}

/** The list as the graph holds it: the terms, and where each group and abbreviation stands. */
export interface SearchTermList {
  terms: SearchTerms;
  /** Each group and abbreviation of `terms`, with its place in the file (for »finds nothing today«, unfoundSearchTerms). */
  entries: {texts: string[]; abbreviation?: string; field: string; line?: number; column?: number}[];
}

/** Text as the »finds nothing today« warning compares it: folded, gender marks left out (»Migrant*innen« – »migrantinnen«). */
export const searchableText = (text: string): string => fold(text).replace(/[*:_·]/g, '');

const samePhrase = (a: string[], b: string[]): boolean => a.length === b.length && a.every((key, index) => sameWord(key, b[index]!));

const NO_LIST: SearchTermList = {terms: NO_TERMS, entries: []};

/** The list with every problem found (part of loadSite; no other module reads the file). */
export function loadSearchTerms(siteDir: string): {list: SearchTermList; problems: Problem[]} {
  const file = SEARCH_TERMS_FILE;
  const read = readYamlFile(siteDir, file);
  if (!read.source) return {list: NO_LIST, problems: read.problems};
  const source = read.source;
  const parsed = schemaProblems(schema, source.value ?? {}, source, file, {
    allowedKeys: ['gleichwertig', 'einseitig'],
    hints: {
      gleichwertig: 'Erwartet wird eine Liste von Gruppen, z. B. »- [Geflüchtete, Flüchtlinge]«.',
      einseitig: 'Erwartet werden Abkürzungen mit ihrer Langform, z. B. »AG: Arbeitsgruppe«.',
    },
  });
  if (!parsed.data) return {list: NO_LIST, problems: parsed.problems};
  const problems: Problem[] = [];
  const report = (path: FieldPath, message: string): void => {
    problems.push({file, ...source.locate(path), field: fieldName(path), message});
  };
  const entriesFound: SearchTermList['entries'] = [];
  const lineOf = (path: FieldPath): string => {
    const at = source.locate(path);
    return at ? ` (Zeile ${at.line})` : '';
  };
  const keysOf = (text: string, path: FieldPath): string[] | undefined => {
    const keys = phraseKeys(text);
    if (keys.length > 0) return keys;
    report(path, `»${text}« kann nie etwas finden: Die Suche übergeht Füllwörter wie »und« oder »die«, einzelne Buchstaben und Satzzeichen. Bitte ein Wort mit Inhalt eintragen oder den Eintrag löschen.`);
    return undefined;
  };

  const triggers: Entry[] = [];
  const groups: string[][] = [];
  parsed.data.gleichwertig.forEach((members, index) => {
    const path: FieldPath = ['gleichwertig', index];
    if (members.length < 2) {
      report(path, members.length === 0 ? 'Die Gruppe ist leer. Eine Gruppe braucht mindestens zwei Wörter, z. B. [Geflüchtete, Flüchtlinge]; sonst die Zeile löschen.' : `Die Gruppe hat nur ein Wort (»${members[0]}«). Gleichwertige Wörter brauchen mindestens zwei, z. B. [Geflüchtete, Flüchtlinge].`);
      return;
    }
    const entries: Entry[] = [];
    members.forEach((text, position) => {
      const keys = keysOf(text, [...path, position]);
      if (!keys) return;
      const twin = entries.find((entry) => samePhrase(entry.keys, keys));
      if (twin) {
        report([...path, position], `»${text}« steht schon in dieser Gruppe (»${twin.text}«); die Suche erkennt Beugungen selbst. Bitte eines davon löschen.`);
        return;
      }
      entries.push({text, keys, path: [...path, position], owner: `gleichwertig[${index}]`});
    });
    groups.push(members);
    entriesFound.push({texts: members, field: fieldName(path), ...source.locate(path)});
    triggers.push(...entries);
  });

  const oneWay: [string, string[]][] = [];
  const abbreviations: Entry[] = [];
  for (const [from, value] of Object.entries(parsed.data.einseitig)) {
    const path: FieldPath = ['einseitig', from];
    const targets = typeof value === 'string' ? [value] : value;
    const keys = keysOf(from, path);
    if (!keys) continue;
    if (targets.length === 0) {
      report(path, `Zu »${from}« fehlt die Langform, z. B. »${from}: Arbeitsgruppe«.`);
      continue;
    }
    const valid = targets.filter((target, position) => {
      const targetKeys = keysOf(target, typeof value === 'string' ? path : [...path, position]);
      if (targetKeys && samePhrase(targetKeys, keys)) {
        report(path, `»${from}« verweist auf sich selbst. Rechts steht die Langform, z. B. »AG: Arbeitsgruppe«.`);
        return false;
      }
      return targetKeys !== undefined;
    });
    abbreviations.push({text: from, keys, path, owner: `einseitig.${from}`});
    oneWay.push([from, valid]);
    entriesFound.push({texts: valid, abbreviation: from, field: fieldName(path), ...source.locate(path)});
  }

  // A word may stand in one place only: otherwise which words it finds would depend on the order of the list.
  const all = [...triggers, ...abbreviations];
  all.forEach((entry, index) => {
    const earlier = all.slice(0, index).find((other) => other.owner !== entry.owner && samePhrase(other.keys, entry.keys));
    if (earlier) {
      report(entry.path, `»${entry.text}« steht schon bei ${earlier.owner}${lineOf(earlier.path)} als »${earlier.text}«. Ein Wort darf nur in einer Gruppe oder bei einer Abkürzung stehen; bitte die Einträge zusammenführen.`);
    }
  });

  // With a mistake in the list, the search uses none of it (terms), but the check still says which entries find nothing.
  return {list: {terms: problems.length > 0 ? NO_TERMS : {groups, oneWay}, entries: entriesFound}, problems};
}

/**
 * Warnings for the content check: each group and abbreviation none of whose words (for an abbreviation: its long
 * forms) stands in `contentText` (all pages' text, as by searchableText) finds nothing on the site today.
 */
export function unfoundSearchTerms(list: SearchTermList, contentText: string): Problem[] {
  // Each word, without its last letters (»Flüchtlinge« also stands as »Flüchtlingen«), somewhere in the text.
  const occurs = (text: string): boolean =>
    tokenize(text).every((token) => {
      const written = searchableText(text.slice(token.start, token.end));
      return contentText.includes(written.slice(0, Math.max(4, written.length - 2)));
    });
  return list.entries
    .filter((entry) => !entry.texts.some(occurs))
    .map(({texts, abbreviation, field, line, column}) => ({
      file: SEARCH_TERMS_FILE,
      ...(line === undefined ? {} : {line, column}),
      field,
      severity: 'warning' as const,
      message:
        abbreviation === undefined
          ? `Keines der Wörter (${texts.join(', ')}) steht zurzeit auf einer Seite: die Gruppe findet nichts. Bitte prüfen, ob die Schreibweise stimmt.`
          : `Die Langform von »${abbreviation}« (${texts.join(', ')}) steht zurzeit auf keiner Seite: die Abkürzung findet nichts. Bitte prüfen, ob die Schreibweise stimmt.`,
    }));
}
