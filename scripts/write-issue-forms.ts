/** `npm run write:issue-forms`: writes the issue form »Praxisbeispiel vorschlagen« from src/data/. */
import {writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {formatProblem} from '../src/content/problems';
import {CATALOGUE_DATA_FILES, loadSite, problemsIn} from '../src/content/site';
import {PRACTICE_FORM_FILE, practiceIssueForm} from './lib/issueForms';

const siteDir = resolve(__dirname, '..');
const {site, problems} = loadSite(siteDir);
const {vocabularies, carriers} = site;
const all = problemsIn(problems, CATALOGUE_DATA_FILES);
if (all.length > 0) {
  for (const problem of all) console.error(formatProblem(problem));
  process.exit(1);
}
writeFileSync(join(siteDir, PRACTICE_FORM_FILE), practiceIssueForm(vocabularies, carriers));
console.log(`${PRACTICE_FORM_FILE} geschrieben.`);
