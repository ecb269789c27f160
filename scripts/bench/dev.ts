/**
 * The dev server as a contributor uses it (`npm start`, live preview): time
 * and memory to the first practice page, and how long an edit, a new file, a
 * renamed file and a deleted file take to show on the open page, without a
 * reload. Used by the bench (`npm run bench`) and by the live-preview test.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {ROOT} from '../lib/siteCopy';
import {treeRss} from './measure';

export interface DevFigures {
  ok: boolean;
  /** From starting the dev server to the practice page showing its title. */
  firstPageSeconds: number;
  peakRss: number;
  /** Edit of the practice's title → new title on the open page. */
  editSeconds: number;
  /** New practice file → its page answers. */
  addSeconds: number;
  /** Renamed file → the new address answers, the old one no longer. */
  renameSeconds: number;
  /** Deleted file → its address no longer answers. */
  deleteSeconds: number;
  /** Whether any of it needed a page reload (it should not). */
  reloaded: boolean;
  error?: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolvePort(port));
    });
  });
}

export interface DevServer {
  origin: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** `docusaurus start` in `siteDir` on a free port of 127.0.0.1; `stop` ends it and its children. */
export async function startDevServer(siteDir: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'start', '--host', '127.0.0.1', '--port', String(port), '--no-open'], {
    cwd: siteDir,
    // NODE_ENV as `npm start` has it (a test runner sets `test`, which neither browserslist nor the live preview know).
    env: {...process.env, NODE_ENV: 'development', BROWSER: 'none', NO_COLOR: '1', FORCE_COLOR: '0'},
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log = (log + chunk.toString('utf8')).slice(-20_000)));
  child.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString('utf8')).slice(-20_000)));
  return {
    origin: `http://127.0.0.1:${port}`,
    child,
    output: () => log,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        // The whole process group: the dev server starts workers of its own.
        process.kill(-child.pid!, 'SIGTERM');
      }),
  };
}

/**
 * Waits until the page JSON at `path` exists (`present`) or is gone (404, or
 * the dev server's `{"gone": true}`, see GoneFragment); seconds taken.
 */
async function untilStatus(page: Page, path: string, present: boolean, since: number, timeout: number): Promise<number> {
  await page.waitForFunction(
    async ([url, expected]) => {
      const response = await fetch(url, {cache: 'no-store'});
      const exists = response.ok && ((await response.json()) as {gone?: boolean}).gone !== true;
      return exists === expected;
    },
    [path, present] as const,
    {polling: 50, timeout},
  );
  return (performance.now() - since) / 1000;
}

const withTitle = (text: string, title: string): string => text.replace(/^title: .*$/m, `title: ${title}`);

/**
 * Measures the dev server on `siteDir` with the practice file `practiceFile`
 * (relative to the site). Leaves the site's files as they were.
 */
export async function measureDevServer(siteDir: string, practiceFile: string, browser: Browser, timeouts = {start: 900_000, change: 120_000}): Promise<DevFigures> {
  const slug = practiceFile.replace(/^.*\/|\.mdx?$/g, '');
  const original = readFileSync(join(siteDir, practiceFile), 'utf8');
  const figures: DevFigures = {ok: false, firstPageSeconds: 0, peakRss: 0, editSeconds: 0, addSeconds: 0, renameSeconds: 0, deleteSeconds: 0, reloaded: false};
  const started = performance.now();
  const server = await startDevServer(siteDir);
  const sampler = setInterval(() => (figures.peakRss = Math.max(figures.peakRss, treeRss(server.child.pid!))), 250);
  const context = await browser.newContext({locale: 'de-DE', viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const added = join(siteDir, 'docs/gute-praxis/live-vorschau-neu.md');
  const renamed = join(siteDir, 'docs/gute-praxis/live-vorschau-umbenannt.md');
  try {
    // The server answers once its first compilation is done; until then a request may be refused.
    const deadline = started + timeouts.start;
    for (;;) {
      try {
        await page.goto(`${server.origin}/gute-praxis/${slug}`, {timeout: timeouts.start});
        break;
      } catch (error) {
        if (performance.now() > deadline || server.child.exitCode !== null) throw error;
        await new Promise((wait) => setTimeout(wait, 500));
      }
    }
    await page.locator('main h1').first().waitFor({timeout: timeouts.start});
    figures.firstPageSeconds = (performance.now() - started) / 1000;
    await page.evaluate(() => ((window as unknown as {wpNotReloaded: boolean}).wpNotReloaded = true));

    const title = `Live-Vorschau ${Date.now()}`;
    const editStart = performance.now();
    writeFileSync(join(siteDir, practiceFile), withTitle(original, title));
    await page.locator('main h1', {hasText: title}).waitFor({timeout: timeouts.change});
    figures.editSeconds = (performance.now() - editStart) / 1000;

    const addStart = performance.now();
    writeFileSync(added, withTitle(original, 'Neu für die Live-Vorschau'));
    figures.addSeconds = await untilStatus(page, '/daten/seiten/gute-praxis/live-vorschau-neu.json', true, addStart, timeouts.change);

    const renameStart = performance.now();
    renameSync(added, renamed);
    figures.renameSeconds = await untilStatus(page, '/daten/seiten/gute-praxis/live-vorschau-umbenannt.json', true, renameStart, timeouts.change);
    await untilStatus(page, '/daten/seiten/gute-praxis/live-vorschau-neu.json', false, renameStart, timeouts.change);
    figures.renameSeconds = (performance.now() - renameStart) / 1000;

    const deleteStart = performance.now();
    rmSync(renamed);
    figures.deleteSeconds = await untilStatus(page, '/daten/seiten/gute-praxis/live-vorschau-umbenannt.json', false, deleteStart, timeouts.change);
    figures.reloaded = !(await page.evaluate(() => (window as unknown as {wpNotReloaded?: boolean}).wpNotReloaded === true));
    figures.ok = true;
  } catch (error) {
    figures.error = `${error instanceof Error ? error.message : String(error)}\n${server.output().slice(-3000)}`;
  } finally {
    clearInterval(sampler);
    writeFileSync(join(siteDir, practiceFile), original);
    rmSync(added, {force: true});
    rmSync(renamed, {force: true});
    await context.close();
    await server.stop();
  }
  return figures;
}
