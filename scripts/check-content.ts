/**
 * `npm run check:content`: validates the content without building the site.
 * Prints every problem at once (file:line:column – field: message) and exits
 * non-zero when there is one. `--format github` prints GitHub Actions
 * annotations, shown inline in a pull request.
 */
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {loadCatalogue} from '../src/content/load';
import {loadCongresses, loadGroups} from '../src/content/loadStructured';
import {formatGithubAnnotation, formatProblem, sortProblems} from '../src/content/problems';

const {values} = parseArgs({options: {format: {type: 'string', default: 'text'}, dir: {type: 'string'}}});
if (values.format !== 'text' && values.format !== 'github') {
  console.error(`--format kennt »text« und »github«, nicht »${values.format}«.`);
  process.exit(2);
}
const siteDir = resolve(values.dir ?? resolve(__dirname, '..'));
const started = performance.now();
const {practices, carriers, vocabularies, problems} = loadCatalogue(siteDir);
const {congresses, problems: congressProblems} = loadCongresses(siteDir);
const {groups, problems: groupProblems} = loadGroups(siteDir, vocabularies);
problems.push(...congressProblems, ...groupProblems);
const reports = groups.reduce((sum, group) => sum + group.reports.length, 0);
const milliseconds = Math.round(performance.now() - started);

for (const problem of sortProblems(problems)) {
  console.log(values.format === 'github' ? formatGithubAnnotation(problem) : formatProblem(problem));
}
const checked = `${practices.length} Praxisbeispiele, ${carriers.length} Träger*innen, ${congresses.length} Fachkongresse, ${groups.length} Arbeitsgruppen mit ${reports} Berichten in ${milliseconds} ms geprüft`;
if (problems.length > 0) {
  console.error(`\n${problems.length === 1 ? 'Ein Fehler' : `${problems.length} Fehler`} gefunden (${checked}).`);
  process.exitCode = 1;
} else {
  console.log(`Keine Fehler: ${checked}.`);
}
