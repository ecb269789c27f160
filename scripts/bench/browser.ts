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

export async function measureFirstVisit(browser: Browser, url: string, runs: number): Promise<TransferFigures> {
  const figures: TransferFigures = {scriptBytes: [], totalBytes: [], requests: []};
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    const types = new Map<string, string>();
    let scripts = 0;
    let total = 0;
    let requests = 0;
    session.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    session.on('Network.loadingFinished', (event) => {
      requests += 1;
      total += event.encodedDataLength;
      if (types.get(event.requestId) === 'Script') scripts += event.encodedDataLength;
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    figures.scriptBytes.push(scripts);
    figures.totalBytes.push(total);
    figures.requests.push(requests);
    await context.close();
  }
  return figures;
}
