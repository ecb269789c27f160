/**
 * Loads that do not mistake a half-saved file for the contributor's text.
 *
 * Under `npm start`, Docusaurus reloads a plugin as soon as its watcher sees a
 * file change. Many editors save in place: they empty the file, then write
 * it. A load that reads between the two sees a file without its front matter
 * or body, fails (or shows half a page), and the watcher does not report the
 * second write separately. The preview would then keep the old page until the
 * next save. So a load is repeated while files under the content folders were
 * written after it began.
 */
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** How long the file system's clock may lag behind `Date.now()` (it ticks in steps of a few milliseconds). */
const CLOCK_SLACK_MS = 10;
/** Pause before reading again: an editor's save is done long before. */
const PAUSE_MS = 150;

/** The newest modification time of any file below `roots` (folders or files); 0 when there are none. */
export function newestChange(roots: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return; // removed while looking: the next load sees that
    }
    if (!stats.isDirectory()) {
      newest = Math.max(newest, stats.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) if (!entry.startsWith('.') && entry !== 'node_modules') visit(join(path, entry));
  };
  for (const root of roots) visit(root);
  return newest;
}

/**
 * Runs `load`; when a file below `roots` changed while it ran, runs it again
 * (at most `tries` times), so the result (or the error) is that of the files
 * as they were last saved. For the dev server; a build reads files nobody
 * writes.
 */
export async function loadSettled<T>(roots: readonly string[], load: () => T | Promise<T>, tries = 4): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const started = Date.now() - CLOCK_SLACK_MS;
    let outcome: {ok: true; value: T} | {ok: false; error: unknown};
    try {
      outcome = {ok: true, value: await load()};
    } catch (error) {
      outcome = {ok: false, error};
    }
    if (attempt < tries && newestChange(roots) >= started) {
      await new Promise((wait) => setTimeout(wait, PAUSE_MS));
      continue;
    }
    if (outcome.ok) return outcome.value;
    throw outcome.error;
  }
}
