/**
 * Time limits for tests that start something: a child process, a worker
 * thread, a build or a browser. vitest's default of 5 s is meant for pure
 * functions; on a 2-core CI machine that runs a build beside the suite, one
 * `tsx` start alone can take several seconds. Sized generously: a limit only
 * stops a hung test, it never measures speed (that is `npm run bench`).
 */

/** A test that starts one or more child processes (tsx scripts, the content check). */
export const PROCESS_TIMEOUT = 120_000;

/** A test that starts a worker thread (which compiles TypeScript on its way up). */
export const WORKER_TIMEOUT = 120_000;

/** A test that makes or encodes full-size photos with sharp (seconds of CPU each on a busy machine). */
export const IMAGE_TIMEOUT = 120_000;

/** A test that starts a file watcher (it reads the folders first, and reports saves with delay). */
export const WATCHER_TIMEOUT = 60_000;

/** A test that walks several pages in Chromium (each loads its scripts, runs axe or waits for the page to settle). */
export const BROWSER_TIMEOUT = 120_000;
