import {join} from 'node:path';
import {afterAll, beforeAll, inject} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium} from '../e2e/browser';
import {startStaticServer, type StaticServer} from '../e2e/server';
import {FIXTURE_BASE} from './fixture/site';

export interface ServedCopy {
  /** Folder of the copy. */
  dir: string;
  build: {status: number | null; output: string};
  /** Serves the copy's build with its security headers (when it built), below the base path only. */
  server: StaticServer;
  /** The served site's address up to the base path, without the final slash: `${site}/gute-praxis`. */
  site: string;
  browser: Browser;
}

/**
 * The fixture site that tests/build/globalSetup.ts built once for the build
 * project (tests/build/fixture/site.ts says what it holds), served on
 * 127.0.0.1 below its base path and opened in one Chromium for the test
 * file (`browser: false`: neither, for tests that read the built files; with
 * `serve: true`: the server only, for a test with a browser of its own). When
 * the build failed,
 * `build` says why and there is no server or browser.
 */
export function useFixtureBuild(options: {browser?: boolean; serve?: boolean} = {}): ServedCopy {
  const copy = {dir: inject('fixtureDir'), build: {status: inject('fixtureStatus'), output: inject('fixtureOutput')}} as ServedCopy;
  beforeAll(async () => {
    if (copy.build.status !== 0) return;
    if (options.serve ?? options.browser !== false) {
      copy.server = await startStaticServer(join(copy.dir, 'build'), {basePath: FIXTURE_BASE});
      copy.site = `${copy.server.origin}${FIXTURE_BASE.slice(0, -1)}`;
    }
    if (options.browser !== false) copy.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await copy.browser?.close();
    await copy.server?.close();
  });
  return copy;
}
