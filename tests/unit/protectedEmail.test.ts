import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeProtectedEmail, {encodeEmail} from '../../src/rehype/protectedEmail';

const html = (markdown: string): string =>
  String(unified().use(remarkParse).use(remarkRehype).use(rehypeProtectedEmail).use(rehypeStringify).processSync(markdown)).trim();

describe('rehypeProtectedEmail', () => {
  it('turns »name(at)domain« into a protected link, keeping the text around it', () => {
    const encoded = encodeEmail('lilian.schwalb@b-b-e.de');
    expect(html('- E-Mail: lilian.schwalb(at)b-b-e.de, Telefon folgt')).toBe(
      `<ul>\n<li>E-Mail: <a class="wp-mail" data-wp-mail="${encoded}">lilian.schwalb(at)b-b-e.de</a>, Telefon folgt</li>\n</ul>`,
    );
    // The address itself is not in the HTML.
    expect(html('lilian.schwalb(at)b-b-e.de')).not.toContain('@');
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe('ed.e-b-b@blawhcs.nailil');
  });

  it('finds several addresses and leaves code and links alone', () => {
    const out = html('a(at)example.org und b(at)example.org; `c(at)example.org` und [d(at)example.org](https://example.org)');
    expect(out.match(/data-wp-mail/g)).toHaveLength(2);
    expect(out).toContain('<code>c(at)example.org</code>');
    expect(out).toContain('<a href="https://example.org">d(at)example.org</a>');
  });

  it('does not touch text without an address', () => {
    expect(html('Schreiben Sie »(at)« statt »@«.')).toBe('<p>Schreiben Sie »(at)« statt »@«.</p>');
  });
});
