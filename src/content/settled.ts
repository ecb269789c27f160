/**
 * Loads that do not mistake a half-saved file for the contributor's text.
 *
 * Under `npm start`, Docusaurus reloads a plugin as soon as its watcher sees a
 * file change. Many editors save in place: they empty the file, then write
 * it. A load that reads between the two sees a file without its front matter
 * or body, fails (or shows half a page), and the watcher does not report the
 * second write separately. The preview would then keep the old page until the
 * next save. So a load is repeated while files under the content folders were
 * written after it began. On a busy machine the editor may be held up between
 * emptying and writing for longer than a whole load: a load that fails waits
 * a moment and looks again before it reports the mistake.
 */
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** Pause before reading again: an editor's save is done long before. */
const PAUSE_MS = 150;

/** Every file below some folders, by absolute path: its modification time and size (`mtimeMs:size`). */
export type FileStamps = ReadonlyMap<string, string>;

/** Every file below `roots` (folders or files) with its modification time and size. */
export function snapshot(roots: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (path: string): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return; // removed while looking: the next snapshot sees that
    }
    if (!stats.isDirectory()) {
      files.set(path, `${stats.mtimeMs}:${stats.size}`);
      return;
    }
    for (const entry of readdirSync(path)) if (!entry.startsWith('.') && entry !== 'node_modules') visit(join(path, entry));
  };
  for (const root of roots) visit(root);
  return files;
}

const same = (a: Map<string, string>, b: Map<string, string>): boolean => a.size === b.size && [...a].every(([file, stamp]) => b.get(file) === stamp);

/**
 * Runs `load`; when a file below `roots` was written, added or removed while
 * it ran (its modification time or size differs before and after), runs it
 * again (at most `tries` times), so the result (or the error) is that of the
 * files as they were last saved. Comparing the files themselves, not clocks:
 * a save just before the load does not count. For the dev server; a build
 * reads files nobody writes. `load` gets the files' stamps as they were
 * before it began: a cache may skip reading a file whose stamp it knows.
 */
export async function loadSettled<T>(roots: readonly string[], load: (stamps: FileStamps) => T | Promise<T>, tries = 4): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const before = snapshot(roots);
    let outcome: {ok: true; value: T} | {ok: false; error: unknown};
    try {
      outcome = {ok: true, value: await load(before)};
    } catch (error) {
      outcome = {ok: false, error};
    }
    if (attempt < tries && !same(before, snapshot(roots))) {
      await new Promise((wait) => setTimeout(wait, PAUSE_MS));
      continue;
    }
    // A failure over a file still being saved (emptied, not yet written): the save ends during the pause.
    if (!outcome.ok && attempt < tries) {
      await new Promise((wait) => setTimeout(wait, PAUSE_MS));
      if (!same(before, snapshot(roots))) continue;
    }
    if (outcome.ok) return outcome.value;
    throw outcome.error;
  }
}
