/**
 * Printing practice, congress and report pages: only the content, and every
 * link followed by its full address.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useFreshPage} from './freshPage';
import {pageTypes} from './pageTypes';

const origin = inject('origin');
const types = new Map(pageTypes(inject('buildDir')));
const PRINTED: [string, string][] = ['Praxisbeispiel', 'Kongress mit Programmtabelle', 'AG-Bericht'].map((label) => [label, types.get(label)!]);

let page: Page;
useFreshPage((fresh) => ({page} = fresh));

describe.each(PRINTED)('printing a page of type %s (%s)', (_label, path) => {
  it('leaves out navigation and prints the address of each link', async () => {
    await page.goto(origin + path);
    await page.emulateMedia({media: 'print'});
    const shown = (selector: string) =>
      page.locator(selector).evaluateAll((elements) => elements.filter((element) => getComputedStyle(element).display !== 'none' && (element as HTMLElement).offsetParent !== null).length);
    for (const selector of ['nav.navbar', 'footer', '[role="search"]', '.breadcrumbs', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.pagination-nav']) {
      expect(await shown(selector), selector).toBe(0);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    // Printed full width: the content uses (nearly) the whole page.
    const width = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width / window.innerWidth);
    expect(width).toBeGreaterThan(0.9);

    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const siteOrigin = new URL(canonical!).origin;
    const links = await page.locator('main a[href]').evaluateAll((anchors) =>
      anchors
        .filter((anchor) => (anchor as HTMLElement).offsetParent !== null && /^(?:\/|https?:)/.test(anchor.getAttribute('href')!))
        .map((anchor) => ({href: anchor.getAttribute('href')!, after: getComputedStyle(anchor, '::after').content})),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const {href, after} of links) {
      expect(after, href).toBe(`" (${href.startsWith('/') ? siteOrigin : ''}${href})"`);
    }
  });
});

it('shows no printed addresses on screen', async () => {
  await page.goto(origin + types.get('Praxisbeispiel')!);
  const afters = await page.locator('main a[href^="/"]').evaluateAll((anchors) => anchors.map((anchor) => getComputedStyle(anchor, '::after').content));
  expect(afters.filter((content) => content.includes('('))).toEqual([]);
});
