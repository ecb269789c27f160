/**
 * `npm run issue:practice -- --event <event.json> --out <folder> [--dir <site>]`:
 * turns an issue »Praxisbeispiel vorschlagen« into a practice file, as the
 * workflow .github/workflows/praxis-aus-issue.yml does when a maintainer adds
 * the label »übernehmen«.
 *
 * Reads the issue from the recorded GitHub event (GITHUB_EVENT_PATH in a
 * workflow), writes the file into the site and runs the content check on it.
 * Writes into --out: result.json ({ok, …}), and either pr-body.md and
 * commit-message.txt (valid) or comment.md (what the submitter should fix).
 * With GITHUB_OUTPUT set it also writes the step outputs `ok`, `path`, `title`
 * and `branch`. Exit 0 in both cases; 1 only when the event cannot be read.
 */
import {appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {checkContent} from '../src/content/checkAll';
import {formatProblem} from '../src/content/problems';
import {CATALOGUE_DATA_FILES, loadSite, problemsIn} from '../src/content/site';
import {PRACTICE_FORM_FILE} from './lib/issueForms';
import {formProblemsFromCheck, practiceFromIssue, problemsComment, pullRequest, type FormProblem, type IssueInput} from './lib/practiceIssue';

const USAGE = 'Aufruf: npm run issue:practice -- --event <Ereignis.json> --out <Ordner> [--dir <Website>]';

function readIssue(eventFile: string): IssueInput {
  const event = JSON.parse(readFileSync(eventFile, 'utf8')) as {issue?: {number?: unknown; body?: unknown; user?: {login?: unknown; id?: unknown}}};
  const issue = event.issue;
  if (!issue || typeof issue.number !== 'number' || typeof issue.user?.login !== 'string' || typeof issue.user.id !== 'number') {
    throw new Error(`${eventFile} ist kein Issue-Ereignis von GitHub (es fehlen issue.number oder issue.user).`);
  }
  return {number: issue.number, body: typeof issue.body === 'string' ? issue.body : '', author: {login: issue.user.login, id: issue.user.id}};
}

function main(): void {
  const {values} = parseArgs({options: {event: {type: 'string'}, out: {type: 'string'}, dir: {type: 'string'}}});
  if (!values.event || !values.out) throw new Error(`Es fehlen --event oder --out.\n${USAGE}`);
  const siteDir = resolve(values.dir ?? resolve(__dirname, '..'));
  const out = resolve(values.out);
  mkdirSync(out, {recursive: true});
  const issue = readIssue(resolve(values.event));

  const loaded = loadSite(siteDir);
  const {vocabularies, carriers} = loaded.site;
  const broken = problemsIn(loaded.problems, CATALOGUE_DATA_FILES);
  if (broken.length > 0) throw new Error(`src/data/ hat Fehler; zuerst diese beheben:\n${broken.map(formatProblem).join('\n')}`);
  const form = readFileSync(join(siteDir, PRACTICE_FORM_FILE), 'utf8');
  const conversion = practiceFromIssue(issue, {form, vocabularies, carriers});

  let problems: FormProblem[] = conversion.ok ? [] : conversion.problems;
  if (conversion.ok) {
    const target = join(siteDir, conversion.file.path);
    if (existsSync(target)) {
      problems = [{label: 'Titel', message: `Eine Seite mit der Adresse /${conversion.file.path.replace(/^docs\//, '').replace(/\.md$/, '')} gibt es schon. Bitte wählen Sie einen anderen Titel.`}];
    } else {
      mkdirSync(dirname(target), {recursive: true});
      writeFileSync(target, conversion.file.content);
      problems = formProblemsFromCheck(checkContent(siteDir).problems, conversion.file.path, form);
      // An invalid file is not left behind for the next step to commit.
      if (problems.length > 0) rmSync(target);
    }
  }

  const outputs: Record<string, string> = {ok: String(problems.length === 0)};
  if (conversion.ok && problems.length === 0) {
    const request = pullRequest(issue, conversion.file);
    writeFileSync(join(out, 'pr-body.md'), `${request.body}\n`);
    writeFileSync(join(out, 'commit-message.txt'), `${request.commitMessage}\n`);
    Object.assign(outputs, {path: conversion.file.path, title: request.title, branch: request.branch});
    console.log(`${conversion.file.path} geschrieben; die Inhaltsprüfung ist ohne Fehler.`);
  } else {
    writeFileSync(join(out, 'comment.md'), `${problemsComment(problems)}\n`);
    console.log(`Der Vorschlag in #${issue.number} hat ${problems.length === 1 ? 'ein Problem' : `${problems.length} Probleme`}:\n${problems.map((entry) => `  ${entry.label}: ${entry.message}`).join('\n')}`);
  }
  writeFileSync(join(out, 'result.json'), `${JSON.stringify({...outputs, ok: problems.length === 0, problems}, null, 2)}\n`);
  // Step outputs are single lines; the title is plain text without line breaks (plainText).
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, Object.entries(outputs).map(([key, value]) => `${key}=${value}\n`).join(''));
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
