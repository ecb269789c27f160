// Browser helpers shared by the browser tests and the bench; no test-runner imports here.
import {chromium, type Browser, type BrowserContext, type Page, type Request} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/lib/chromium';

/**
 * Chromium may reach 127.0.0.1 only: every other request goes to a proxy
 * that does not exist (port 9 on the loopback, where nothing listens) and every
 * other host name resolves to nothing. Loopback addresses bypass the proxy
 * (Chromium's implicit rule). Blocking at launch, not by intercepting requests
 * (`route`), keeps the HTTP cache of a context and spares every request a round
 * trip through this process: a page loaded that way took 1.13 s instead of
 * 1.33 s here.
 */
export const OFFLINE_ARGS = ['--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/**
 * Debian's Chromium with the flags these machines need, offline but for the
 * loopback network. Playwright gives every launch a fresh, temporary user-data-dir.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...OFFLINE_ARGS],
  });
}

/** The one address the browser can reach (OFFLINE_ARGS); anything else is recorded, even another loopback name. */
const LOOPBACK = /^127\.0\.0\.1$/;

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Every request the page tried to send off 127.0.0.1; the browser cannot reach them (OFFLINE_ARGS). */
  externalRequests: string[];
}

/**
 * A page in a fresh context that records every request leaving the loopback
 * network, so each test can assert the site's privacy promise.
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
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && !LOOPBACK.test(url.hostname)) externalRequests.push(url.href);
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
 * One browser context and one tab for the tests of a file. A fresh context
 * costs about 0.45 s and a new tab 0.3 s, and each loads its first page cold
 * (1.26 s here, against 0.38 s in a tab that has loaded the site's scripts
 * before). So the tests share the tab and its caches, and nothing else:
 * `fresh` takes the tab back to where a new one starts (blank, no history, no
 * cookies, nothing stored, light colour scheme, no emulated media, the mouse in
 * the corner) at the width asked for. A tab that has been on more than one
 * origin since is replaced by a new one: session storage can only be emptied
 * from the page that uses it.
 */
export interface WarmTab {
  /** The current tab; `fresh` may replace it. */
  page: Page;
  /** Every request off 127.0.0.1 since the last `fresh`. */
  externalRequests: string[];
  fresh: (options?: {width?: number; height?: number}) => Promise<Page>;
}

export async function openWarmTab(browser: Browser, onPage: (page: Page) => void): Promise<WarmTab> {
  const {page: first, context, externalRequests} = await openTrackedPage(browser);
  const everywhere = new Set<string>();
  const sinceFresh = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    everywhere.add(url.origin);
    sinceFresh.add(url.origin);
  });
  const tab = {page: first, session: await context.newCDPSession(first)};
  onPage(first);
  return {
    get page() {
      return tab.page;
    },
    externalRequests,
    async fresh(options = {}) {
      const {page, session} = tab;
      if (sinceFresh.size > 1 || page.isClosed()) {
        await page.close().catch(() => undefined);
        tab.page = await context.newPage();
        waitForHydrationOnGoto(tab.page);
        tab.session = await context.newCDPSession(tab.page);
        onPage(tab.page);
      } else {
        if (/^https?:/.test(page.url())) await page.evaluate(() => sessionStorage.clear()).catch(() => undefined);
        await page.goto('about:blank');
        await session.send('Page.resetNavigationHistory');
      }
      await context.clearCookies();
      await context.clearPermissions();
      for (const origin of everywhere) {
        await tab.session.send('Storage.clearDataForOrigin', {origin, storageTypes: 'local_storage,indexeddb,cache_storage,service_workers,cookies'});
      }
      await tab.page.emulateMedia({colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none', media: null});
      await tab.page.setViewportSize({width: options.width ?? 1280, height: options.height ?? 900});
      await tab.page.mouse.move(0, 0);
      sinceFresh.clear();
      externalRequests.length = 0;
      return tab.page;
    },
  };
}

/** How long no request may be under way before a page counts as settled. */
const QUIET_MS = 100;
/** A page whose requests do not end within this fails its test (hold requests back with an earlier `waitUntil`). */
const QUIET_LIMIT_MS = 15_000;

/**
 * The page's requests under way: `settled()` resolves once none has been
 * for QUIET_MS. Playwright's `networkidle` waits 500 ms after the last one,
 * which cost every page load half a second.
 */
function trackRequests(page: Page): {settled: () => Promise<void>} {
  const open = new Set<Request>();
  let changed = performance.now();
  page.on('request', (request) => {
    open.add(request);
    changed = performance.now();
  });
  const done = (request: Request): void => {
    open.delete(request);
    changed = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    settled: () =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const check = (): void => {
          const now = performance.now();
          if (open.size === 0 && now - changed >= QUIET_MS) resolve();
          else if (now - started > QUIET_LIMIT_MS) reject(new Error(`Die Seite ${page.url()} kam nicht zur Ruhe: ${[...open].map((request) => request.url()).join(', ')} lief nach ${QUIET_LIMIT_MS / 1000} s noch.`));
          else setTimeout(check, open.size === 0 ? QUIET_MS - (now - changed) : 20);
        };
        check();
      }),
  };
}

/**
 * After `page.goto` of a site page, waits until React has hydrated it
 * (Docusaurus then sets `<html data-has-hydrated="true">`) and what it asked
 * for after that has arrived (no request under way for QUIET_MS): only then do
 * keyboard shortcuts, filters and links work as for a visitor, with their data
 * (with `waitUntil: 'domcontentloaded'` or `'commit'`: hydrated only).
 * On a busy machine the network can be idle long before hydration. Other
 * documents (feeds, data files) are returned as they are.
 */
function waitForHydrationOnGoto(page: Page): void {
  const goto = page.goto.bind(page);
  const requests = trackRequests(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (response?.headers()['content-type']?.startsWith('text/html')) {
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
      // Asked for an earlier point (e.g. with requests held back on purpose): hydrated is enough.
      if ((options?.waitUntil ?? 'load') === 'load') await requests.settled();
    }
    return response;
  };
}
