/** The base URL (BASE_URL): its validation, and site paths and HTML of fragment pages with it. */
import {describe, expect, it} from 'vitest';
import {resolveBaseUrl} from '../../src/config/siteUrl';
import {fragmentWithBase, htmlWithBase, withBase, withoutBase} from '../../src/fragmentPages/fragment';
import {headersFile} from '../../src/plugins/security/headers';

describe('resolveBaseUrl', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['wissensplattform', '/wissensplattform/'],
    ['/wissensplattform', '/wissensplattform/'],
    ['/vorschau/pr-12/', '/vorschau/pr-12/'],
  ])('%j → %s', (value, expected) => expect(resolveBaseUrl(value)).toBe(expected));

  it.each(['/a b/', '/../x/', 'https://example.org/x/', '/a?b=1/'])('rejects %j with a German message naming the variable', (value) => {
    expect(() => resolveBaseUrl(value)).toThrow(/^BASE_URL: .* ist kein gültiger Pfad\. Erwartet wird z\. B\. \/wissensplattform\//);
  });
});

describe('site paths with and without the base URL', () => {
  const base = '/wissensplattform/';
  it('adds the base URL once, and only to site paths', () => {
    expect(withBase('/gute-praxis/x', base)).toBe('/wissensplattform/gute-praxis/x');
    expect(withBase('/', base)).toBe('/wissensplattform/');
    expect(withBase('/wissensplattform/gute-praxis/x', base)).toBe('/wissensplattform/gute-praxis/x');
    expect(withBase('//cdn.example.org/x', base)).toBe('//cdn.example.org/x');
    expect(withBase('#abschnitt', base)).toBe('#abschnitt');
    expect(withBase('/gute-praxis/x', '/')).toBe('/gute-praxis/x');
  });

  it('takes it off again', () => {
    expect(withoutBase('/wissensplattform/gute-praxis/x', base)).toBe('/gute-praxis/x');
    expect(withoutBase('/wissensplattform', base)).toBe('/');
    expect(withoutBase('/wissensplattform/', base)).toBe('/');
    expect(withoutBase('/gute-praxis/x', base)).toBe('/gute-praxis/x');
  });

  it('rewrites links, images and srcset in a fragment, and leaves text, anchors and other sites alone', () => {
    const html =
      '<a href="/gute-praxis/x">/gute-praxis/x</a> <a href="#oben">oben</a> <a href="https://example.org/">extern</a> ' +
      '<img src="/daten/bilder/a.webp" srcset="/daten/bilder/a-400.webp 400w, /daten/bilder/a-800.webp 800w"> <code>href="/x"</code>';
    expect(htmlWithBase(html, base)).toBe(
      '<a href="/wissensplattform/gute-praxis/x">/gute-praxis/x</a> <a href="#oben">oben</a> <a href="https://example.org/">extern</a> ' +
        '<img src="/wissensplattform/daten/bilder/a.webp" srcset="/wissensplattform/daten/bilder/a-400.webp 400w, /wissensplattform/daten/bilder/a-800.webp 800w"> <code>href="/x"</code>',
    );
    const fragment = {path: '/meldungen/x', title: 'T', description: 'D', html: '<a href="/traeger">Träger*innen</a>', head: '<link rel="alternate" href="/meldungen/rss.xml">'};
    expect(fragmentWithBase(fragment, base)).toEqual({
      path: '/wissensplattform/meldungen/x',
      title: 'T',
      description: 'D',
      html: '<a href="/wissensplattform/traeger">Träger*innen</a>',
      head: '<link rel="alternate" href="/wissensplattform/meldungen/rss.xml">',
    });
    expect(fragmentWithBase(fragment, '/')).toBe(fragment);
  });

  it('writes the rules of _headers below the base URL', () => {
    expect(headersFile([['X-Test', '1']], base)).toMatch(/^\/wissensplattform\/\*\n {2}X-Test: 1\n[\s\S]*^\/wissensplattform\/assets\/\*$/m);
  });
});
