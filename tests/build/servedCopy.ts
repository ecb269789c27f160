import {join} from 'node:path';
import {afterAll, beforeAll, inject} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium} from '../e2e/browser';
import {startStaticServer, type StaticServer} from '../e2e/server';

export interface ServedCopy {
  /** Folder of the copy. */
  dir: string;
  build: {status: number | null; output: string};
  /** Serves the copy's build with its security headers (when it built). */
  server: StaticServer;
  browser: Browser;
}

/**
 * The fixture site that tests/build/globalSetup.ts built once for the build
 * project (tests/build/fixture/site.ts says what it holds), served on
 * 127.0.0.1 and opened in one Chromium for the test file (`browser: false`:
 * neither, for tests that read the built files). When the build failed,
 * `build` says why and there is no server or browser.
 */
export function useFixtureBuild(options: {browser?: boolean} = {}): ServedCopy {
  const copy = {dir: inject('fixtureDir'), build: {status: inject('fixtureStatus'), output: inject('fixtureOutput')}} as ServedCopy;
  beforeAll(async () => {
    if (copy.build.status === 0 && options.browser !== false) {
      copy.server = await startStaticServer(join(copy.dir, 'build'));
      copy.browser = await launchChromium();
    }
  }, 120_000);
  afterAll(async () => {
    await copy.browser?.close();
    await copy.server?.close();
  });
  return copy;
}
