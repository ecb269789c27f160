/**
 * Folders of the build that several parts share. The generated public folder
 * is a `staticDirectories` entry: the dev server serves what plugins write
 * there (catalogue data, page fragments, photo variants), and a build copies it.
 */

/** Relative to the site folder. */
export const GENERATED_PUBLIC_DIR = '.docusaurus/wissensplattform-public';

/**
 * Congress proceedings as one PDF each (`npm run kongress-pdf`), made from the built congress pages. Kept in this
 * git-ignored folder, which is a static directory of the site: once a PDF is there, the next build links it on the
 * congress page with its size.
 */
export const PROCEEDINGS_DIR = '.kongressdokumentation';
