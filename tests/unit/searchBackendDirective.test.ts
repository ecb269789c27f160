import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkSearchBackend from '../../src/search/server/remarkBackendDirective';

const SOURCE = [
  'Vorher.',
  '',
  ':::nur-mit-algolia',
  '',
  '## Suche über Algolia',
  '',
  'Anfragen gehen an Algolia.',
  '',
  ':::',
  '',
  ':::nur-ohne-algolia',
  '',
  'Die Suche läuft im Browser.',
  '',
  ':::',
  '',
  'Nachher.',
].join('\n');

const html = (algolia: boolean): string =>
  String(unified().use(remarkParse).use(remarkDirective).use(remarkSearchBackend, {algolia}).use(remarkRehype).use(rehypeStringify).processSync(SOURCE));

describe('remarkSearchBackend', () => {
  it('keeps the Algolia text, unwrapped, when the site searches with Algolia', () => {
    expect(html(true)).toBe('<p>Vorher.</p>\n<h2>Suche über Algolia</h2>\n<p>Anfragen gehen an Algolia.</p>\n<p>Nachher.</p>');
  });

  it('drops it, and keeps the built-in text, otherwise', () => {
    expect(html(false)).toBe('<p>Vorher.</p>\n<p>Die Suche läuft im Browser.</p>\n<p>Nachher.</p>');
  });
});
