/**
 * `npm run preview:approval -- --pr <file> --sha <commit>`: reads a pull
 * request as GitHub's REST API gives it and writes `publish`, `fork` and the
 * German `reason` for the workflow (to $GITHUB_OUTPUT, else to standard
 * output; scripts/lib/previewApproval.ts).
 */
import {appendFileSync, readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {previewApproval, type PullRequestFacts} from './lib/previewApproval';

const {values} = parseArgs({options: {pr: {type: 'string'}, sha: {type: 'string'}}});
if (!values.pr || !values.sha) {
  console.error('Aufruf: npm run preview:approval -- --pr <Datei mit dem Pull Request als JSON> --sha <gebauter Commit>');
  process.exit(2);
}
const pr = JSON.parse(readFileSync(values.pr, 'utf8')) as PullRequestFacts;
const {publish, fork, reason} = previewApproval(pr, values.sha);
console.error(reason);
const line = `publish=${publish}\nfork=${fork}\nreason=${reason}\n`;
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, line);
else process.stdout.write(line);
