/**
 * BITV 2.0 / WCAG 2.1 AA on every page type of the built site, in Chromium:
 * no axe-core violation in light and dark mode at 1280 and 320 px; text
 * spacing overrides (1.4.12) clip nothing; keyboard: the skip link comes
 * first and works, every focus stop is visible with a focus indicator, and
 * no positive tabindex disturbs the order.
 */
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from './axe';
import {useFreshPage} from './freshPage';
import {builtHtml, pageTypes} from './pageTypes';
import {acceptNotFoundAnswer, sitemapPaths} from './site';
import {languageName} from '../../src/content/language';

const origin = inject('origin');
const buildDir = inject('buildDir');
const PAGE_TYPES = pageTypes(buildDir);

let page: Page;
let errors: string[];
const {open} = useFreshPage((fresh) => ({page, errors} = fresh));

async function visit(path: string): Promise<void> {
  await page.goto(origin + path);
  // A missing page answers 404, which the browser logs as an error: expected here.
  if (path.endsWith('/diese-seite-gibt-es-nicht')) acceptNotFoundAnswer(errors, origin + path);
  if (path.startsWith('/suche')) await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/Treffer/);
}

// WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16 (times the font size).
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Elements that cut off text (overflow hidden or clip) under the text spacing of WCAG 1.4.12. */
async function clippedWithTextSpacing(): Promise<string[]> {
  await page.addStyleTag({content: TEXT_SPACING});
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      if (!/hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) continue;
      // Visually hidden on purpose (screen-reader text), closed or not rendered.
      if (element.clientWidth <= 1 || element.clientHeight <= 1 || element.closest('[hidden], [aria-hidden="true"]')) continue;
      if (!element.innerText || element.innerText.trim() === '') continue;
      const lostX = element.scrollWidth - element.clientWidth > 2 && style.overflowX !== 'auto' && style.overflowX !== 'scroll';
      const lostY = element.scrollHeight - element.clientHeight > 2 && style.overflowY !== 'auto' && style.overflowY !== 'scroll';
      if (lostX || lostY) found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} »${element.innerText.trim().slice(0, 40)}«`);
    }
    return found;
  });
}

/** Keyboard: skip link first, visible focus on every stop, DOM order (no positive tabindex), the skip link works. */
async function checkKeyboard(): Promise<void> {
  expect(await page.locator('[tabindex]').evaluateAll((elements) => elements.filter((element) => Number(element.getAttribute('tabindex')) > 0).length)).toBe(0);

  // The first stops from the top: the skip link first, then each stop visible, with an outline or shadow as
  // focus indicator.
  const problems: string[] = [];
  for (let stop = 0; stop < 30; stop += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      return {
        text: element.textContent?.trim(),
        name: `${element.tagName.toLowerCase()} »${(element.getAttribute('aria-label') ?? element.innerText ?? '').trim().slice(0, 30)}«`,
        visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth && style.visibility !== 'hidden',
        indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none',
      };
    });
    if (stop === 0) expect(focus?.text, 'first focus stop').toBe('Zum Hauptinhalt springen');
    if (!focus) break;
    if (!focus.visible) problems.push(`${focus.name}: nicht sichtbar`);
    if (!focus.indicator) problems.push(`${focus.name}: ohne Fokusrahmen`);
  }
  expect(problems).toEqual([]);

  // The skip link works: the theme focuses the main content and lets go of it again; the next Tab lands inside it.
  await page.getByRole('link', {name: 'Zum Hauptinhalt springen'}).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => {
    const active = document.activeElement;
    const main = document.querySelector('main') ?? document.getElementById('__docusaurus_skipToContent_fallback');
    return active !== null && main !== null && main.contains(active);
  });
  expect(inMain, 'focus after the skip link').toBe(true);
}

describe('the check of the other colour scheme', () => {
  it('finds text without contrast and a link told from its text by colour alone', async () => {
    await visit('/impressum');
    await page.emulateMedia({colorScheme: 'dark'});
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<p style="color:#777;background:#888">Kaum lesbar</p><p style="color:#ddd">Text mit <a href="#" style="color:#eee;text-decoration:none">Link</a> darin.</p>');
    });
    const found = await axeViolations(page, {coloursOnly: true});
    expect(found.map((violation) => violation.split(' ')[0])).toEqual(['color-contrast', 'link-in-text-block']);
  });
});

describe.each(PAGE_TYPES)('%s (%s)', (_label, path) => {
  // One load per width serves every check: axe in light mode, axe in dark mode, the keyboard (at 1280 px), then the
  // text spacing, which changes the page's style and so comes last.
  it('has no WCAG 2.1 AA violations in light and dark mode, works with the keyboard and clips no text with the text spacing of WCAG 1.4.12, at 1280 and 320 px', async () => {
    for (const width of [1280, 320]) {
      await open(width);
      await page.emulateMedia({colorScheme: 'light'});
      await visit(path);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
      expect(await axeViolations(page), `light, ${width} px`).toEqual([]);
      // The site follows the system's colour scheme (respectPrefersColorScheme): dark mode without a second load.
      await page.emulateMedia({colorScheme: 'dark'});
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
      // Dark mode changes colours only (no themed images or components here): the rules that read colours.
      expect(await axeViolations(page, {coloursOnly: true}), `dark, ${width} px`).toEqual([]);
      if (width === 1280) await checkKeyboard();

      expect(await clippedWithTextSpacing(), `text spacing, ${width} px`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scrolling at ${width} px with text spacing`).toBeLessThanOrEqual(0);
    }
  });
});

describe('language of parts (WCAG 3.1.2)', () => {
  it('keeps the language of marked passages on the built pages, with codes that exist', async () => {
    const marked: {path: string; lang: string}[] = [];
    for (const path of sitemapPaths(buildDir)) {
      for (const match of builtHtml(buildDir, path).matchAll(/<(?!html\b)[a-z][a-z0-9]*\b[^>]*\slang=["']?([^"'\s>]+)/g)) marked.push({path, lang: match[1]!});
    }
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter(({lang}) => !languageName(lang))).toEqual([]);
    // In the browser, too (after hydration).
    const {path, lang} = marked[0]!;
    await visit(path);
    expect(await page.locator(`main [lang="${lang}"]`).count()).toBeGreaterThan(0);
  });
});

describe('accessibility statement (BITV 2.0 § 7, § 12b BGG)', () => {
  it('is reachable from the start page, with Leichte Sprache and Gebärdensprache', async () => {
    await visit('/');
    for (const name of ['Barrierefreiheit', 'Leichte Sprache', 'Gebärdensprache']) {
      expect(await page.locator('footer').getByRole('link', {name, exact: true}).count(), name).toBe(1);
    }
  });

  it('states the status, the gaps, a contact that works at once and the conciliation body', async () => {
    await visit('/barrierefreiheit');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Stand der Vereinbarkeit[\s\S]*teilweise vereinbar/);
    expect(text).toMatch(/Nicht barrierefreie Inhalte/);
    await expect.poll(() => page.locator('main a[href^="mailto:"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href^="mailto:"]').first().getAttribute('href')).toMatch(/^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/);
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href^="https://www.schlichtungsstelle-bgg.de"]').count()).toBe(1);
    // Harvesters reading the HTML find no address.
    expect(builtHtml(buildDir, '/barrierefreiheit')).not.toMatch(/[\w.]+@[\w-]+\.[a-z]{2,}/);
  });
});

describe('catalogue with its filters opened on a narrow screen', () => {
  it('has no WCAG 2.1 AA violations at 320 px, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await open(320);
      await page.emulateMedia({colorScheme: scheme});
      await visit('/gute-praxis');
      await page.getByRole('button', {name: /Filter anzeigen/}).click();
      expect(await page.locator('#katalog-filter').isVisible()).toBe(true);
      expect(await axeViolations(page), scheme).toEqual([]);
    }
  });
});
