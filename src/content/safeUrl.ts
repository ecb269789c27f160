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
