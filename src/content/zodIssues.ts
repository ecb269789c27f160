/**
 * Turns zod issues into German messages that say what is wrong and what would
 * be valid, with a hint per field where the schema alone cannot say it.
 */
import type {z} from 'zod';
import {suggestion} from './didYouMean';

export type Hints = Record<string, string>;

const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  boolean: 'true oder false',
  array: 'Liste, z. B. [a, b]',
  object: 'Gruppe von Feldern',
  undefined: 'nichts',
  null: 'nichts',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const show = (value: unknown): string => (typeof value === 'string' ? `»${value}«` : `»${JSON.stringify(value)}«`);

function getIn(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function germanIssueMessage(issue: z.core.$ZodIssue, input: unknown, allowedKeys: readonly string[], hint?: string): string {
  const value = getIn(input, issue.path);
  const withHint = (text: string): string => (hint ? `${text} ${hint}` : text);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return withHint('Pflichtfeld fehlt.');
      return withHint(`${show(value)} hat den falschen Typ: erwartet ${TYPE_NAMES[issue.expected] ?? issue.expected}, gefunden ${TYPE_NAMES[typeOf(value)] ?? typeOf(value)}.`);
    case 'too_small':
      if (issue.origin === 'array') return withHint('Die Liste ist leer; sie braucht mindestens einen Eintrag.');
      if (issue.origin === 'string') return withHint('Darf nicht leer sein.');
      return withHint(`${show(value)} ist zu klein: mindestens ${String(issue.minimum)}.`);
    case 'too_big':
      if (issue.origin === 'string') return `Ist ${String((value as string).length)} Zeichen lang; erlaubt sind höchstens ${String(issue.maximum)}.`;
      return withHint(`${show(value)} ist zu groß: höchstens ${String(issue.maximum)}.`);
    case 'unrecognized_keys':
      return issue.keys
        .map((key) => `Unbekanntes Feld »${key}«.${suggestion(key, allowedKeys)} Erlaubt sind: ${allowedKeys.join(', ')}.`)
        .join(' ');
    case 'invalid_format':
      if (issue.format === 'email') return `${show(value)} ist keine gültige E-Mail-Adresse (z. B. kontakt@example.org).`;
      if (issue.format === 'url') return withHint(`${show(value)} ist keine gültige Adresse (z. B. https://example.org/projekt).`);
      if (issue.format === 'regex') return withHint(`${show(value)} ist kein gültiger Kurzname: nur Kleinbuchstaben a–z, Ziffern und Bindestriche (z. B. gefluechtete).`);
      return withHint(`${show(value)} hat nicht das erwartete Format.`);
    default:
      return withHint(`${show(value)} ist ungültig.`);
  }
}
