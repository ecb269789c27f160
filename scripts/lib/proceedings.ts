/**
 * The proceedings of a congress (»Kongressdokumentation«) as one tagged PDF,
 * printed by Chromium from the site's own built pages: a cover, the contents,
 * the congress page (welcome, facts, programme, photos), every documented
 * session's page in programme order (keynote, workshops …), the speakers, the
 * photo credits and the imprint. Chromium writes the PDF with its structure
 * (tagged), bookmarks from the headings, page numbers and a running header
 * (its print header and footer); this module only puts the pages together.
 */
import {mkdirSync} from 'node:fs';
import {dirname} from 'node:path';
import type {Browser} from 'playwright-core';
import type {Congress} from '../../src/content/congress';
import {SESSION_TYPE_LABELS} from '../../src/content/congress';
import {escapeHtml} from '../../src/utils/escapeHtml';
import {formatGermanDateRange} from '../../src/utils/formatDate';

export interface ProceedingsSection {
  /** Anchor and bookmark of the section. */
  id: string;
  title: string;
  /** HTML; its headings are one level below the section's. */
  html: string;
}

/** Where the imprint is (src/pages/impressum.md). */
export const IMPRINT_PATH = '/impressum';

/** The documented sessions of a congress, in programme order. */
export const documentedSessions = (congress: Congress) => (congress.programme ?? []).filter((session) => session.pagePath !== undefined);

/** Every speaker once, with their sessions, in programme order. */
export function speakersSection(congress: Congress): ProceedingsSection {
  const speakers = new Map<string, {affiliation?: string; sessions: string[]}>();
  for (const session of congress.programme ?? []) {
    for (const speaker of session.speakers ?? []) {
      const entry = speakers.get(speaker.name) ?? {sessions: []};
      entry.affiliation ??= speaker.affiliation;
      entry.sessions.push(`${SESSION_TYPE_LABELS[session.type]}: ${session.title}`);
      speakers.set(speaker.name, entry);
    }
  }
  const items = [...speakers].map(
    ([name, {affiliation, sessions}]) => `<li><strong>${escapeHtml(name)}</strong>${affiliation ? `, ${escapeHtml(affiliation)}` : ''}<br>${sessions.map(escapeHtml).join('<br>')}</li>`,
  );
  return {id: 'referierende', title: 'Referierende', html: items.length > 0 ? `<ul class="wp-pdf-list">${items.join('')}</ul>` : '<p>Keine Referierenden eingetragen.</p>'};
}

/** Who took each photo. */
export function creditsSection(congress: Congress): ProceedingsSection {
  const items = (congress.gallery ?? []).map((image) => `<li>${escapeHtml(image.caption ?? image.alt)}: Foto © ${escapeHtml(image.credit)}</li>`);
  return {id: 'bildnachweise', title: 'Bildnachweise', html: items.length > 0 ? `<ul class="wp-pdf-list">${items.join('')}</ul>` : '<p>Diese Dokumentation enthält keine Fotos.</p>'};
}

/** The whole document: cover, contents, sections; the site's stylesheets and a print sheet for the proceedings. */
export function proceedingsHtml(congress: Congress, sections: readonly ProceedingsSection[], stylesheets: readonly string[]): string {
  const title = `Kongressdokumentation: ${congress.title}`;
  const contents = sections.map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="de" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="author" content="Bundesnetzwerk Bürgerschaftliches Engagement (BBE)">
<meta name="description" content="${escapeHtml(congress.description)}">
${stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>
  @page { size: A4; }
  html, body { background: #fff; color: #1c1e21; }
  body { font-size: 11pt; line-height: 1.45; margin: 0; }
  main { max-width: none; padding: 0; }
  .wp-pdf-cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  .wp-pdf-cover h1 { font-size: 26pt; line-height: 1.2; margin-bottom: 8mm; }
  .wp-pdf-cover p { font-size: 13pt; margin: 0 0 3mm; }
  .wp-pdf-kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 11pt !important; }
  .wp-pdf-section { break-before: page; }
  .wp-pdf-contents { break-after: page; }
  h2 { font-size: 18pt; margin-top: 0; }
  h3 { font-size: 14pt; }
  h2, h3, h4 { break-after: avoid; }
  img, figure, table, tr, .theme-admonition { break-inside: avoid; }
  img { max-width: 100%; height: auto; }
  a { color: inherit; }
  .wp-pdf-list li { margin-bottom: 3mm; }
  .hash-link, .theme-edit-this-page, .pagination-nav, nav, button { display: none !important; }
  /* The site's print style writes each link's address after it; in tables and under photos that only crowds them. */
  table a::after, .wp-gallery a::after { content: none !important; }
  .markdown ul.wp-gallery { grid-template-columns: 1fr 1fr; }
</style>
</head>
<body>
<main>
<section class="wp-pdf-cover" aria-labelledby="titel">
<p class="wp-pdf-kicker">Kongressdokumentation</p>
<h1 id="titel">${escapeHtml(congress.title)}</h1>
${congress.motto ? `<p>»${escapeHtml(congress.motto)}«</p>` : ''}
<p>${escapeHtml(formatGermanDateRange(congress.date, congress.endDate))}, ${escapeHtml(congress.venue)}, ${escapeHtml(congress.city)}</p>
<p>Bundesnetzwerk Bürgerschaftliches Engagement (BBE)<br>Projekt »Pat*innen, Mentor*innen und Lots*innen« im Bundesprogramm »Menschen stärken Menschen«</p>
${congress.sample ? '<p><strong>Beispiel:</strong> Programm, Personen und Materialien dieses Kongresses sind erfunden.</p>' : ''}
</section>
<section class="wp-pdf-contents" aria-labelledby="inhalt">
<h2 id="inhalt">Inhalt</h2>
<ol>${contents}</ol>
</section>
${sections.map((section) => `<section class="wp-pdf-section" aria-labelledby="${section.id}"><h2 id="${section.id}">${escapeHtml(section.title)}</h2><div class="markdown">${section.html}</div></section>`).join('\n')}
</main>
</body>
</html>`;
}

/**
 * The main text of built pages, with every heading one level down (h2 → h3) so that it fits below the section's
 * heading, without what only works on screen (anchor links, edit links, pagination). Read in the browser from the
 * served build.
 */
async function pageContents(browser: Browser, siteRoot: string, paths: readonly string[]): Promise<{stylesheets: string[]; contents: string[]}> {
  const page = await browser.newPage();
  try {
    await page.goto(`${siteRoot}${paths[0]}`, {waitUntil: 'load'});
    return await page.evaluate(async (list) => {
      const stylesheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href);
      const contents: string[] = [];
      for (const path of list) {
        const response = await fetch(path);
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        const main = doc.querySelector('article .markdown') ?? doc.querySelector('main .markdown') ?? doc.querySelector('main');
        if (!main) throw new Error(`${path}: kein Seiteninhalt`);
        main.querySelectorAll('.hash-link, .theme-edit-this-page, .pagination-nav, [data-search-ignore] nav').forEach((element) => element.remove());
        // The page's own title: the section's heading says it already.
        main.querySelector(':scope > header:has(h1)')?.remove();
        main.querySelector(':scope > h1')?.remove();
        // Links lead to the published site (its canonical address), not to the local server that prints.
        const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
        const publicOrigin = canonical ? new URL(canonical).origin : location.origin;
        for (const heading of [...main.querySelectorAll('h6, h5, h4, h3, h2, h1')]) {
          const level = Math.min(6, Number(heading.tagName.slice(1)) + 1);
          const replacement = doc.createElement(`h${level}`);
          for (const attribute of [...heading.attributes]) replacement.setAttribute(attribute.name, attribute.value);
          replacement.append(...heading.childNodes);
          heading.replaceWith(replacement);
        }
        // Photos are printed, not loaded on scroll; their addresses become absolute for the printed document.
        main.querySelectorAll('img').forEach((image) => {
          image.setAttribute('loading', 'eager');
          image.setAttribute('src', new URL(image.getAttribute('src') ?? '', path).href);
          image.removeAttribute('srcset');
        });
        main.querySelectorAll('source').forEach((source) => source.remove());
        main.querySelectorAll('a[href^="/"]').forEach((anchor) => anchor.setAttribute('href', new URL(anchor.getAttribute('href')!, publicOrigin).href));
        contents.push(main.innerHTML);
      }
      return {stylesheets, contents};
    }, paths.map((path) => `${siteRoot}${path}`));
  } finally {
    await page.close();
  }
}

/**
 * Prints the proceedings of `congress` into the PDF file `target`, from the build served at `siteRoot` (origin and
 * base path, without a trailing slash: http://127.0.0.1:4000/wissensplattform).
 */
export async function printProceedings(browser: Browser, siteRoot: string, congress: Congress, target: string): Promise<void> {
  const sessions = documentedSessions(congress);
  const {stylesheets, contents} = await pageContents(browser, siteRoot, [congress.path, ...sessions.map((session) => session.pagePath!), IMPRINT_PATH]);
  const sections: ProceedingsSection[] = [
    {id: 'kongress', title: congress.title, html: contents[0]!},
    ...sessions.map((session, index) => ({id: `beitrag-${index + 1}`, title: `${SESSION_TYPE_LABELS[session.type]}: ${session.title}`, html: contents[index + 1]!})),
    speakersSection(congress),
    creditsSection(congress),
    {id: 'impressum', title: 'Impressum', html: contents.at(-1)!},
  ];
  const page = await browser.newPage();
  try {
    // On a blank page, without the site's Content Security Policy (the document's own style sheet is inline); every
    // address in it is absolute.
    await page.setContent(proceedingsHtml(congress, sections, stylesheets), {waitUntil: 'load'});
    await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))));
    mkdirSync(dirname(target), {recursive: true});
    const title = `Kongressdokumentation ${congress.year}`;
    await page.pdf({
      path: target,
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8pt;width:100%;padding:0 18mm;color:#555;font-family:sans-serif;">${escapeHtml(title)} · ${escapeHtml(congress.title)}</div>`,
      footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;color:#555;font-family:sans-serif;">Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>',
      margin: {top: '20mm', bottom: '20mm', left: '18mm', right: '18mm'},
    });
  } finally {
    await page.close();
  }
}
