/**
 * Embeds behind two clicks (src/components/ExternalEmbed): a copy of the site
 * gets a page embedding content from a second local server, standing in for
 * a third party. Before the click the browser sends that server nothing; after
 * it, the frame loads, allowed by the CSP the build wrote (frame-src).
 */
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {writeSiteFiles} from '../../scripts/lib/siteCopy';
import {openTrackedPage} from '../e2e/browser';
import {collectErrors} from '../e2e/site';
import {useServedCopy} from './servedCopy';

let provider: Server;
let providerOrigin: string;
const providerRequests: string[] = [];

const copy = useServedCopy('wissensplattform-embed-', async (dir) => {
  provider = createServer((request, response) => {
    providerRequests.push(request.url ?? '');
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
    response.end('<!doctype html><html lang="de"><title>Karte</title><p>Die eingebettete Karte</p></html>');
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  providerOrigin = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  writeSiteFiles(dir, {
    'src/pages/anfahrt.mdx': [
      '---',
      'title: Anfahrt',
      'description: Anfahrt zum Fachkongress.',
      '---',
      '',
      "import ExternalEmbed from '@site/src/components/ExternalEmbed';",
      '',
      '# Anfahrt',
      '',
      `<ExternalEmbed provider="Kartendienst" title="Lageplan des Bürgerhauses" src="${providerOrigin}/karte.html" privacy="${providerOrigin}/datenschutz" />`,
      '',
    ].join('\n'),
  });
});

afterAll(async () => {
  await new Promise((resolve) => provider?.close(resolve));
});

describe('an embed behind two clicks', () => {
  it('builds, and the CSP allows frames from the provider only', () => {
    expect(copy.build.status, copy.build.output.slice(-2000)).toBe(0);
    expect(readFileSync(join(copy.dir, 'build/_headers'), 'utf8')).toContain(`frame-src 'self' ${providerOrigin};`);
  });

  it('contacts the provider only after the click, then shows its content in a frame', async () => {
    const {page, context} = await openTrackedPage(copy.browser);
    const errors = collectErrors(page);
    await page.goto(`${copy.server.origin}/anfahrt`, {waitUntil: 'networkidle'});
    expect(providerRequests).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await page.locator('main').innerText()).toMatch(/Dieser Inhalt kommt von Kartendienst\. Erst wenn Sie ihn laden/);
    expect(await page.getByRole('link', {name: 'Direkt bei Kartendienst öffnen'}).getAttribute('href')).toBe(`${providerOrigin}/karte.html`);

    await page.getByRole('button', {name: 'Inhalt von Kartendienst laden'}).press('Enter');
    const frame = page.frameLocator('iframe[title="Lageplan des Bürgerhauses (Inhalt von Kartendienst)"]');
    await expect.poll(() => frame.locator('p').innerText()).toBe('Die eingebettete Karte');
    expect(providerRequests).toEqual(['/karte.html']);
    // Focus moves to the content that appeared; nothing is remembered for the next visit.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => !/^theme(?:-\w+)?$/.test(key)))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
