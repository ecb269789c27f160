import {describe, expect, it} from 'vitest';
import {renderPracticeBody, rewritePracticeLink, tocHtml} from '../../src/plugins/practices/markdown';

const render = (body: string, mdx = false) => renderPracticeBody(body, {file: 'docs/gute-praxis/x.md', bodyLine: 10, mdx});

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

  it('links written as Markdown or <…> work; bare addresses stay text', () => {
    const {html} = render('[Projekt](https://example.org) <https://example.org/a> www.example.org');
    expect(html).toContain('<a href="https://example.org">Projekt</a>');
    expect(html).toContain('<a href="https://example.org/a">https://example.org/a</a>');
    expect(html).toContain(' www.example.org');
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
    const {html, problems} = renderPracticeBody('Text.\n\n[Klick](javascript:alert(1)) und ![Bild](<data:text/html;base64,PHNjcmlwdD4=>)\n', {file: 'docs/gute-praxis/x.md', bodyLine: 10, mdx: false});
    expect(problems.map((problem) => [problem.line, problem.column, problem.field])).toEqual([
      [12, 1, 'Link'],
      [12, 34, 'Link'],
    ]);
    expect(problems[0]!.message).toMatch(/^Der Link »javascript:alert\(1\)« ist nicht erlaubt/);
    expect(html).not.toMatch(/javascript:|data:text/);
  });

  it('accepts plain Markdown in .mdx practices', () => {
    expect(render('Nur **Text**.', true).problems).toEqual([]);
  });
});

describe('rewritePracticeLink', () => {
  it.each([
    ['./lesetandems.md', '/gute-praxis/lesetandems'],
    ['lesetandems.mdx#a', '/gute-praxis/lesetandems#a'],
    ['https://example.org/x.md', 'https://example.org/x.md'],
    ['/programm', '/programm'],
  ])('%s → %s', (input, expected) => {
    expect(rewritePracticeLink(input)).toBe(expected);
  });
});

describe('table of contents', () => {
  it('lists the top-level sections with their ids, from three on', () => {
    const {toc} = render('## Ausgangslage\n\n:::tip\n\n## Nicht im Inhaltsverzeichnis\n\n:::\n\n## Umsetzung {#wie}\n\n### Detail\n\n## Zum Nachmachen & Weitergeben');
    expect(toc).toEqual([
      {id: 'ausgangslage', text: 'Ausgangslage'},
      {id: 'wie', text: 'Umsetzung'},
      {id: 'zum-nachmachen--weitergeben', text: 'Zum Nachmachen & Weitergeben'},
    ]);
    expect(tocHtml(toc)).toBe(
      '<details class="theme-doc-toc-mobile wp-toc"><summary>Auf dieser Seite</summary><nav aria-label="Auf dieser Seite"><ul><li><a href="#ausgangslage">Ausgangslage</a></li><li><a href="#wie">Umsetzung</a></li><li><a href="#zum-nachmachen--weitergeben">Zum Nachmachen &amp; Weitergeben</a></li></ul></nav></details>',
    );
    expect(tocHtml(toc.slice(0, 2))).toBe('');
  });
});
