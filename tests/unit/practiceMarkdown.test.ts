import {describe, expect, it} from 'vitest';
import {renderPracticeBody, rewritePracticeLink} from '../../src/plugins/practices/markdown';

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

  it('gives headings ids and turns a # heading into ## (the title is the only h1)', () => {
    expect(render('# Ausgangslage\n\n## Umsetzung').html).toBe('<h2 id="ausgangslage">Ausgangslage</h2>\n<h2 id="umsetzung">Umsetzung</h2>');
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
