/**
 * Embeds behind two clicks (src/components/ExternalEmbed): the fixture site
 * (tests/build/fixture/site.ts) has a page embedding content from a second local server, standing in for
 * a third party. Before the click the browser sends that server nothing; after
 * it, the frame loads, allowed by the CSP the build wrote (frame-src).
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {openTrackedPage} from '../e2e/browser';
import {collectErrors} from '../e2e/site';
import {PROVIDER_LOG} from './globalSetup';
import {useFixtureBuild} from './servedCopy';

const copy = useFixtureBuild();
const providerOrigin = inject('providerOrigin');
/** What the stand-in third party was asked for so far. */
const providerRequests = async (): Promise<string[]> => (await (await fetch(`${providerOrigin}${PROVIDER_LOG}`)).json()) as string[];

describe('an embed behind two clicks', () => {
  it('builds, and the CSP allows frames from the provider only', () => {
    expect(copy.build.status, copy.build.output.slice(-2000)).toBe(0);
    expect(readFileSync(join(copy.dir, 'build/_headers'), 'utf8')).toContain(`frame-src 'self' ${providerOrigin};`);
  });

  it('contacts the provider only after the click, then shows its content in a frame', async () => {
    const {page, context} = await openTrackedPage(copy.browser);
    const errors = collectErrors(page);
    await page.goto(`${copy.site}/anfahrt`, {waitUntil: 'networkidle'});
    expect(await providerRequests()).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await page.locator('main').innerText()).toMatch(/Dieser Inhalt kommt von Kartendienst\. Erst wenn Sie ihn laden/);
    expect(await page.getByRole('link', {name: 'Direkt bei Kartendienst öffnen'}).getAttribute('href')).toBe(`${providerOrigin}/karte.html`);

    await page.getByRole('button', {name: 'Inhalt von Kartendienst laden'}).press('Enter');
    const frame = page.frameLocator('iframe[title="Lageplan des Bürgerhauses (Inhalt von Kartendienst)"]');
    await expect.poll(() => frame.locator('p').innerText()).toBe('Die eingebettete Karte');
    expect(await providerRequests()).toEqual(['/karte.html']);
    // Focus moves to the content that appeared; nothing is remembered for the next visit.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => !/^theme(?:-\w+)?$/.test(key)))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
