/**
 * `npm run new -- <praxis|bericht|kongress|meldung|termin> "Titel"`: creates a new
 * content file from the template, with a slug made from the German title.
 * Never overwrites. Asks for what is missing when run in a terminal.
 *
 * Options: --gruppe <id> (bericht), --datum JJJJ-MM-TT (bericht, meldung, termin; default today),
 * --jahr JJJJ (kongress; default: the year in the title, else next year).
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {input, select} from '@inquirer/prompts';
import {GROUPS_FILE} from '../src/content/loadCongressesAndGroups';
import {formatProblem} from '../src/content/problems';
import {loadSite, problemsIn} from '../src/content/site';
import {SCAFFOLD_KINDS, SCAFFOLD_KIND_LABELS, TEMPLATE_PATHS, nextSteps, scaffold, type ScaffoldKind, type Templates} from '../src/content/scaffold';

const USAGE = 'Aufruf: npm run new -- <praxis|bericht|kongress|meldung|termin> "Titel" [--gruppe <id>] [--datum JJJJ-MM-TT] [--jahr JJJJ]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {gruppe: {type: 'string'}, datum: {type: 'string'}, jahr: {type: 'string'}, dir: {type: 'string'}},
  });
  const siteDir = resolve(values.dir ?? resolve(__dirname, '..'));
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  let [type, title] = positionals as [string | undefined, string | undefined];

  if (type === undefined) {
    if (!interactive) fail('Es fehlt, was angelegt werden soll.');
    type = await select({message: 'Was möchten Sie anlegen?', choices: SCAFFOLD_KINDS.map((value) => ({value, name: SCAFFOLD_KIND_LABELS[value]}))});
  }
  if (!(SCAFFOLD_KINDS as readonly string[]).includes(type)) fail(`»${type}« kenne ich nicht. Möglich sind: ${SCAFFOLD_KINDS.join(', ')}.`);
  const contentType = type as ScaffoldKind;
  if (title === undefined || title.trim() === '') {
    if (!interactive) fail('Es fehlt der Titel (in Anführungszeichen).');
    title = await input({message: 'Titel:', validate: (value) => value.trim() !== '' || 'Bitte einen Titel eingeben.'});
  }

  const date = values.datum ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) fail(`--datum »${date}« ist kein Datum im Format JJJJ-MM-TT.`);
  let group = values.gruppe;
  if (contentType === 'bericht') {
    const loaded = loadSite(siteDir);
    const broken = problemsIn(loaded.problems, [GROUPS_FILE]);
    if (broken.length > 0) fail(`${GROUPS_FILE} hat Fehler; zuerst diese beheben:\n${broken.map(formatProblem).join('\n')}`);
    const groups = loaded.site.groups.map(({id, name}) => ({id, name}));
    if (group === undefined) {
      if (!interactive) fail(`Für einen Bericht fehlt --gruppe. Bekannte Arbeitsgruppen: ${groups.map((g) => g.id).join(', ')}.`);
      group = await select({message: 'Arbeitsgruppe:', choices: groups.map((g) => ({value: g.id, name: g.name}))});
    }
    if (!groups.some((g) => g.id === group)) fail(`Die Arbeitsgruppe »${group}« gibt es nicht in src/data/groups.yml. Bekannt: ${groups.map((g) => g.id).join(', ')}.`);
  }
  const year = values.jahr === undefined ? undefined : Number(values.jahr);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) fail(`--jahr »${values.jahr}« ist kein Jahr.`);

  const templates: Templates = Object.fromEntries(
    TEMPLATE_PATHS[contentType].map((path) => [path, readFileSync(join(siteDir, path), 'utf8')]),
  );
  const files = scaffold({type: contentType, title: title.trim(), date, group, year}, templates);
  const existing = files.filter((file) => existsSync(join(siteDir, file.path)) || existsSync(join(siteDir, file.path.replace(/\.md$/, '.mdx'))));
  if (existing.length > 0) fail(`${existing.map((file) => file.path).join(', ')} gibt es schon; nichts wurde überschrieben. Wählen Sie einen anderen Titel.`);
  for (const file of files) {
    mkdirSync(dirname(join(siteDir, file.path)), {recursive: true});
    writeFileSync(join(siteDir, file.path), file.content);
  }
  console.log(`Angelegt: ${files.map((file) => file.path).join(', ')}\n\nNächste Schritte:`);
  nextSteps(contentType, files).forEach((step, index) => console.log(`${index + 1}. ${step}`));
}

main().catch((error: unknown) => {
  // Ctrl+C in a prompt ends quietly.
  if (error instanceof Error && error.name === 'ExitPromptError') process.exit(130);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
