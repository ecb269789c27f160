import {afterAll, beforeAll, beforeEach, expect} from 'vitest';
import type {Browser, Page, Request} from 'playwright-core';
import {launchChromium, openTrackedPage} from './browser';
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
 * One Chromium for a test file and a fresh tracked page for every test; after
 * each test, no request may have left 127.0.0.1 and no error may have been
 * logged. `assign` receives the page each time one is opened; `open(width)`
 * replaces it mid-test (e.g. for a phone width).
 */
export function useFreshPage(assign: (fresh: FreshPage) => void): {open: (width?: number) => Promise<void>} {
  let browser: Browser | undefined;
  let current: {close: () => Promise<void>; external: string[]; errors: string[]} | undefined;
  const open = async (width = 1280): Promise<void> => {
    await current?.close();
    const tracked = await openTrackedPage(browser!, {width});
    const errors = collectErrors(tracked.page);
    const requests: string[] = [];
    tracked.page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
    current = {close: () => tracked.context.close(), external: tracked.externalRequests, errors};
    assign({browser: browser!, page: tracked.page, errors, requests});
  };
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await open();
    return () => {
      expect(current!.external).toEqual([]);
      expect(current!.errors).toEqual([]);
    };
  });
  return {open};
}
