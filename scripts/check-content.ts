/**
 * `npm run check:content`: validates the content without building the site.
 * Prints every problem at once (file:line:column – field: message) and exits
 * non-zero when there is one. `--format github` prints GitHub Actions
 * annotations, shown inline in a pull request.
 */
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {checkContent} from '../src/content/checkAll';
import {formatGithubAnnotation, formatProblem, isWarning, sortProblems} from '../src/content/problems';

const {values} = parseArgs({options: {format: {type: 'string', default: 'text'}, dir: {type: 'string'}, strict: {type: 'boolean', default: false}}});
if (values.format !== 'text' && values.format !== 'github') {
  console.error(`--format kennt »text« und »github«, nicht »${values.format}«.`);
  process.exit(2);
}
const siteDir = resolve(values.dir ?? resolve(__dirname, '..'));
const started = performance.now();
const {problems, summary} = checkContent(siteDir);
const milliseconds = Math.round(performance.now() - started);

// --strict (release builds): warnings such as unfilled placeholders count as errors.
const reported = values.strict ? problems.map((problem) => ({...problem, severity: 'error' as const})) : problems;
for (const problem of sortProblems(reported)) {
  console.log(values.format === 'github' ? formatGithubAnnotation(problem) : formatProblem(problem));
}
const errors = reported.filter((problem) => !isWarning(problem)).length;
const warnings = reported.length - errors;
const checked = `${summary.pages} Markdown-Seiten (darunter ${summary.practices} Praxisbeispiele und ${summary.posts} Meldungen), ${summary.carriers} Träger*innen, ${summary.congresses} Fachkongresse, ${summary.groups} Arbeitsgruppen mit ${summary.reports} Berichten, ${summary.events} Termine in ${milliseconds} ms geprüft`;
const warningNote = warnings === 0 ? '' : ` ${warnings === 1 ? 'Ein Hinweis' : `${warnings} Hinweise`} (Platzhalter, Suchbegriffe ohne Treffer): vor einer Veröffentlichung erledigen; mit --strict sind sie Fehler.`;
if (errors > 0) {
  console.error(`\n${errors === 1 ? 'Ein Fehler' : `${errors} Fehler`} gefunden (${checked}).${warningNote}`);
  process.exitCode = 1;
} else {
  console.log(`${warnings > 0 ? '\n' : ''}Keine Fehler: ${checked}.${warningNote}`);
}
