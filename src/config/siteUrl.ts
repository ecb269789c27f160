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

/**
 * The path the site lives under, from `BASE_URL`: `/` (default) at the root of
 * a domain, `/wissensplattform/` for a GitHub Pages project site, or
 * `/vorschau/pr-12/` for the preview of a pull request. Always with a slash at
 * both ends, as Docusaurus' `baseUrl` expects.
 */
export function resolveBaseUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '' || value.trim() === '/') return '/';
  const path = `/${value.trim().replace(/^\/+|\/+$/g, '')}/`;
  if (!/^(?:\/[A-Za-z0-9._~-]+)+\/$/.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(
      `BASE_URL: »${value}« ist kein gültiger Pfad. Erwartet wird z. B. /wissensplattform/ (Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich; Abschnitte durch / getrennt).`,
    );
  }
  return path;
}
