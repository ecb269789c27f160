/**
 * Marks the 404 page's <main> in the DOM. A path under a parameterised route
 * (`/gute-praxis/:slug`, `/meldungen/:post`) that has no page gets the 404
 * page from the server, but the router hands it to FragmentPage; FragmentPage
 * sees this marker and renders the same 404 page, so that hydration finds
 * exactly the HTML it expects (no React error #418).
 */
export const NOT_FOUND_MARKER = 'data-wp-not-found';
