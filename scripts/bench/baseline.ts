/**
 * An earlier state of the code, built in the same bench run: same machine,
 * same moment, its own generated corpus. Figures of single builds are not
 * comparable across days on shared virtual machines (the code of commit
 * cab6480 built its 10,000 practices in 15.7 s on 2026-11-26 and in 42–49 s
 * on 2026-11-28; the stock build went from 397 s to 720 s between the same
 * days). A budget such as »at most 1.3 × the build before #17« is therefore
 * checked against a build of that state in the same run:
 *
 *   npm run bench -- --pages 10000 --baseline cab6480
 *
 * The state is checked out with `git worktree` (so a clone with history is
 * needed) and shares this checkout's node_modules; it generates its corpus
 * with its own generator (scripts/bench/corpus.ts of that state), as its own
 * bench would have.
 */
import {spawnSync} from 'node:child_process';
import {rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from '../lib/siteCopy';

export interface BaselineSite {
  /** The commit the reference names. */
  commit: string;
  /** The site with the generated corpus, ready to build. */
  siteDir: string;
  remove: () => void;
}

function git(args: string[], cwd = ROOT): string {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8'});
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout.trim();
}

/** What the earlier state runs to make its site: its own copy of the site and its own corpus. */
const GENERATOR = `
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {copySite, ROOT} from './scripts/lib/siteCopy';
import {generateCorpus, loadVocabularies} from './scripts/bench/corpus';
const [target, practices, posts, seed] = process.argv.slice(2);
const corpus = generateCorpus(loadVocabularies(ROOT), {practices: Number(practices), posts: Number(posts), seed: Number(seed)});
copySite({target});
for (const file of corpus) {
  // Generated carriers and groups join the site's own, as in the bench.
  const merged = file.path === 'src/data/carriers.yml' || file.path === 'src/data/groups.yml';
  const content = merged ? readFileSync(join(ROOT, file.path), 'utf8') + '\\n' + file.content : file.content;
  mkdirSync(dirname(join(target, file.path)), {recursive: true});
  writeFileSync(join(target, file.path), content);
}
`;

export function prepareBaseline(ref: string, workDir: string, corpus: {practices: number; posts: number; seed: number}): BaselineSite {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  const source = join(workDir, 'baseline-source');
  const siteDir = join(workDir, 'baseline');
  const remove = (): void => {
    spawnSync('git', ['worktree', 'remove', '--force', source], {cwd: ROOT});
    rmSync(source, {recursive: true, force: true});
    rmSync(siteDir, {recursive: true, force: true});
  };
  remove();
  git(['worktree', 'add', '--detach', source, commit]);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
    writeFileSync(join(source, 'bench-baseline-site.ts'), GENERATOR);
    const made = spawnSync(process.execPath, ['--import', 'tsx', 'bench-baseline-site.ts', siteDir, String(corpus.practices), String(corpus.posts), String(corpus.seed)], {
      cwd: source,
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new Error(`Stand ${ref}: Korpus nicht erzeugt: ${(made.stderr || made.stdout).trim().slice(-2000)}`);
  } catch (error) {
    remove();
    throw error;
  }
  return {commit, siteDir, remove};
}
