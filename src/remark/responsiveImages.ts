/**
 * Photos on doc pages and congress pages (`![Alt](./foto.jpg)`, `/img/…`,
 * gallery entries) become a `<picture>` of responsive variants without EXIF
 * (src/images/responsive.ts), as in practices and news. Runs before
 * Docusaurus' own image handling, which then leaves the picture alone; SVG,
 * GIF and remote images stay with Docusaurus.
 *
 * The variants are written to the generated public folder (served by the dev
 * server at once); the images plugin copies them into the build.
 */
import {dirname, join} from 'node:path';
import type {Plugin} from 'unified';
import type {Image, Parent, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {CONTENT_SIZES, GALLERY_SIZES, planImage, writeVariants, type ImagePlan} from '../images/responsive';
import {pictureMdx} from '../images/html';
import {GENERATED_PUBLIC_DIR} from '../config/paths';
import {needsSiteContext, siteContextOf, type WithSiteContext} from './siteContext';

declare module 'mdast' {
  interface ImageData {
    /** Set by the congress gallery on its image nodes: shown small, and at the end of the page (loaded lazily). */
    wpGallery?: boolean;
  }
}

function sourceOf(url: string, file: string | undefined, siteDir: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;
  let clean: string;
  try {
    clean = decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  if (clean.startsWith('/')) return join(siteDir, 'static', clean);
  return file ? join(dirname(file), clean) : undefined;
}

export interface ResponsiveImagesOptions extends WithSiteContext {
  /** The site's base path (BASE_URL); the variants' addresses carry it, as MDX leaves them as written. */
  baseUrl?: string;
}

/** The site folder comes from the plugin that configures the step (src/plugins/docs, src/plugins/pages). */
const remarkResponsiveImages: Plugin<[ResponsiveImagesOptions?], Root> = (options = {}) => async (tree, file) => {
  const {siteDir} = siteContextOf(options, 'Fotos auf Doc- und Seiten-Dateien');
  const found: {node: Image; parent: Parent; index: number; source: string; plan: ImagePlan}[] = [];
  visit(tree, 'image', (node, index, parent) => {
    const source = sourceOf(node.url, file.path, siteDir);
    const plan = source ? planImage(source) : undefined;
    if (source && plan && parent && index !== undefined) found.push({node, parent, index, source, plan});
  });
  const publicDir = join(siteDir, GENERATED_PUBLIC_DIR);
  for (const [position, {node, parent, index, source, plan}] of found.entries()) {
    await writeVariants(source, plan, publicDir);
    const gallery = node.data?.wpGallery === true;
    // The first photo of a page loads at once, the others (and a gallery at the page's end) when they come near.
    parent.children[index] = pictureMdx(plan, {alt: node.alt ?? '', title: node.title, sizes: gallery ? GALLERY_SIZES : CONTENT_SIZES, lazy: gallery || position > 0, baseUrl: options.baseUrl});
  }
};

export default needsSiteContext(remarkResponsiveImages);
