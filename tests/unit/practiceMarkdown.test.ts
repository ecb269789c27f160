import {describe, expect, it} from 'vitest';
import {tocHtml} from '../../src/markdown/render';
import {renderPractice} from '../support/renderPractice';

const LINKS = new Map([['docs/gute-praxis/lesetandems.md', '/gute-praxis/lesetandems'], ['docs/programm/index.md', '/programm']]);
const render = (body: string, mdx = false) => renderPractice(body, {bodyLine: 10, mdx, links: LINKS});

describe('renderPracticeBody', () => {
  it('keeps gender stars literal and real emphasis working', () => {
    expect(render('Pat*innen, Mentor*innen und **Lots*innen**').html).toBe('<p>Pat*innen, Mentor*innen und <strong>Lots*innen</strong></p>');
  });

  it('renders tables, strikethrough and task lists', () => {
    const {html} = render('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~alt~~\n\n- [x] erledigt');
    expect(html).toContain('<table tabindex="0">');
    expect(html).toContain('<del>alt</del>');
    expect(html).toContain('type="checkbox"');
  });

  it('gives headings ids with a link to them, and turns a # heading into ## (the title is the only h1)', () => {
    const link = (id: string, text: string): string => `<a class="hash-link" aria-label="Direkter Link zu »${text}«" title="Direkter Link zu »${text}«" translate="no" href="#${id}">\u200b</a>`;
    expect(render('# Ausgangslage\n\n## Umsetzung').html).toBe(`<h2 id="ausgangslage">Ausgangslage${link('ausgangslage', 'Ausgangslage')}</h2>\n<h2 id="umsetzung">Umsetzung${link('umsetzung', 'Umsetzung')}</h2>`);
  });

  it.each([false, true])('takes a custom heading id {#id} as doc pages do (MDX: %s)', (mdx) => {
    const {html, problems} = render('## Zweiter Abschnitt {#zweiter}\n\nText.', mdx);
    expect(problems).toEqual([]);
    expect(html).toMatch(/^<h2 id="zweiter">Zweiter Abschnitt<a class="hash-link"[^>]*href="#zweiter">/);
  });

  it.each([
    ['note', 'Hinweis', 'secondary'],
    ['tip', 'Tipp', 'success'],
    ['info', 'Info', 'info'],
    ['warning', 'Warnung', 'warning'],
    ['danger', 'Gefahr', 'danger'],
  ])('renders the admonition :::%s with the theme\'s structure, its German name as title', (type, title, alert) => {
    const {html, problems} = render(`:::${type}\n\nText mit **Betonung**.\n\n:::`);
    expect(problems).toEqual([]);
    expect(html).toBe(
      `<div class="theme-admonition theme-admonition-${type} alert alert--${alert} wp-admonition">\n<div class="wp-admonition__heading">${title}</div>\n<div class="wp-admonition__content">\n<p>Text mit <strong>Betonung</strong>.</p>\n</div>\n</div>`,
    );
  });

  it('renders an admonition with its own title, nested content and a gender star', () => {
    const {html} = render(':::tip[Gut zu wissen für Pat*innen]\n\n- eins\n- zwei\n\n:::');
    expect(html).toContain('<div class="wp-admonition__heading">Gut zu wissen für Pat*innen</div>');
    expect(html).toMatch(/<div class="wp-admonition__content">\s*<ul>/);
  });

  it('leaves text that only looks like a directive as it was written', () => {
    expect(render('Um 10:30 treffen sich Pat:innen und Lots:innen.').html).toBe('<p>Um 10:30 treffen sich Pat:innen und Lots:innen.</p>');
  });

  it.each([
    [':::tipp\n\nText.\n\n:::', 10, /Den Hinweiskasten »:::tipp« gibt es nicht.*Meinten Sie »:::tip«/],
    [':::tip Gut zu wissen\n\nText.\n\n:::', 10, /steht in eckigen Klammern: »:::tip\[Gut zu wissen\]«/],
    ['Text.\n\n:::warning\n\nRest.', 12, /»:::warning« wird nicht geschlossen/],
    ['## A {#x}\n\n## B {#x}', 12, /Überschriften-ID »x« gibt es auf dieser Seite schon/],
  ])('names what would show as raw text: %j', (body, line, message) => {
    const {problems} = render(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'docs/gute-praxis/x.md', line});
    expect(problems[0]!.message).toMatch(message);
  });

  it('links written as Markdown or <…> work, and bare addresses become links as on doc pages', () => {
    const {html} = render('[Projekt](https://example.org) <https://example.org/a> www.example.org');
    expect(html).toContain('<a href="https://example.org">Projekt</a>');
    expect(html).toContain('<a href="https://example.org/a">https://example.org/a</a>');
    expect(html).toContain('<a href="http://www.example.org">www.example.org</a>');
    expect(render('Ohne Adresse: 10:30 Uhr, Pat*innen.').html).toBe('<p>Ohne Adresse: 10:30 Uhr, Pat*innen.</p>');
  });

  it('turns links to other practice files into page links', () => {
    expect(render('[Andere](./lesetandems.md#umsetzung)').html).toContain('href="/gute-praxis/lesetandems#umsetzung"');
  });

  it('reports JSX in .mdx practices with the line in the file', () => {
    const {problems} = render('Text\n\n<Karte titel="x" />\n', true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'docs/gute-praxis/x.md', line: 12});
    expect(problems[0]!.message).toMatch(/nur Markdown: JSX-Elemente/);
  });

  it('refuses links that could run code, with the line in the file, and renders none of them', () => {
    const {html, problems} = render('Text.\n\n[Klick](javascript:alert(1)) und ![Bild](<data:text/html;base64,PHNjcmlwdD4=>)\n');
    expect(problems.map((problem) => [problem.line, problem.column, problem.field])).toEqual([
      [12, 1, 'Link'],
      [12, 34, 'Bild'],
    ]);
    expect(problems[0]!.message).toMatch(/^Der Link »javascript:alert\(1\)« ist nicht erlaubt/);
    expect(html).not.toMatch(/javascript:|data:text/);
  });

  it('accepts plain Markdown in .mdx practices', () => {
    expect(render('Nur **Text**.', true).problems).toEqual([]);
  });
});

describe('table of contents', () => {
  it('lists the sections of levels 2 and 3 with their ids, from three sections on, as doc pages do', () => {
    const {toc} = render('## Ausgangslage\n\n:::tip\n\n## Nicht im Inhaltsverzeichnis\n\n:::\n\n## Umsetzung {#wie}\n\n### Detail\n\n## Zum Nachmachen & Weitergeben');
    expect(toc).toEqual([
      {id: 'ausgangslage', text: 'Ausgangslage', children: []},
      {id: 'wie', text: 'Umsetzung', children: [{id: 'detail', text: 'Detail', children: []}]},
      {id: 'zum-nachmachen--weitergeben', text: 'Zum Nachmachen & Weitergeben', children: []},
    ]);
    expect(tocHtml(toc)).toBe(
      '<details class="theme-doc-toc-mobile wp-toc"><summary>Auf dieser Seite</summary><nav aria-label="Auf dieser Seite"><ul><li><a href="#ausgangslage">Ausgangslage</a></li><li><a href="#wie">Umsetzung</a><ul><li><a href="#detail">Detail</a></li></ul></li><li><a href="#zum-nachmachen--weitergeben">Zum Nachmachen &amp; Weitergeben</a></li></ul></nav></details>',
    );
    expect(tocHtml(toc.slice(0, 2))).toBe('');
  });
});

describe('what a doc page renders, a practice renders the same (issue #33)', () => {
  it('renders details, keyboard keys and passages with a style, as raw HTML in a .md file', () => {
    const {html, problems} = render('<details>\n<summary>Mehr lesen</summary>\n\nText mit **Betonung**.\n\n</details>\n\nDrücken Sie <kbd>Strg</kbd> + <kbd>F</kbd>. <span style="color: #005a70">Farbig</span>.');
    expect(problems).toEqual([]);
    expect(html).toMatch(/<details class="alert alert--info wp-details">\s*<summary>Mehr lesen<\/summary>\s*<p>Text mit <strong>Betonung<\/strong>\.<\/p>\s*<\/details>/);
    expect(html).toContain('<kbd>Strg</kbd> + <kbd>F</kbd>');
    expect(html).toContain('<span style="color: #005a70">Farbig</span>');
  });

  it.each([
    ['import Tabs from \'@theme/Tabs\';\n\nText.', 10, /^»import Tabs from '@theme\/Tabs';« ist ein MDX-Import; in Praxisbeispielen/],
    ['Text.\n\n<Tabs>\n<TabItem value="a">A</TabItem>\n</Tabs>', 12, /^<Tabs> ist eine Komponente; Praxisbeispiele enthalten keine Komponenten/],
    ['<script>alert(1)</script>', 10, /^Das HTML-Element <script> ist in Praxisbeispielen nicht erlaubt/],
    ['<span onclick="x()">Text</span>', 10, /^Das Attribut onclick an <span> ist in Praxisbeispielen nicht erlaubt/],
    ['<span lang="xx-nicht">Text</span>', 10, /^Die Sprachangabe lang="xx-nicht" gibt es nicht/],
    // Read as a browser reads HTML: no spelling slips past the rule.
    ['<div>\n<img/src=x onerror=alert(1)>\n</div>', 11, /^Das HTML-Element <img> ist in Praxisbeispielen nicht erlaubt/],
    ['<div><!--> <img src=x onerror=alert(1)> --></div>', 10, /^Das HTML-Element <img> ist in Praxisbeispielen nicht erlaubt/],
    ['<SCRIPT>alert(1)</SCRIPT>', 10, /^Das HTML-Element <script> ist in Praxisbeispielen nicht erlaubt/],
    ['<div>\n<span/onmouseover=alert(1)>x</span>\n</div>', 11, /^Das Attribut onmouseover an <span> ist in Praxisbeispielen nicht erlaubt/],
    ['<details open><summary>A</summary><svg><script>alert(1)</script></svg></details>', 10, /^Das HTML-Element <svg> ist in Praxisbeispielen nicht erlaubt/],
  ])('names what it cannot show, never dropping it: %j', (body, line, message) => {
    const {problems, html} = render(body);
    expect(problems[0]).toMatchObject({file: 'docs/gute-praxis/x.md', line});
    expect(problems[0]!.message).toMatch(message);
    expect(html).not.toMatch(/<script|<span onclick|<img|onerror="|onmouseover="/i);
  });

  it('reads the code block line: title, highlighted lines by range and by magic comment, line numbers', () => {
    const titled = render('```js title="beispiel.js" {1,3-4} showLineNumbers=5\na();\nb();\nc();\nd();\n```').html;
    expect(titled).toContain('<div class="wp-code-block__title">beispiel.js</div>');
    expect(titled).toContain('<code class="wp-code-lines--numbered" style="counter-reset:line-count 4">');
    expect(titled.match(/theme-code-block-highlighted-line/g)).toHaveLength(3);
    expect(titled.match(/<span class="wp-code-line-number"><\/span>/g)).toHaveLength(4);
    const magic = render('```js\n// highlight-next-line\neins();\nzwei();\n// highlight-start\ndrei();\nvier();\n// highlight-end\n```').html;
    expect(magic).not.toContain('highlight-');
    const lines = [...magic.matchAll(/<span class="token-line wp-code-line( theme-code-block-highlighted-line)?">/g)].map((match) => Boolean(match[1]));
    expect(lines).toEqual([true, false, true, true]);
    // Raw HTML in the same body (parsed again by rehype-raw) leaves the code block's line as it was read.
    expect(render('<kbd>F</kbd>\n\n```js title="mit-html.js"\nx();\n```').html).toContain('<div class="wp-code-block__title">mit-html.js</div>');
  });

  it('turns links to Markdown files into their pages, relative and from the site folder, and names a missing one', () => {
    const {html, problems} = render('[A](./lesetandems.md#umsetzung) [B](../programm/index.md) [C](/programm/index.md) [D](./fehlt.md)');
    expect(html).toContain('href="/gute-praxis/lesetandems#umsetzung"');
    expect(html.match(/href="\/programm"/g)).toHaveLength(2);
    expect(problems).toEqual([expect.objectContaining({line: 10, field: 'Link', message: expect.stringMatching(/^Der Link »\.\/fehlt\.md« zeigt auf eine Datei, die es nicht gibt \(docs\/gute-praxis\/fehlt\.md\)/)})]);
  });

  it('shows emoji shortcodes, task lists without bullets and footnotes in German', () => {
    const {html} = render('Geschafft :tada: `:tada:`\n\n- [x] erledigt\n- [ ] offen\n\nText[^1].\n\n[^1]: Quelle.');
    expect(html).toContain('Geschafft 🎉 <code>:tada:</code>');
    expect(html).toMatch(/<ul class="contains-task-list clean-list">/);
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="erledigt">');
    expect(html).toContain('<input type="checkbox" disabled aria-label="offen">');
    expect(html).toContain('id="footnote-label">Fußnoten');
    expect(html).toContain('aria-label="Zurück zum Verweis 1"');
  });
});
