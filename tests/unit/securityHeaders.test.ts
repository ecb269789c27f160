import {describe, expect, it} from 'vitest';
import {contentSecurityPolicy, embedOrigins, headersFile, inlineScripts, nginxSnippet, parseHeadersFile, scriptHash, securityHeaders} from '../../src/plugins/security/headers';

describe('inlineScripts', () => {
  it('finds executable inline scripts, not external ones or data blocks', () => {
    const html = '<script src=/a.js defer></script><script>alert(1)</script><script type="module">go()</script><script type=application/ld+json>{"@type":"Event"}</script>';
    expect(inlineScripts(html)).toEqual(['alert(1)', 'go()']);
  });
});

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy([scriptHash('alert(1)'), scriptHash('alert(1)')]);

  it('allows exactly the hashed inline scripts, never unsafe-inline for scripts', () => {
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src'))!;
    expect(scriptSrc).toBe("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('is written as _headers and as an nginx snippet, and _headers reads back', () => {
    const headers = securityHeaders(csp);
    const rules = parseHeadersFile(headersFile(headers));
    expect(rules[0]).toEqual({source: '/*', headers: headers.map(([key, value]) => ({key, value}))});
    expect(rules[1]!.source).toBe('/assets/*');
    expect(nginxSnippet(headers)).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(nginxSnippet(headers)).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});

describe('contentSecurityPolicy with a search service', () => {
  it('allows fetching from the search hosts and nothing else', () => {
    const csp = contentSecurityPolicy([], ['https://APP-dsn.algolia.net', 'https://APP-1.algolianet.com']);
    expect(csp).toContain("connect-src 'self' https://APP-dsn.algolia.net https://APP-1.algolianet.com;");
    expect(csp).toContain("default-src 'self';");
    expect(contentSecurityPolicy([])).toContain("connect-src 'self';");
  });
});

describe('embeds behind consent', () => {
  it('finds the origins of embeds in built HTML, quoted or not', () => {
    expect(embedOrigins('<figure data-embed-origin=https://www.openstreetmap.org aria-labelledby=x><figure data-embed-origin="https://video.example.org">')).toEqual([
      'https://www.openstreetmap.org',
      'https://video.example.org',
    ]);
    expect(embedOrigins('<figure data-embed-origin="">')).toEqual([]);
  });

  it('allows frames from those origins only', () => {
    expect(contentSecurityPolicy([], [], ['https://b.example', 'https://a.example', 'https://a.example'])).toContain("frame-src 'self' https://a.example https://b.example;");
    expect(contentSecurityPolicy([])).toContain("frame-src 'self';");
  });
});
