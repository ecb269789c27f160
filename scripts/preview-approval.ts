/**
 * `npm run preview:approval -- --pr <file> --statuses <file> --sha <commit>`:
 * reads a pull request and its commit's statuses as GitHub's REST API gives
 * them and writes `publish`, `fork`, `waiting` and the German `reason` for the
 * workflow (to $GITHUB_OUTPUT, else to standard output;
 * scripts/lib/previewApproval.ts).
 */
import {appendFileSync, readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {previewApproval, type CommitStatus, type PullRequestFacts} from './lib/previewApproval';

const {values} = parseArgs({options: {pr: {type: 'string'}, statuses: {type: 'string'}, sha: {type: 'string'}}});
if (!values.pr || !values.statuses || !values.sha) {
  console.error('Aufruf: npm run preview:approval -- --pr <Pull Request als JSON> --statuses <Status des Commits als JSON> --sha <gebauter Commit>');
  process.exit(2);
}
const pr = JSON.parse(readFileSync(values.pr, 'utf8')) as PullRequestFacts;
// `gh api --paginate` joins the pages' arrays into one array per page: flattened.
const statuses = (JSON.parse(`[${readFileSync(values.statuses, 'utf8').trim().replace(/\]\s*\[/g, '],[')}]`) as CommitStatus[][]).flat();
const {publish, fork, waiting, reason} = previewApproval(pr, values.sha, statuses);
console.error(reason);
const lines = `publish=${publish}\nfork=${fork}\nwaiting=${waiting}\nreason=${reason}\n`;
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, lines);
else process.stdout.write(lines);
