import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type {Root, Nodes} from 'mdast';
import remarkGenderStar, {isLetter} from '../../src/remark/genderStar';

const SEED = 'Pat*innen, Mentor*innen und Lots*innen';

/** Markdown → HTML, as the `.md` pipeline does it (CommonMark + GFM). */
function mdToHtml(markdown: string, withPlugin = true): string {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (withPlugin) processor.use(remarkGenderStar);
  return String(
    processor.use(remarkRehype).use(rehypeStringify).processSync(markdown),
  ).trim();
}

/** MDX → mdast, as the `.mdx` pipeline parses it. */
function mdxTree(source: string): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkGenderStar);
  return processor.runSync(processor.parse(source));
}

function collect(node: Nodes, type: string): Nodes[] {
  const found: Nodes[] = node.type === type ? [node] : [];
  if ('children' in node) {
    for (const child of node.children) found.push(...collect(child, type));
  }
  return found;
}

function texts(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(texts).join('');
  return '';
}

describe('remarkGenderStar in Markdown (.md)', () => {
  it('shows why the plugin exists: stock CommonMark emphasises between two gender stars', () => {
    expect(mdToHtml(SEED, false)).toBe(
      '<p>Pat<em>innen, Mentor</em>innen und Lots*innen</p>',
    );
  });

  it.each([
    ['paragraph', SEED, `<p>${SEED}</p>`],
    ['heading', `## ${SEED}`, `<h2>${SEED}</h2>`],
    [
      'list',
      `- ${SEED}\n- Lehrer*innen`,
      `<ul>\n<li>${SEED}</li>\n<li>Lehrer*innen</li>\n</ul>`,
    ],
    ['umlauts and ß', 'Schüler*innen, Großväter*innen', '<p>Schüler*innen, Großväter*innen</p>'],
    ['plural with star at end of line', 'Pat*innen\nund Mentor*innen', '<p>Pat*innen\nund Mentor*innen</p>'],
  ])('keeps the star literal in a %s', (_name, markdown, html) => {
    expect(mdToHtml(markdown)).toBe(html);
  });

  it('keeps the star literal in a table cell', () => {
    const html = mdToHtml(`| Rolle | Anzahl |\n| --- | --- |\n| ${SEED} | 3 |`);
    expect(html).toContain(`<td>${SEED}</td>`);
    expect(html).not.toContain('<em>');
  });

  it.each([
    ['emphasis', 'Das ist *wichtig* hier.', '<p>Das ist <em>wichtig</em> hier.</p>'],
    ['strong', 'Das ist **sehr wichtig**.', '<p>Das ist <strong>sehr wichtig</strong>.</p>'],
    ['strong around a gendered word', '**Pat*innen** gesucht', '<p><strong>Pat*innen</strong> gesucht</p>'],
    ['emphasis around gendered words', `*${SEED}*`, `<p><em>${SEED}</em></p>`],
    ['underscore emphasis', '_betont_ und __stark__', '<p><em>betont</em> und <strong>stark</strong></p>'],
    ['a list marker', '* Punkt*eins', '<ul>\n<li>Punkt*eins</li>\n</ul>'],
  ])('leaves real %s working', (_name, markdown, html) => {
    expect(mdToHtml(markdown)).toBe(html);
  });

  it('does not touch code', () => {
    expect(mdToHtml('`a*b*c` und\n\n```\nx*y*z\n```')).toBe(
      '<p><code>a*b*c</code> und</p>\n<pre><code>x*y*z\n</code></pre>',
    );
  });
});

describe('remarkGenderStar in MDX (.mdx)', () => {
  it('keeps stars literal in headings, lists and tables and inside JSX children', () => {
    const tree = mdxTree(
      [
        `# ${SEED}`,
        '',
        `- ${SEED}`,
        '',
        `| Wer |\n| --- |\n| ${SEED} |`,
        '',
        `<div>\n\n${SEED}\n\n</div>`,
      ].join('\n'),
    );
    expect(collect(tree, 'emphasis')).toHaveLength(0);
    expect(texts(collect(tree, 'heading')[0]!)).toBe(SEED);
    expect(texts(collect(tree, 'listItem')[0]!)).toBe(SEED);
    expect(texts(collect(tree, 'tableCell')[1]!)).toBe(SEED);
    expect(texts(collect(tree, 'mdxJsxFlowElement')[0]!)).toBe(SEED);
  });

  it('still parses emphasis and strong in MDX', () => {
    const tree = mdxTree('Ein *betontes* und ein **starkes** Wort für Pat*innen.');
    expect(collect(tree, 'emphasis').map(texts)).toEqual(['betontes']);
    expect(collect(tree, 'strong').map(texts)).toEqual(['starkes']);
    expect(texts(tree)).toBe('Ein betontes und ein starkes Wort für Pat*innen.');
  });
});

describe('isLetter', () => {
  it.each([
    ['a', true],
    ['Z', true],
    ['ä', true],
    ['ß', true],
    ['1', false],
    [' ', false],
    ['*', false],
    [',', false],
  ])('%s → %s', (char, expected) => {
    expect(isLetter(char.codePointAt(0)!)).toBe(expected);
  });

  it('is false at the start or end of the text', () => {
    expect(isLetter(null)).toBe(false);
  });
});
