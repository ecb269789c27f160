/**
 * The public address of the site, from the environment variable `SITE_URL`.
 * Feeds, canonical links and the sitemap are built from it, so operators set it
 * for every deployment; locally it defaults to the preview server's address.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:3000';

export function resolveSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL: »${value}« ist keine gültige Adresse. Erwartet wird z. B. https://wissensplattform.example.org (ohne Pfad).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `SITE_URL: »${value}« muss mit https:// (oder lokal http://) beginnen.`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL: »${value}« darf keinen Pfad, keine Query und keinen Anker enthalten; gültig wäre ${url.origin}.`,
    );
  }
  return url.origin;
}
