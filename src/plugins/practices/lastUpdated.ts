/**
 * »Zuletzt aktualisiert« for every practice from one `git log` pass (one git
 * call per file would take minutes at 10,000 practices). Files that git does
 * not know (uncommitted, or no repository) get no date.
 */
import {spawnSync} from 'node:child_process';

/** Parses `git log --format=%x00%ct --name-only` output: file → newest commit time (ms). */
export function parseGitLog(output: string): Map<string, number> {
  const latest = new Map<string, number>();
  for (const block of output.split('\0').slice(1)) {
    const [stamp, ...files] = block.split('\n');
    const time = Number(stamp) * 1000;
    if (!Number.isFinite(time)) continue;
    for (const file of files) {
      const path = file.trim();
      if (path && !latest.has(path)) latest.set(path, time);
    }
  }
  return latest;
}

export function lastUpdatedTimes(siteDir: string, folder: string): Map<string, number> {
  const result = spawnSync('git', ['log', '--format=%x00%ct', '--name-only', '--no-renames', '--relative', '--', folder], {
    cwd: siteDir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0 || typeof result.stdout !== 'string') return new Map();
  return parseGitLog(result.stdout);
}
