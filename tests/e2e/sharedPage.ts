import {afterAll, beforeAll} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchChromium, openTrackedPage} from './browser';

/**
 * One Chromium and one tracked page for a whole test file: launched before the
 * first test, closed after the last. `assign` receives them.
 */
export function useSharedPage(assign: (shared: {browser: Browser; page: Page}) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    assign({browser, page: (await openTrackedPage(browser)).page});
  });
  afterAll(async () => {
    await browser?.close();
  });
}
