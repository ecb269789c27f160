/** `npm run write:issue-forms`: writes the issue form »Praxisbeispiel vorschlagen« from src/data/. */
import {writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {loadCarriers, loadVocabularies} from '../src/content/load';
import {formatProblem} from '../src/content/problems';
import {PRACTICE_FORM_FILE, practiceIssueForm} from './lib/issueForms';

const siteDir = resolve(__dirname, '..');
const {vocabularies, problems} = loadVocabularies(siteDir);
const {carriers, problems: carrierProblems} = loadCarriers(siteDir, vocabularies);
const all = [...problems, ...carrierProblems];
if (all.length > 0) {
  for (const problem of all) console.error(formatProblem(problem));
  process.exit(1);
}
writeFileSync(join(siteDir, PRACTICE_FORM_FILE), practiceIssueForm(vocabularies, carriers));
console.log(`${PRACTICE_FORM_FILE} geschrieben.`);
