// Browser helpers shared by the browser tests and the bench; no test-runner imports here.
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/lib/chromium';

/**
 * Debian's Chromium with the flags these machines need. Playwright gives every
 * launch a fresh, temporary user-data-dir.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Every request the page tried to send off 127.0.0.0/8; they are blocked. */
  externalRequests: string[];
}

/**
 * A page in a fresh context that blocks and records every request leaving the
 * loopback network, so each test can assert the site's privacy promise.
 */
export async function openTrackedPage(
  browser: Browser,
  options: {width?: number; height?: number} = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport: {width: options.width ?? 1280, height: options.height ?? 900},
  });
  const externalRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOOPBACK.test(url.hostname)) {
      externalRequests.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  // Fail fast: a missing element should fail a test in seconds, not after 30. Loading a page gets longer: on a
  // busy 2-core machine (a build beside the tests) a page with all its requests can take more than 5 s.
  context.setDefaultTimeout(5_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  waitForHydrationOnGoto(page);
  return {page, context, externalRequests};
}


/**
 * After `page.goto` of a site page, waits until React has hydrated it
 * (Docusaurus then sets `<html data-has-hydrated="true">`): only then do
 * keyboard shortcuts, filters and links work as for a visitor. On a busy
 * machine the network can be idle long before that. Other documents (feeds,
 * data files) are returned as they are.
 */
function waitForHydrationOnGoto(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (response?.headers()['content-type']?.startsWith('text/html')) {
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
    }
    return response;
  };
}
