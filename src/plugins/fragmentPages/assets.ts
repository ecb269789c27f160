/**
 * Images beside a practice's or a news post's Markdown file
 * (`![Foto](./treffen.jpg)`). Doc pages get them from Docusaurus' bundler;
 * pages rendered as fragments (practices, news) get them here: each image is
 * published under a content-hashed address, so it may be cached for long and
 * a changed photo gets a new address.
 */
import {createHash} from 'node:crypto';
import {copyFileSync, existsSync, mkdirSync, readFileSync} from 'node:fs';
import {basename, dirname, join, posix} from 'node:path';

/** Where the images of fragment pages are published. */
export const ASSET_BASE = '/daten/bilder';

export interface FragmentAsset {
  /** The image file, relative to the site folder. */
  source: string;
  /** Its public address (without base URL), e.g. /daten/bilder/1a2b3c4d5e-treffen.jpg */
  path: string;
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

/** Copies the images into a served folder (the build output, or the dev server's static folder). */
export function publishAssets(siteDir: string, assets: readonly FragmentAsset[], targetDir: string): void {
  for (const asset of assets) {
    const target = join(targetDir, asset.path);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), {recursive: true});
    copyFileSync(join(siteDir, asset.source), target);
  }
}
