import {join} from 'node:path';
import {afterAll, beforeAll} from 'vitest';
import type {Browser} from 'playwright-core';
import {buildSite, copySite, removeAll} from '../../scripts/lib/siteCopy';
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
 * A copy of the site, changed by `prepare`, built, served on 127.0.0.1 and
 * opened in one Chromium for the test file; all of it removed afterwards.
 * When the build fails, `build` says why and there is no server or browser.
 */
export function useServedCopy(prefix: string, prepare: (dir: string) => void | Promise<void>): ServedCopy {
  const copy = {dir: copySite({prefix})} as ServedCopy;
  beforeAll(async () => {
    await prepare(copy.dir);
    copy.build = await buildSite(copy.dir);
    if (copy.build.status === 0) {
      copy.server = await startStaticServer(join(copy.dir, 'build'));
      copy.browser = await launchChromium();
    }
  }, 240_000);
  afterAll(async () => {
    await copy.browser?.close();
    await copy.server?.close();
    removeAll([copy.dir]);
  });
  return copy;
}
