/**
 * `npm run check:content`: validates the content without building the site.
 * Prints every problem at once (file:line:column – field: message) and exits
 * non-zero when there is one. `--format github` prints GitHub Actions
 * annotations, shown inline in a pull request.
 */
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {checkContent} from '../src/content/checkAll';
import {formatGithubAnnotation, formatProblem, sortProblems} from '../src/content/problems';

const {values} = parseArgs({options: {format: {type: 'string', default: 'text'}, dir: {type: 'string'}}});
if (values.format !== 'text' && values.format !== 'github') {
  console.error(`--format kennt »text« und »github«, nicht »${values.format}«.`);
  process.exit(2);
}
const siteDir = resolve(values.dir ?? resolve(__dirname, '..'));
const started = performance.now();
const {problems, summary} = checkContent(siteDir);
const milliseconds = Math.round(performance.now() - started);

for (const problem of sortProblems(problems)) {
  console.log(values.format === 'github' ? formatGithubAnnotation(problem) : formatProblem(problem));
}
const checked = `${summary.pages} Markdown-Seiten (darunter ${summary.practices} Praxisbeispiele und ${summary.posts} Meldungen), ${summary.carriers} Träger*innen, ${summary.congresses} Fachkongresse, ${summary.groups} Arbeitsgruppen mit ${summary.reports} Berichten in ${milliseconds} ms geprüft`;
if (problems.length > 0) {
  console.error(`\n${problems.length === 1 ? 'Ein Fehler' : `${problems.length} Fehler`} gefunden (${checked}).`);
  process.exitCode = 1;
} else {
  console.log(`Keine Fehler: ${checked}.`);
}
