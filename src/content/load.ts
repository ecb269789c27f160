/**
 * Reads and validates the catalogue's content: vocabularies, carriers and
 * practices. Collects every problem (never stops at the first, never drops an
 * entry silently). Used by `npm run check:content`, the build and the tests.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {z} from 'zod';
import {carriersSchema, type Carrier} from './carriers';
import {suggestion} from './didYouMean';
import {practiceFrontMatterSchema, type Practice} from './practice';
import type {Problem} from './problems';
import type {FileStamps} from './settled';
import {SLUG_PATTERN, vocabularySchema, type Vocabularies} from './vocabularies';
import {fieldName, parseYamlSource, type YamlSource} from './yamlSource';
import {germanIssueMessage, type Hints} from './zodIssues';
import {NATIONWIDE, FACET_WORDS, FACETS, type Facet} from '../vocabulary';

export const PRACTICES_DIR = 'docs/gute-praxis';
export const CARRIERS_FILE = 'src/data/carriers.yml';
/** The file of one facet's vocabulary. */
export const vocabularyFile = (facet: string): string => `src/data/${facet}.yml`;

export interface CatalogueContent {
  vocabularies: Vocabularies;
  carriers: Carrier[];
  practices: Practice[];
  problems: Problem[];
}

/** Splits `---\nyaml\n---\nbody`; the YAML starts on line 2. */
export function splitFrontMatter(text: string): {yaml: string; body: string; bodyLine: number} | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1]!;
  return {yaml, body: text.slice(match[0].length), bodyLine: yaml.split('\n').length + 3};
}

export function schemaProblems<T>(
  schema: z.ZodType<T>,
  value: unknown,
  source: YamlSource,
  file: string,
  options: {hints?: Hints; allowedKeys?: readonly string[]; prefix?: readonly (string | number)[]} = {},
): {data?: T; problems: Problem[]} {
  const result = schema.safeParse(value);
  if (result.success) return {data: result.data, problems: []};
  const problems = result.error.issues.map((issue) => {
    const path = [...(options.prefix ?? []), ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
    const atKey = issue.code === 'unrecognized_keys';
    const keyPath = atKey ? [...path, issue.keys[0]!] : path;
    const field = fieldName(keyPath);
    const hintKey = fieldName(issue.path.filter((part): part is string => typeof part === 'string'));
    return {
      file,
      ...source.locate(keyPath, atKey),
      field: field || undefined,
      message: germanIssueMessage(issue, value, options.allowedKeys ?? [], options.hints?.[hintKey]),
    };
  });
  return {problems};
}

export function readYamlFile(siteDir: string, file: string): {source?: YamlSource; problems: Problem[]} {
  const path = join(siteDir, file);
  if (!existsSync(path)) return {problems: [{file, message: 'Die Datei fehlt.'}]};
  const {source, problems} = parseYamlSource(readFileSync(path, 'utf8'), file);
  return problems.length > 0 ? {problems} : {source, problems};
}

export function loadVocabularies(siteDir: string): {vocabularies: Vocabularies; problems: Problem[]} {
  const problems: Problem[] = [];
  const vocabularies = {} as Vocabularies;
  for (const name of FACETS) {
    const file = vocabularyFile(name);
    const read = readYamlFile(siteDir, file);
    problems.push(...read.problems);
    vocabularies[name] = [];
    if (!read.source) continue;
    const {data, problems: found} = schemaProblems(vocabularySchema, read.source.value, read.source, file, {
      allowedKeys: ['slug', 'label', 'description'],
    });
    problems.push(...found);
    if (data) {
      vocabularies[name] = data;
      const seen = new Set<string>();
      data.forEach((entry, index) => {
        if (seen.has(entry.slug)) {
          problems.push({file, ...read.source!.locate([index, 'slug']), field: `[${index}].slug`, message: `Der Kurzname »${entry.slug}« kommt doppelt vor.`});
        }
        seen.add(entry.slug);
      });
    }
  }
  return {vocabularies, problems};
}

export function loadCarriers(siteDir: string, vocabularies: Vocabularies): {carriers: Carrier[]; problems: Problem[]} {
  const read = readYamlFile(siteDir, CARRIERS_FILE);
  if (!read.source) return {carriers: [], problems: read.problems};
  const source = read.source;
  const states = vocabularies.states.map((entry) => entry.slug);
  const {data, problems} = schemaProblems(carriersSchema, source.value ?? [], source, CARRIERS_FILE, {
    allowedKeys: ['id', 'name', 'url', 'city', 'state', 'description'],
    hints: {
      id: 'Die ID ist ein Kurzname aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. awo-bundesverband.',
      url: 'Erlaubt sind nur https-Adressen.',
    },
  });
  if (!data) return {carriers: [], problems};
  const seen = new Map<string, number>();
  data.forEach((carrier, index) => {
    const first = seen.get(carrier.id);
    if (first !== undefined) {
      problems.push({
        file: CARRIERS_FILE,
        ...source.locate([index, 'id']),
        field: `[${index}].id`,
        message: `Die ID »${carrier.id}« ist schon an Eintrag ${first + 1} vergeben; jede ID darf nur einmal vorkommen.`,
      });
    } else {
      seen.set(carrier.id, index);
    }
    if (carrier.state !== undefined && !states.includes(carrier.state)) {
      problems.push({
        file: CARRIERS_FILE,
        ...source.locate([index, 'state']),
        field: `[${index}].state`,
        message: `»${carrier.state}« ist kein Bundesland.${suggestion(carrier.state, states)} Gültig sind: ${states.join(', ')}.`,
      });
    }
  });
  return {carriers: data, problems};
}

/** Practice files: `*.md` and `*.mdx` in docs/gute-praxis, except `_`-prefixed templates and the index. */
export function listPracticeFiles(siteDir: string): string[] {
  const dir = join(siteDir, PRACTICES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => `${PRACTICES_DIR}/${entry.name}`)
    .sort();
}

export function validatePractice(
  file: string,
  text: string,
  context: {vocabularies: Vocabularies; carrierIds: ReadonlySet<string>; currentYear: number},
): {practice?: Practice; problems: Problem[]} {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  const problems: Problem[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file,
      message: `Der Dateiname »${slug}« taugt nicht als Adresse: nur Kleinbuchstaben a–z, Ziffern und Bindestriche (ä → ae, ß → ss), z. B. lesetandems-an-grundschulen.md.`,
    });
  }
  const split = splitFrontMatter(text);
  if (!split) {
    return {problems: [...problems, {file, line: 1, column: 1, message: 'Der Kopfbereich (Front Matter) fehlt: Die Datei muss mit einer Zeile »---« beginnen, dann die Felder, dann wieder »---«.'}]};
  }
  const parsed = parseYamlSource(split.yaml, file, 2);
  if (parsed.problems.length > 0) return {problems: [...problems, ...parsed.problems]};
  const source = parsed.source;
  const schema = practiceFrontMatterSchema(context.currentYear);
  const listHint = (name: Facet): string =>
    `Gültig sind: ${context.vocabularies[name].map((entry) => entry.slug).join(', ')}.`;
  const {data, problems: schemaIssues} = schemaProblems(schema, source.value ?? {}, source, file, {
    allowedKeys: Object.keys(schema.shape),
    hints: {
      title: 'Erwartet wird ein Titel mit höchstens 120 Zeichen.',
      description: 'Erwartet wird ein Kurztext mit höchstens 300 Zeichen (Anrisstext auf der Karte).',
      carrier: 'Erwartet wird eine ID aus src/data/carriers.yml.',
      since: `Erwartet wird das Startjahr als Zahl zwischen 2000 und ${context.currentYear + 1}.`,
      sample: 'Erwartet wird true (Beispielinhalt) oder false.',
      ...Object.fromEntries(FACETS.map((name) => [name, listHint(name)])),
    },
  });
  problems.push(...schemaIssues);
  if (!data) return {problems};

  for (const name of FACETS) {
    const valid = context.vocabularies[name].map((entry) => entry.slug);
    const seen = new Set<string>();
    data[name].forEach((value, index) => {
      if (!valid.includes(value)) {
        problems.push({
          file,
          ...source.locate([name, index]),
          field: `${name}[${index}]`,
          message: `»${value}« ist kein Wert der Liste ${FACET_WORDS[name].heading}.${suggestion(value, valid)} ${listHint(name)}`,
        });
      } else if (seen.has(value)) {
        problems.push({file, ...source.locate([name, index]), field: `${name}[${index}]`, message: `»${value}« steht doppelt in der Liste.`});
      }
      seen.add(value);
    });
  }
  if (data.states.includes(NATIONWIDE) && data.states.length > 1) {
    problems.push({
      file,
      ...source.locate(['states']),
      field: 'states',
      message: `»${NATIONWIDE}« gilt schon für jedes Land; bitte entweder [${NATIONWIDE}] oder einzelne Länder angeben.`,
    });
  }
  if (!context.carrierIds.has(data.carrier)) {
    problems.push({
      file,
      ...source.locate(['carrier']),
      field: 'carrier',
      message: `»${data.carrier}« ist keine bekannte Träger-ID.${suggestion(data.carrier, context.carrierIds)} Gültig sind die IDs aus ${CARRIERS_FILE}; eine neue Trägerin dort zuerst eintragen.`,
    });
  }
  if (problems.length > 0) return {problems};
  return {practice: {...data, slug, file, body: split.body, bodyLine: split.bodyLine}, problems};
}

/**
 * Validation results by file, kept by the dev server between two loads: a
 * file whose text and context (vocabularies, carriers, year) did not change
 * is not validated again, and one whose modification time and size did not
 * change (see FileStamps) is not even read: at 10,000 practices, reading
 * them all took longer than the rest of a load.
 */
export interface ValidationCache {
  context: string;
  files: Map<string, {stamp?: string; text: string; result: ReturnType<typeof validatePractice>}>;
}

export const createValidationCache = (): ValidationCache => ({context: '', files: new Map()});

export function loadCatalogue(siteDir: string, options: {currentYear?: number; cache?: ValidationCache; stamps?: FileStamps} = {}): CatalogueContent {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const {vocabularies, problems} = loadVocabularies(siteDir);
  const {carriers, problems: carrierProblems} = loadCarriers(siteDir, vocabularies);
  problems.push(...carrierProblems);
  const carrierIds = new Set(carriers.map((carrier) => carrier.id));
  const practices: Practice[] = [];
  const slugs = new Map<string, string>();
  const cache = options.cache;
  const context = cache ? JSON.stringify([vocabularies, carriers, currentYear]) : '';
  if (cache && cache.context !== context) cache.files.clear();
  if (cache) cache.context = context;
  const files = listPracticeFiles(siteDir);
  if (cache) {
    const present = new Set(files);
    for (const file of [...cache.files.keys()]) if (!present.has(file)) cache.files.delete(file);
  }
  for (const file of files) {
    const cached = cache?.files.get(file);
    const stamp = options.stamps?.get(join(siteDir, file));
    let result: ReturnType<typeof validatePractice>;
    if (cached && stamp !== undefined && cached.stamp === stamp) {
      result = cached.result;
    } else {
      const text = readFileSync(join(siteDir, file), 'utf8');
      result = cached?.text === text ? cached.result : validatePractice(file, text, {vocabularies, carrierIds, currentYear});
      cache?.files.set(file, {stamp, text, result});
    }
    problems.push(...result.problems);
    if (!result.practice) continue;
    const other = slugs.get(result.practice.slug);
    if (other) {
      problems.push({file, message: `Die Adresse /gute-praxis/${result.practice.slug} gibt es schon (${other}); bitte die Datei umbenennen.`});
      continue;
    }
    slugs.set(result.practice.slug, file);
    practices.push(result.practice);
  }
  return {vocabularies, carriers, practices, problems};
}
