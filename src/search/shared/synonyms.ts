/**
 * The editors' search terms (src/data/suchbegriffe.yml) as the engine uses
 * them: which runs of query words also find which other words. Shared by the
 * content check, the indexer (which puts the list into the manifest), the
 * Algolia push and the browser. Free of Node and React imports.
 */
import {stem, tokenize, type Token} from './normalize';

/** The list as editors write it: two-way groups and one-way abbreviations (`AG` → `Arbeitsgruppe`). */
export interface SearchTerms {
  groups: string[][];
  oneWay: [from: string, to: string[]][];
}

export const NO_TERMS: SearchTerms = {groups: [], oneWay: []};

/** One rule: a word or phrase of the query that also finds other words or phrases. */
export interface TermRule {
  /** Primary keys of the trigger's words. */
  trigger: string[];
  /** The trigger as written in the list. */
  text: string;
  /** What it also finds, as written in the list. */
  alternatives: string[];
}

/** Primary keys of a word or phrase (stop words left out, as in queries). */
export const phraseKeys = (text: string, names?: ReadonlySet<string>): string[] => tokenize(text, names).map((token) => token.keys[0]!);

/** Every member of a group triggers the others; an abbreviation triggers its long forms only. */
export function termRules(terms: SearchTerms, names?: ReadonlySet<string>): TermRule[] {
  const rules: TermRule[] = [];
  for (const group of terms.groups) {
    for (const member of group) {
      const trigger = phraseKeys(member, names);
      if (trigger.length > 0) rules.push({trigger, text: member, alternatives: group.filter((other) => other !== member)});
    }
  }
  for (const [from, to] of terms.oneWay) {
    const trigger = phraseKeys(from, names);
    if (trigger.length > 0) rules.push({trigger, text: from, alternatives: to});
  }
  // Longest triggers first: »junge Menschen« wins over a rule for »Menschen« alone.
  return rules.sort((a, b) => b.trigger.length - a.trigger.length);
}

/** The same word for a trigger: the same key or the same stem (»Flüchtlingen« is »Flüchtlinge«). */
export const sameWord = (queryKey: string, triggerKey: string): boolean => queryKey === triggerKey || stem(queryKey) === stem(triggerKey);

/** A run of query words searched together, with what its rule also finds. */
export interface QueryTerm {
  tokens: Token[];
  /** The rule's trigger text, when a rule matched. */
  rule?: string;
  alternatives: string[];
}

/**
 * Splits the query's words into terms: at each word, the longest rule whose trigger the next words spell;
 * otherwise the word alone.
 */
export function queryTerms(tokens: Token[], rules: readonly TermRule[]): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (let index = 0; index < tokens.length; ) {
    const rule = rules.find(
      (candidate) =>
        index + candidate.trigger.length <= tokens.length &&
        candidate.trigger.every((key, offset) => sameWord(tokens[index + offset]!.keys[0]!, key)),
    );
    if (rule) {
      terms.push({tokens: tokens.slice(index, index + rule.trigger.length), rule: rule.text, alternatives: rule.alternatives});
      index += rule.trigger.length;
    } else {
      terms.push({tokens: [tokens[index]!], alternatives: []});
      index += 1;
    }
  }
  return terms;
}
