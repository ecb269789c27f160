/**
 * Which link targets content may use: web addresses, e-mail, telephone and
 * paths on the site. Anything else (javascript:, data:, vbscript:, file: …)
 * could run code or leak data in a visitor's browser and is refused.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'pathname']);

/** The scheme of a URL (lower case), or undefined for relative URLs and paths. */
export function urlScheme(url: string): string | undefined {
  // Browsers ignore control characters and white space inside a scheme (»java\tscript:«).
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  const compact = url.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

export const unsafeUrlMessage = (url: string): string =>
  `Der Link »${url.length > 60 ? `${url.slice(0, 57)}…` : url}« ist nicht erlaubt: Links führen mit https://, http://, mailto: oder tel: nach außen, oder mit /pfad auf eine Seite der Wissensplattform.`;

/**
 * The problem of a link's or an image's address, or undefined: the one rule for the content check, the doc pages'
 * build (src/remark/strictMarkdown.ts) and the renderer of practices, news and events. An image may also be
 * embedded as `data:image/…` (an image cannot run code).
 */
export function urlProblem(type: 'link' | 'image' | 'definition', url: string): {field: 'Link' | 'Bild'; message: string} | undefined {
  if (isSafeUrl(url) || (type === 'image' && url.startsWith('data:image/'))) return undefined;
  return {field: type === 'image' ? 'Bild' : 'Link', message: unsafeUrlMessage(url)};
}
