/**
 * Security headers for hosting the built site: a Content Security Policy made
 * from the inline scripts the build actually contains (their SHA-256 hashes,
 * no 'unsafe-inline' for scripts), plus Referrer-Policy, X-Content-Type-Options
 * and Permissions-Policy. Written as a `_headers` file (Netlify, Cloudflare
 * Pages) and as an nginx snippet. Pure functions; the plugin wires them up.
 */
import {createHash} from 'node:crypto';

/** Script types a browser executes (and CSP therefore governs); JSON-LD and other data blocks are not among them. */
const EXECUTABLE = /^(?:|text\/javascript|application\/javascript|module)$/i;

/** The contents of the executable inline scripts of one HTML page. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1]!;
    if (/\bsrc\s*=/.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) continue;
    scripts.push(match[2]!);
  }
  return scripts;
}

export const scriptHash = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** Origins of the embeds on a page (src/components/ExternalEmbed), loaded in a frame after the visitor's consent. */
export function embedOrigins(html: string): string[] {
  return [...html.matchAll(/data-embed-origin=["']?(https?:\/\/[^"'\s>]+)/g)].map((match) => match[1]!);
}

/**
 * `connectOrigins`: further origins scripts may fetch from (the search service, when Algolia is on);
 * `frameOrigins`: origins of embedded content (shown only after consent).
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>, connectOrigins: readonly string[] = [], frameOrigins: Iterable<string> = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(scriptHashes)].sort().join(' ')}`.trim(),
    // React sets style attributes; styles cannot run code, so inline styles stay allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectOrigins].join(' '),
    ["frame-src 'self'", ...[...new Set(frameOrigins)].sort()].join(' '),
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(csp: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', csp],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
}

/** `_headers` for Netlify and Cloudflare Pages; the rules cover the site's base URL (BASE_URL), `/` by default. */
export function headersFile(headers: [string, string][], baseUrl = '/'): string {
  return [
    '# Erzeugt beim Build (src/plugins/security). Sicherheits-Header für alle Antworten.',
    `${baseUrl}*`,
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
    '',
    '# Dateien mit Inhalts-Hash im Namen ändern sich nie.',
    `${baseUrl}assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** The same headers for nginx: `include` it in the `server` block. */
export function nginxSnippet(headers: [string, string][]): string {
  return [
    '# Erzeugt beim Build (src/plugins/security). In den server-Block einbinden:',
    '#   include /pfad/zu/nginx-security-headers.conf;',
    ...headers.map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`),
    '',
  ].join('\n');
}

/** Parses a `_headers` file into path patterns and their headers (for serving the build in tests). */
export function parseHeadersFile(text: string): {source: string; headers: {key: string; value: string}[]}[] {
  const rules: {source: string; headers: {key: string; value: string}[]}[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({source: line.trim(), headers: []});
    else {
      const separator = line.indexOf(':');
      rules[rules.length - 1]?.headers.push({key: line.slice(0, separator).trim(), value: line.slice(separator + 1).trim()});
    }
  }
  return rules;
}
