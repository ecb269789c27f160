/**
 * Photos in the build, after the pages are compiled:
 * - the variants of doc and congress photos: the remark plugin
 *   (src/remark/responsiveImages.ts) writes them to the generated public
 *   folder while the bundler compiles the pages, and whether the bundler's
 *   copy of that folder runs before or after is not promised, so what is
 *   missing is copied here;
 * - the originals under static/, which the build copies as they are (a gallery
 *   photo's address stays valid): any EXIF, GPS, XMP or IPTC data is removed
 *   from the copies, so no image the site serves tells where it was taken.
 */
import {copyFileSync, existsSync, mkdirSync, readdirSync, renameSync} from 'node:fs';
import {join, relative} from 'node:path';
import type {LoadContext, Plugin, OptionValidationContext} from '@docusaurus/types';
import {IMAGE_BASE, isResponsiveImage, stripMetadata} from '../../images/responsive';
import {GENERATED_PUBLIC_DIR} from '../../config/paths';
import type {WithBuildStep} from '../buildSteps';
import {NO_OPTIONS, validatedOptions} from '../options';

function rasterFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && isResponsiveImage(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** This plugin has no options; any option is a mistake. */
export function validateOptions({options}: OptionValidationContext<object | undefined, {id: string}>): {id: string} {
  return validatedOptions('wissensplattform-images', NO_OPTIONS, options);
}

export default function imagesPlugin(context: LoadContext): WithBuildStep<Plugin> {
  const variantsDir = join(context.siteDir, GENERATED_PUBLIC_DIR, IMAGE_BASE);
  const staticDir = join(context.siteDir, 'static');
  return {
    name: 'wissensplattform-images',
    buildStep: {step: 'photos', run: ({outDir}) => publishPhotos(outDir)},
  };

  async function publishPhotos(outDir: string): Promise<void> {
    if (existsSync(variantsDir)) {
      const target = join(outDir, IMAGE_BASE);
      mkdirSync(target, {recursive: true});
      for (const name of readdirSync(variantsDir)) {
        if (!existsSync(join(target, name))) copyFileSync(join(variantsDir, name), join(target, name));
      }
    }
    for (const file of rasterFiles(staticDir)) {
      const copy = join(outDir, relative(staticDir, file));
      if (!existsSync(copy)) continue;
      const stripped = await stripMetadata(copy);
      if (stripped) renameSync(stripped, copy);
    }
  }
}
