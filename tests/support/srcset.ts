/** The addresses of a `srcset` attribute's candidates (»a.webp 400w, b.webp 800w«), written here, not by the site's code. */
export function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter((url) => url !== '');
}
