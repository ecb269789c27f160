/**
 * Language of parts (WCAG 3.1.2): a passage in another language names it with
 * a code screen readers know (`<span lang="en">`). One rule for the content
 * check, the renderer of practices, news and events, and the doc pages' build.
 */
const LANGUAGE_NAMES = new Intl.DisplayNames(['de'], {type: 'language', fallback: 'none'});
/** The German name of a language code (»en« → »Englisch«), or undefined for a code that does not exist. */
export function languageName(code: string): string | undefined {
  try {
    return LANGUAGE_NAMES.of(code);
  } catch {
    return undefined;
  }
}

/** The message for a language code that does not exist, or undefined. */
export function languageProblem(lang: string): string | undefined {
  if (languageName(lang)) return undefined;
  return `Die Sprachangabe lang="${lang}" gibt es nicht. Gültig sind Sprachcodes wie lang="en" (Englisch), lang="fr" (Französisch), lang="tr" (Türkisch).`;
}


/** The language codes a piece of HTML names (`<span lang="en">`). */
export function htmlLanguages(html: string): string[] {
  return [...html.matchAll(/\blang\s*=\s*["']([^"']*)["']/g)].map((match) => match[1]!);
}
