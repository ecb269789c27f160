/**
 * First-visit transfer in Debian's Chromium: the built site served with gzip on
 * 127.0.0.1, a fresh browser context per run, bytes counted from the network.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import compression from 'compression';
import handler from 'serve-handler';
import type {Browser} from 'playwright-core';

export interface TransferFigures {
  /** Bytes of JavaScript over the wire (gzip), per run. */
  scriptBytes: number[];
  /** All bytes over the wire, per run. */
  totalBytes: number[];
  requests: number[];
  /** The document and the data it fetches (HTML + JSON), per run. */
  documentAndDataBytes: number[];
  /** Images, per run. */
  imageBytes: number[];
}

export async function serveWithGzip(root: string): Promise<{origin: string; close(): Promise<void>}> {
  const gzip = compression();
  const server = createServer((request, response) => {
    // compression() is connect middleware; plain http request/response suffice.
    gzip(request as never, response as never, () => {
      void handler(request, response, {public: root, cleanUrls: true, trailingSlash: false});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export async function measureFirstVisit(browser: Browser, url: string, runs: number, viewport?: {width: number; height: number}): Promise<TransferFigures> {
  const figures: TransferFigures = {scriptBytes: [], totalBytes: [], requests: [], documentAndDataBytes: [], imageBytes: []};
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext(viewport ? {viewport} : {});
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    const types = new Map<string, string>();
    let scripts = 0;
    let total = 0;
    let requests = 0;
    let documentAndData = 0;
    let images = 0;
    session.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    session.on('Network.loadingFinished', (event) => {
      requests += 1;
      total += event.encodedDataLength;
      const type = types.get(event.requestId);
      if (type === 'Script') scripts += event.encodedDataLength;
      if (type === 'Document' || type === 'Fetch' || type === 'XHR') documentAndData += event.encodedDataLength;
      if (type === 'Image') images += event.encodedDataLength;
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    figures.scriptBytes.push(scripts);
    figures.totalBytes.push(total);
    figures.requests.push(requests);
    figures.documentAndDataBytes.push(documentAndData);
    figures.imageBytes.push(images);
    await context.close();
  }
  return figures;
}

/**
 * Time from a facet click to the updated result count, measured in the page
 * (performance.now around the click and the status change). Alternates
 * checking and unchecking the first topic.
 */
export async function measureFacetClicks(browser: Browser, url: string, clicks: number): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForFunction(() => /im Katalog/.test(document.querySelector('main [role="status"]')?.textContent ?? '') && document.querySelector('fieldset label')?.textContent?.includes('('));
  const times: number[] = [];
  for (let click = 0; click < clicks; click += 1) {
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const status = document.querySelector('main [role="status"]')!;
          const before = status.textContent;
          const checkbox = document.querySelector<HTMLInputElement>('fieldset input[type="checkbox"]')!;
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (status.textContent !== before) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(status, {childList: true, characterData: true, subtree: true});
          checkbox.click();
        }),
    );
    times.push(elapsed);
  }
  await context.close();
  return times;
}

export interface SearchFigures {
  firstQueryBytes: number[];
  firstQueryRequests: number[];
  firstQueryMs: number[];
  furtherQueryBytes: number[];
  /** Per keystroke: input event to the announcement of the new query, in the page. */
  keystrokeMs: number[];
}

const SEARCH_BOX = 'input[role="combobox"]';
const SEARCH_STATUS = '[role="search"] [role="status"]';

/**
 * The navbar search on a served build: bytes over the wire from focusing the
 * box to the results of a first query (»Mentoring«, pasted) and of a further
 * one; then the latency of each keystroke while typing more words.
 */
export async function measureSearch(browser: Browser, url: string, runs: number): Promise<SearchFigures> {
  const figures: SearchFigures = {firstQueryBytes: [], firstQueryRequests: [], firstQueryMs: [], furtherQueryBytes: [], keystrokeMs: []};
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    session.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    const query = async (text: string): Promise<number> => {
      const started = performance.now();
      await page.fill(SEARCH_BOX, text);
      await page.waitForFunction(
        ([selector, wanted]) => (document.querySelector(selector!)?.textContent ?? '').includes(`»${wanted}«`) && !/läuft/.test(document.querySelector(selector!)?.textContent ?? ''),
        [SEARCH_STATUS, text],
      );
      await page.waitForLoadState('networkidle');
      return performance.now() - started;
    };
    bytes = 0;
    requests = 0;
    await page.focus(SEARCH_BOX);
    const ms = await query('Mentoring');
    figures.firstQueryBytes.push(bytes);
    figures.firstQueryRequests.push(requests);
    figures.firstQueryMs.push(ms);
    bytes = 0;
    await query('Patenschaften');
    figures.furtherQueryBytes.push(bytes);

    // Keystrokes in every run: the p95 of one run's 58 is its third slowest, which a single slow request moves.
    for (const word of ['Bildungseinrichtung', 'Geflüchtete', 'Lotsinnen', 'Engagement', 'Mentorign']) {
      await page.fill(SEARCH_BOX, '');
      const times = await page.evaluate(
        async ([selector, status, text]) => {
          const input = document.querySelector<HTMLInputElement>(selector!)!;
          // React tracks the value property; its native setter makes the change visible to React (called with .call).
          // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the input as `this` below
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          const results: number[] = [];
          for (let length = 1; length <= text!.length; length += 1) {
            const prefix = text!.slice(0, length);
            const region = document.querySelector(status!)!;
            const started = performance.now();
            const done = new Promise<void>((resolve) => {
              // No named helper functions in here: tsx would wrap them in a __name() the page lacks.
              const observer = new MutationObserver(() => {
                if ((region.textContent ?? '').includes(`»${prefix}«`)) {
                  observer.disconnect();
                  resolve();
                }
              });
              observer.observe(region, {childList: true, characterData: true, subtree: true});
            });
            setValue.call(input, prefix);
            input.dispatchEvent(new Event('input', {bubbles: true}));
            await done;
            results.push(performance.now() - started);
          }
          return results;
        },
        [SEARCH_BOX, SEARCH_STATUS, word],
      );
      figures.keystrokeMs.push(...times);
    }
    await context.close();
  }
  return figures;
}
