/**
 * Images beside a practice's or a news post's Markdown file
 * (`![Foto](./treffen.jpg)`). Doc pages get them from Docusaurus' bundler;
 * pages rendered as fragments (practices, news) get them here: each image is
 * published under a content-hashed address, so it may be cached for long and
 * a changed photo gets a new address. Photos (JPEG, PNG, WebP) are published
 * as their responsive variants (src/images/responsive.ts), other images as
 * they are.
 */
import {createHash} from 'node:crypto';
import {copyFileSync, existsSync, mkdirSync, readFileSync} from 'node:fs';
import {basename, dirname, join, posix} from 'node:path';
import {IMAGE_BASE, planFiles, planImage, writeVariant, type ImagePlan, type ImageVariant} from '../images/responsive';

/** Where the images of fragment pages are published. */
export const ASSET_BASE = IMAGE_BASE;

export interface FragmentAsset {
  /** The image file, relative to the site folder. */
  source: string;
  /** Its public address (without base URL), e.g. /daten/bilder/1a2b3c4d5e-treffen.jpg */
  path: string;
  /** For a photo's variant: the width and format to encode. */
  variant?: ImageVariant;
}

/** A relative image address: no scheme, not from the site root, not protocol-relative. */
export const isBesideFile = (url: string): boolean => url !== '' && !url.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('#');

/**
 * The published address of an image written relative to `file` (both relative
 * to `siteDir`), or undefined when there is no such file (the content check
 * names it).
 */
export function fragmentAsset(siteDir: string, file: string, url: string): FragmentAsset | undefined {
  let clean: string;
  try {
    clean = decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const source = posix.normalize(posix.join(posix.dirname(file), clean));
  const absolute = join(siteDir, source);
  if (source.startsWith('..') || !existsSync(absolute)) return undefined;
  const hash = createHash('sha256').update(readFileSync(absolute)).digest('hex').slice(0, 10);
  const name = basename(source).toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return {source, path: `${ASSET_BASE}/${hash}-${name}`};
}

/**
 * A photo written relative to `file`: its variants and the assets that
 * publish them, or undefined when `url` names no photo beside the file.
 */
export function fragmentPhoto(siteDir: string, file: string, url: string): {plan: ImagePlan; assets: FragmentAsset[]} | undefined {
  const source = isBesideFile(url) ? fragmentAsset(siteDir, file, url)?.source : staticSource(url);
  const plan = source !== undefined ? planImage(join(siteDir, source)) : undefined;
  if (source === undefined || !plan) return undefined;
  return {plan, assets: planFiles(plan).map((variant) => ({source, path: variant.path, variant}))};
}

/** A site-root address of a file under static/ (`/img/foto.jpg`), as a path relative to the site folder. */
function staticSource(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  try {
    const clean = posix.normalize(decodeURI(url.split(/[?#]/)[0]!));
    return clean.startsWith('/..') ? undefined : `static${clean}`;
  } catch {
    return undefined;
  }
}

/**
 * Writes the images into a served folder (the build output, or the dev
 * server's static folder): photos' variants encoded (two at a time, cached),
 * other images copied.
 */
export async function publishAssets(siteDir: string, assets: readonly FragmentAsset[], targetDir: string): Promise<void> {
  const pending = assets.filter((asset) => !existsSync(join(targetDir, asset.path)));
  for (let index = 0; index < pending.length; index += 2) {
    await Promise.all(
      pending.slice(index, index + 2).map(async (asset) => {
        if (asset.variant) return writeVariant(join(siteDir, asset.source), asset.variant, targetDir);
        const target = join(targetDir, asset.path);
        mkdirSync(dirname(target), {recursive: true});
        copyFileSync(join(siteDir, asset.source), target);
      }),
    );
  }
}
