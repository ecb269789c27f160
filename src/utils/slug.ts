const TRANSLITERATION: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue'};

/**
 * A URL slug from a German title: lower-case ASCII with hyphens, umlauts
 * transliterated (ä → ae, ß → ss), gender star, colon and underscore dropped
 * inside words (`Pat*innen` → `patinnen`), other accents removed.
 */
export function slugify(title: string): string {
  return title
    .replace(/[äöüßÄÖÜ]/g, (char) => TRANSLITERATION[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\p{L})[*:_](\p{L})/gu, '$1$2')
    .toLowerCase()
    .replace(/&/g, ' und ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
