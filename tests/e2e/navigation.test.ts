/**
 * The information architecture: navbar and footer carry the German sections,
 * every link in them resolves, and the menu works on a phone with the keyboard.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium, openTrackedPage} from './browser';

const origin = inject('origin');

const NAVBAR = ['Programm', 'Gute Praxis', 'Fachkongress', 'Arbeitsgruppen', 'Termine', 'Meldungen', 'Mitmachen'];
const FOOTER = ['Kontakt', 'Impressum', 'Datenschutz', 'Barrierefreiheit', 'Leichte Sprache', 'RSS-Feed', 'Atom-Feed'];

interface FoundLink {
  label: string;
  href: string;
}

let browser: Browser;
let navbarLinks: FoundLink[];
let footerLinks: FoundLink[];

beforeAll(async () => {
  browser = await launchChromium();
  const {page, context} = await openTrackedPage(browser);
  await page.goto(origin + '/');
  const read = (selector: string): Promise<FoundLink[]> =>
    page.locator(selector).evaluateAll((anchors) =>
      anchors.map((a) => ({label: (a as HTMLElement).innerText.trim(), href: a.getAttribute('href') ?? ''})),
    );
  navbarLinks = await read('.navbar__items a.navbar__link');
  footerLinks = await read('footer a');
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Resolves a link and reports what answers: HTTP status and content type. */
async function resolveLink(href: string): Promise<{status: number; type: string}> {
  const url = new URL(href, origin + '/');
  expect(url.origin, `${href} must stay on this site`).toBe(origin);
  const response = await fetch(url);
  return {status: response.status, type: response.headers.get('content-type') ?? ''};
}

describe('navbar', () => {
  it('offers the sections in German, in order', () => {
    expect(navbarLinks.map((link) => link.label)).toEqual(NAVBAR);
  });

  it('has only links that resolve to pages', async () => {
    for (const link of navbarLinks) {
      await expect(resolveLink(link.href), link.label).resolves.toMatchObject({status: 200, type: expect.stringContaining('text/html')});
    }
  });

  it('navigates in the app and marks the current section', async () => {
    const {page, context} = await openTrackedPage(browser);
    await page.goto(origin + '/');
    for (const label of NAVBAR) {
      const link = page.locator('.navbar__items a.navbar__link', {hasText: label}).first();
      const href = await link.getAttribute('href');
      await link.click();
      await page.waitForURL(origin + href);
      const active = page.locator('.navbar__items a.navbar__link--active');
      await active.filter({hasText: label}).waitFor();
      expect(await active.allInnerTexts()).toEqual([label]);
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    }
    await context.close();
  });
});

describe('footer', () => {
  it('links the service and legal pages and both feeds', () => {
    const labels = footerLinks.map((link) => link.label);
    expect(labels).toEqual(expect.arrayContaining(FOOTER));
  });

  it('has only links that resolve', async () => {
    for (const link of footerLinks) {
      const {status, type} = await resolveLink(link.href);
      expect(status, `${link.label} → ${link.href}`).toBe(200);
      expect(type, link.label).toMatch(link.label.endsWith('Feed') ? /xml/ : /text\/html/);
    }
  });
});

describe('on a phone', () => {
  it('opens the menu with the keyboard and reaches every section', async () => {
    const {page, context, externalRequests} = await openTrackedPage(browser, {width: 375, height: 740});
    await page.goto(origin + '/');
    const toggle = page.getByRole('button', {name: 'Menü ein- oder ausblenden'});
    await expect(toggle.isVisible()).resolves.toBe(true);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('.navbar-sidebar__items');
    await menu.waitFor({state: 'visible'});
    for (const label of NAVBAR) {
      await expect(menu.getByRole('link', {name: label, exact: true}).isVisible(), label).resolves.toBe(true);
    }
    await menu.getByRole('link', {name: 'Gute Praxis', exact: true}).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/gute-praxis`);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

});
