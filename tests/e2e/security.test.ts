/**
 * The built site under its own security headers (the test server applies
 * build/_headers to every response): the Content Security Policy allows every
 * inline script the pages carry, and no page type, nor using the search and
 * the catalogue, causes a CSP violation.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {inlineScripts, scriptHash} from '../../src/plugins/security/headers';
import {launchChromium, openTrackedPage} from './browser';
import {collectErrors} from './site';

const origin = inject('origin');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  '/',
  '/programm',
  '/gute-praxis',
  '/gute-praxis/lesetandems-an-grundschulen',
  '/gute-praxis/thema/bildung',
  '/traeger',
  '/fachkongress',
  '/fachkongress/2019',
  '/arbeitsgruppen/digitalisierung',
  '/arbeitsgruppen/digitalisierung/2019-11-08-vierte-sitzung',
  '/meldungen',
  '/meldungen/mitglied-des-monats-dwbo',
  '/meldungen/tags/mitglied-des-monats',
  '/suche?q=Mentoring',
  '/barrierefreiheit',
];

describe('security headers', () => {
  it('are sent with every page, and the CSP allows each inline script of each page', async () => {
    for (const path of PAGES) {
      const response = await fetch(`${origin}${path}`);
      const csp = response.headers.get('content-security-policy');
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      for (const script of inlineScripts(await response.text())) expect(csp, `${path}: inline script not allowed`).toContain(scriptHash(script));
    }
  });

  it('cause no CSP violation on any page type, nor when searching and filtering', async () => {
    const {page, externalRequests} = await openTrackedPage(browser);
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as {cspViolations: string[]}).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const violations = (): Promise<string[]> => page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations);
    for (const path of PAGES) {
      await page.goto(`${origin}${path}`, {waitUntil: 'networkidle'});
      expect(await violations(), path).toEqual([]);
    }
    await page.goto(`${origin}/gute-praxis`, {waitUntil: 'networkidle'});
    await page.locator('fieldset input[type="checkbox"]').first().check();
    await page.getByRole('combobox', {name: 'Website durchsuchen'}).fill('Patenschaft');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
});
