import {afterAll, beforeAll, beforeEach, expect} from 'vitest';
import type {Browser, Page, Request} from 'playwright-core';
import {launchChromium, openWarmTab, type WarmTab} from './browser';
import {collectErrors} from './site';

export interface FreshPage {
  browser: Browser;
  page: Page;
  /** Console and page errors; each test ends with none (clear it for an expected one). */
  errors: string[];
  /** Paths of every request the page made. */
  requests: string[];
}

/**
 * One Chromium for a test file and a fresh tracked page for every test (one
 * tab, taken back to a new tab's state before each test, which keeps only its
 * caches: browser.ts, openWarmTab); after each test, no request may have
 * left 127.0.0.1 and no error may have been logged. `assign` receives the
 * page each time it is made fresh; `open(width)` does that mid-test (e.g. for
 * a phone width).
 */
export function useFreshPage(assign: (fresh: FreshPage) => void): {open: (width?: number) => Promise<void>} {
  let browser: Browser | undefined;
  let tab: WarmTab | undefined;
  const errors: string[] = [];
  const requests: string[] = [];
  const open = async (width = 1280): Promise<void> => {
    const page = await tab!.fresh({width});
    errors.length = 0;
    requests.length = 0;
    assign({browser: browser!, page, errors, requests});
  };
  beforeAll(async () => {
    browser = await launchChromium();
    tab = await openWarmTab(browser, (page) => {
      collectErrors(page, errors);
      page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await open();
    return () => {
      expect(tab!.externalRequests).toEqual([]);
      expect(errors).toEqual([]);
    };
  });
  return {open};
}
