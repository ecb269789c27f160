/**
 * Markdown conformance (issues #17 and #33): the examples of the contributor
 * guide »Markdown auf der Wissensplattform« (docs/mitmachen/markdown.md, every
 * ```md block, written after the Markdown pages of Docusaurus' own
 * documentation) are built as a doc page, a practice, a news post and an
 * event (in the fixture site, tests/build/fixture/site.ts). In Chromium, the
 * four articles must show the same, feature by feature: admonitions (nested),
 * headings with their ids and links, code blocks (language, title,
 * highlighted and numbered lines, token colours, a copy button that copies),
 * details that open by mouse and keyboard, tables, task lists, footnotes in
 * German, images that load, links that lead to pages that exist, emoji, web
 * addresses as links, keys and passages in another language, and a table of
 * contents with the same entries; an anchor lands below the navbar; axe, the
 * W3C checker, the Content Security Policy, print and privacy find nothing.
 */
import {statSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {axeViolations} from '../e2e/axe';
import {openTrackedPage, type TrackedPage} from '../e2e/browser';
import {BROWSER_TIMEOUT} from '../support/timeouts';
import {vnuErrors} from '../support/vnu';
import {FIXTURE_BASE, GUIDE_EXAMPLES, PARITY_PAGES} from './fixture/site';
import {useFixtureBuild} from './servedCopy';

type Kind = keyof typeof PARITY_PAGES;
const KINDS = Object.keys(PARITY_PAGES) as Kind[];
const copy = useFixtureBuild();

interface Look {
  admonitions: {type: string; alert: string; title: string; depth: number}[];
  headings: {level: string; id: string; text: string; selfLink: boolean}[];
  code: {language: string; title: string; lines: number; highlighted: number[]; numbers: number; counterReset: string; copyButton: boolean}[];
  tokenColours: Record<string, string>;
  details: {summary: string; box: boolean}[];
  tables: string[][];
  tasks: {boxes: number; bullets: string[]};
  footnotes: {label: string; back: string[]};
  images: {alt: string; loaded: boolean}[];
  links: {text: string; path: string}[];
  kbd: string[];
  languages: string[];
  text: {emoji: boolean; autolink: boolean};
  toc: string[];
}

/** What the article shows, read in the page: the same function for every page kind. */
function look(page: Page): Promise<Look> {
  return page.evaluate(() => {
    const article = document.querySelector('main .markdown')!;
    const all = <T extends Element>(selector: string, root: ParentNode = article): T[] => [...root.querySelectorAll<T>(selector)];
    const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\u200b/g, '').trim();
    const tokenColours: Record<string, string> = {};
    for (const token of all<HTMLElement>('pre .token')) {
      if (token.textContent?.trim()) tokenColours[token.className] = getComputedStyle(token).color;
    }
    const bullets = (list: Element | null): string[] => (list ? all<HTMLElement>(':scope > li', list).map((item) => getComputedStyle(item).listStyleType) : []);
    return {
      admonitions: all('.theme-admonition').map((box) => ({
        type: [...box.classList].find((name) => name.startsWith('theme-admonition-')) ?? '',
        alert: [...box.classList].find((name) => name.startsWith('alert--')) ?? '',
        title: text(box.firstElementChild),
        depth: all('.theme-admonition', box).length,
      })),
      headings: all('h2[id], h3[id], h4[id]')
        .filter((heading) => heading.id !== 'footnote-label')
        .map((heading) => ({level: heading.tagName, id: heading.id, text: text(heading), selfLink: heading.querySelector('a.hash-link')?.getAttribute('href') === `#${heading.id}`})),
      code: all('.theme-code-block').map((block) => {
        const lines = all('pre code .token-line', block);
        return {
          language: [...block.classList].find((name) => name.startsWith('language-')) ?? '',
          title: text(block.querySelector('[class*="codeBlockTitle"], .wp-code-block__title')),
          lines: lines.length,
          highlighted: lines.flatMap((line, index) => (line.classList.contains('theme-code-block-highlighted-line') ? [index] : [])),
          numbers: all('.wp-code-line-number', block).length,
          counterReset: getComputedStyle(block.querySelector('pre code')!).counterReset,
          copyButton: block.querySelector('button[aria-label="In die Zwischenablage kopieren"]') !== null,
        };
      }),
      tokenColours,
      details: all('details').map((details) => ({summary: text(details.querySelector('summary')), box: details.classList.contains('alert') && details.classList.contains('alert--info')})),
      tables: all('table').map((table) => all('th', table).map((cell) => text(cell))),
      tasks: {boxes: all('input[type="checkbox"]').length, bullets: bullets(article.querySelector('.contains-task-list'))},
      footnotes: {label: text(article.querySelector('#footnote-label')), back: all('[data-footnote-backref]').map((link) => link.getAttribute('aria-label') ?? '')},
      images: all<HTMLImageElement>('img').map((image) => ({alt: image.alt, loaded: image.complete && image.naturalWidth > 0})),
      links: all<HTMLAnchorElement>('a[href]')
        .filter((link) => link.origin === location.origin && !link.classList.contains('hash-link') && !link.hasAttribute('data-footnote-ref') && !link.hasAttribute('data-footnote-backref') && !link.closest('nav'))
        .map((link) => ({text: text(link), path: link.pathname + link.hash})),
      kbd: all('kbd').map((key) => text(key)),
      languages: all('[lang]').map((element) => `${element.getAttribute('lang')}: ${text(element)}`),
      text: {emoji: (article.textContent ?? '').includes('🎉'), autolink: article.querySelector('a[href="http://www.example.org"]') !== null},
      toc: [...document.querySelectorAll('.theme-doc-toc-desktop .table-of-contents a, main nav[aria-label="Auf dieser Seite"] a')].map((link) => link.getAttribute('href') ?? ''),
    };
  });
}

const urlOf = (kind: Kind): string => `${copy.site}/${PARITY_PAGES[kind].built.replace(/\.html$/, '')}`;

describe('the Markdown of the guide on every page kind', {timeout: BROWSER_TIMEOUT}, () => {
  const looks = new Map<Kind, Look>();
  const problems = new Map<Kind, string[]>();

  beforeAll(async () => {
    if (copy.build.status !== 0) return;
    for (const kind of KINDS) {
      const {page, context, externalRequests}: TrackedPage = await openTrackedPage(copy.browser);
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') refused.push(message.text());
      });
      try {
        await page.goto(urlOf(kind), {waitUntil: 'load'});
        // Fragment pages add their copy buttons once the page is running; the doc page's come with the theme.
        await page.locator('main .markdown .theme-code-block button').first().waitFor();
        looks.set(kind, await look(page));
        // Printed: no buttons in code blocks, and no code line cut at the page's edge.
        await page.emulateMedia({media: 'print'});
        const printed = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('main .markdown .theme-code-block')].flatMap((block) => {
            const pre = block.querySelector('pre')!;
            return [
              ...[...block.querySelectorAll('button')].filter((button) => button.getClientRects().length > 0).map(() => 'Knopf im Druck'),
              ...(pre.scrollWidth > pre.clientWidth + 1 ? [`abgeschnitten im Druck: ${pre.textContent?.slice(0, 40) ?? ''}`] : []),
            ];
          }),
        );
        await page.emulateMedia({media: 'screen'});
        problems.set(kind, [...(await axeViolations(page)), ...refused, ...printed, ...externalRequests.map((url) => `Anfrage an Dritte: ${url}`)]);
      } finally {
        await context.close();
      }
    }
  }, BROWSER_TIMEOUT);

  it('has the guide\'s examples to build, and the build passes', () => {
    expect(copy.build.status, copy.build.output.slice(-3000)).toBe(0);
    expect(GUIDE_EXAMPLES.length).toBeGreaterThanOrEqual(11);
  });

  it('renders on a doc page what the guide promises', () => {
    const doc = looks.get('doc page')!;
    expect(doc.admonitions).toEqual([
      {type: 'theme-admonition-tip', alert: 'alert--success', title: 'Gut zu wissen', depth: 0},
      {type: 'theme-admonition-info', alert: 'alert--info', title: 'Info', depth: 1},
      {type: 'theme-admonition-danger', alert: 'alert--danger', title: 'Innen', depth: 0},
    ]);
    expect(doc.headings).toContainEqual({level: 'H2', id: 'zweiter', text: 'Zweiter Abschnitt', selfLink: true});
    expect(doc.headings).toContainEqual({level: 'H3', id: 'vorher', text: 'Vorher', selfLink: true});
    expect(doc.code.map((block) => block.language)).toEqual(['language-yaml', 'language-bash', 'language-js', 'language-js', 'language-diff']);
    expect(doc.code[2]).toEqual({language: 'language-js', title: 'termin.js', lines: 3, highlighted: [1], numbers: 3, counterReset: 'line-count 0', copyButton: true});
    expect(doc.code[3]).toMatchObject({lines: 3, highlighted: [1], numbers: 0});
    expect(Object.keys(doc.tokenColours)).toContain('token key atrule');
    expect(doc.details).toEqual([{summary: 'Häufige Fragen zur Anmeldung', box: true}]);
    expect(doc.tables).toEqual([['Tag', 'Treffen']]);
    expect(doc.tasks).toEqual({boxes: 2, bullets: ['none', 'none']});
    expect(doc.footnotes).toEqual({label: 'Fußnoten', back: ['Zurück zum Verweis 1']});
    expect(doc.images).toEqual([{alt: 'Drei runde Thementische im Nachbarschaftstreff', loaded: true}]);
    expect(doc.links).toEqual([
      {text: 'Kalender abonnieren', path: `${FIXTURE_BASE}programm/kalender-abonnieren#outlook`},
      {text: 'Das Programm', path: `${FIXTURE_BASE}programm`},
    ]);
    expect(doc.kbd).toEqual(['Strg', 'F']);
    expect(doc.languages).toEqual(['en: Mentoring is a two-way street.']);
    expect(doc.text).toEqual({emoji: true, autolink: true});
    expect(doc.toc).toEqual(expect.arrayContaining(['#zweiter', '#ausgangslage', '#vorher', '#umsetzung']));
  });

  it.each(KINDS.filter((kind) => kind !== 'doc page'))('renders the same as a %s', (kind) => {
    const doc = looks.get('doc page')!;
    const other = looks.get(kind)!;
    // Token colours: every token class both pages have is drawn in the same colour.
    const shared = Object.keys(doc.tokenColours).filter((name) => name in other.tokenColours);
    expect(shared.length).toBeGreaterThanOrEqual(5);
    expect(Object.fromEntries(shared.map((name) => [name, other.tokenColours[name]]))).toEqual(Object.fromEntries(shared.map((name) => [name, doc.tokenColours[name]])));
    expect({...other, tokenColours: {}}).toEqual({...doc, tokenColours: {}});
  });

  it('has valid HTML on every page kind (W3C Nu Html Checker), and a practice page stays under 60 KB', () => {
    const files = KINDS.map((kind) => join(copy.dir, 'build', PARITY_PAGES[kind].built));
    const result = vnuErrors(files);
    expect(result.error).toBeUndefined();
    expect(result.errors).toEqual([]);
    expect(result.status).toBe(0);
    expect(statSync(join(copy.dir, 'build', PARITY_PAGES.practice.built)).size).toBeLessThan(60 * 1024);
  });

  it.each(KINDS)('leads every link of the %s to a page that exists; axe, the CSP, print and privacy find nothing', async (kind) => {
    expect(problems.get(kind)).toEqual([]);
    for (const link of looks.get(kind)!.links) {
      const response = await fetch(`${new URL(copy.site).origin}${link.path.replace(/#.*$/, '')}`);
      expect(response.status, link.path).toBe(200);
    }
  });

  it.each(KINDS)('on the %s, opens details by mouse and keyboard, copies code, and lands an anchor below the navbar', async (kind) => {
    const {page, context} = await openTrackedPage(copy.browser);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(copy.site).origin});
      await page.goto(`${urlOf(kind)}#zweiter`, {waitUntil: 'load'});
      // The heading of the address's anchor is in view, not hidden under the sticky navbar.
      await expect
        .poll(() => page.evaluate(() => {
          const top = document.getElementById('zweiter')!.getBoundingClientRect().top;
          return top >= document.querySelector('.navbar')!.getBoundingClientRect().bottom && top < innerHeight / 2;
        }))
        .toBe(true);
      const details = page.locator('main .markdown details').first();
      const summary = details.locator('summary');
      await summary.click();
      await expect.poll(() => details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
      await expect(details.getByText('Die Anmeldung ist', {exact: false}).isVisible()).resolves.toBe(true);
      await summary.click();
      await expect.poll(() => details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
      const titled = page.locator('main .markdown .theme-code-block').filter({hasText: 'termin.js'});
      await titled.locator('button[aria-label="In die Zwischenablage kopieren"]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("const termin = 'Sprachcafé';\nconst tag = 'Mittwoch';\nconsole.log(termin, tag);");
    } finally {
      await context.close();
    }
  });
});
