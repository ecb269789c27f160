/**
 * Photos as contributors take them (a 4000 × 3000 JPEG of several MB from a
 * phone, with GPS in its EXIF) become what a visitor should load: variants
 * 400, 800, 1280 and 1920 px wide, as WebP with a JPEG (or PNG) fallback,
 * turned upright and without any metadata. Used by every page kind: doc
 * pages and congress galleries (src/remark/responsiveImages.ts), practices
 * and news posts (src/markdown/assets.ts).
 *
 * Planning is synchronous (reads the file and its header), so the Markdown
 * renderers can write `<picture>` at once; encoding with sharp happens when
 * the files are published, once per photo and width (cached by content hash).
 */
import {createHash} from 'node:crypto';
import {copyFileSync, existsSync, mkdirSync, readFileSync, renameSync} from 'node:fs';
import {basename, dirname, extname, join} from 'node:path';
import {imageSize} from 'image-size';
import sharp from 'sharp';

/** Where published images live, below the base URL. */
export const IMAGE_BASE = '/daten/bilder';

/** Image formats browsers show; HEIC (iPhone), TIFF and RAW files are not among them. */
export const SHOWN_IMAGE = /\.(jpe?g|png|webp|gif|svg|avif)$/i;

/** The widths offered (CSS pixels × density); a photo is never enlarged. */
export const IMAGE_WIDTHS = [400, 800, 1280, 1920] as const;

/** Largest original file accepted in the repository (see the contributor guide, »Bilder«). */
export const MAX_ORIGINAL_BYTES = 8 * 1024 * 1024;

export type ImageFormat = 'webp' | 'jpeg' | 'png';

export interface ImageVariant {
  /** Public address without base URL, e.g. /daten/bilder/1a2b3c4d5e-treffen-800.webp */
  path: string;
  width: number;
  height: number;
  format: ImageFormat;
}

export interface ImagePlan {
  /** Width and height as displayed (after the EXIF orientation). */
  width: number;
  height: number;
  /** Modern variants (WebP), narrowest first. */
  modern: ImageVariant[];
  /** Fallback variants in the original's family (JPEG, or PNG for PNG), narrowest first. */
  fallback: ImageVariant[];
}

/** Photos that get variants; SVG and GIF stay as they are. */
export const isResponsiveImage = (file: string): boolean => /\.(jpe?g|png|webp)$/i.test(file);

const slug = (file: string): string =>
  basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'bild';

/** The variants of a photo file (absolute path), or undefined when it is no photo or cannot be read. */
export function planImage(file: string): ImagePlan | undefined {
  if (!isResponsiveImage(file) || !existsSync(file)) return undefined;
  const data = readFileSync(file);
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(data);
  } catch {
    return undefined;
  }
  // EXIF orientations 5–8 turn the picture by 90°.
  const turned = (size.orientation ?? 1) >= 5;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;
  if (!width || !height) return undefined;
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 10);
  const name = slug(file);
  const widths: number[] = IMAGE_WIDTHS.filter((candidate) => candidate < width);
  if (width <= IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!) widths.push(width);
  const variants = (format: ImageFormat): ImageVariant[] =>
    widths.map((w) => ({
      path: `${IMAGE_BASE}/${hash}-${name}-${w}.${format === 'jpeg' ? 'jpg' : format}`,
      width: w,
      height: Math.round((height * w) / width),
      format,
    }));
  return {width, height, modern: variants('webp'), fallback: variants(/\.png$/i.test(file) ? 'png' : 'jpeg')};
}

/** Every file of a plan. */
export const planFiles = (plan: ImagePlan): ImageVariant[] => [...plan.modern, ...plan.fallback];

const srcSet = (variants: readonly ImageVariant[]): string => variants.map((variant) => `${variant.path} ${variant.width}w`).join(', ');

/** The `<picture>` of a plan as attribute lists, for the HTML and MDX writers. */
export function pictureAttributes(plan: ImagePlan, options: {alt: string; title?: string | null; sizes: string; lazy: boolean; baseUrl?: string}) {
  const base = (options.baseUrl ?? '/').replace(/\/$/, '');
  const prefixed = (variants: readonly ImageVariant[]): ImageVariant[] => variants.map((variant) => ({...variant, path: `${base}${variant.path}`}));
  const modern = prefixed(plan.modern);
  const fallback = prefixed(plan.fallback);
  const largest = [...fallback].reverse().find((variant) => variant.width <= 1280) ?? fallback[0]!;
  const biggest = fallback[fallback.length - 1]!;
  return {
    source: {type: 'image/webp', srcSet: srcSet(modern), sizes: options.sizes},
    img: {
      src: largest.path,
      srcSet: srcSet(fallback),
      sizes: options.sizes,
      width: biggest.width,
      height: biggest.height,
      alt: options.alt,
      ...(options.title ? {title: options.title} : {}),
      loading: options.lazy ? ('lazy' as const) : ('eager' as const),
      decoding: 'async' as const,
      className: 'wp-img',
    },
  };
}

/** `sizes` for a photo in the text column, and for one in a congress gallery. */
export const CONTENT_SIZES = '(max-width: 996px) 100vw, 830px';
export const GALLERY_SIZES = '(max-width: 560px) 100vw, 270px';

const CACHE_DIR = join(__dirname, '../../node_modules/.cache/wissensplattform-bilder');

/** Encodes one variant (once; later calls copy it from the cache) and writes it below `targetDir`. */
export async function writeVariant(source: string, variant: ImageVariant, targetDir: string): Promise<void> {
  const target = join(targetDir, variant.path);
  if (existsSync(target)) return;
  const cached = join(CACHE_DIR, basename(variant.path));
  if (!existsSync(cached)) {
    mkdirSync(CACHE_DIR, {recursive: true});
    // rotate(): upright by the EXIF orientation; sharp writes no metadata unless asked, so EXIF and GPS are gone.
    const image = sharp(source, {failOn: 'none'}).rotate().resize({width: variant.width, withoutEnlargement: true});
    const encoded =
      variant.format === 'webp'
        ? image.webp({quality: 70, effort: 4})
        : variant.format === 'png'
          ? image.png({compressionLevel: 9, palette: true, quality: 90})
          : image.jpeg({quality: 72, mozjpeg: true});
    const temporary = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await encoded.toFile(temporary);
    renameSync(temporary, cached);
  }
  mkdirSync(dirname(target), {recursive: true});
  copyFileSync(cached, target);
}

/** Writes every variant of a photo below `targetDir` (at most two encoders at a time: these machines have 2 cores). */
export async function writeVariants(source: string, plan: ImagePlan, targetDir: string): Promise<void> {
  const files = planFiles(plan);
  for (let index = 0; index < files.length; index += 2) {
    await Promise.all(files.slice(index, index + 2).map((variant) => writeVariant(source, variant, targetDir)));
  }
}

/**
 * When `file` carries EXIF, XMP or IPTC data: writes an upright copy without
 * it beside the file and returns its path (else undefined). For originals that
 * are served as they are (files under static/).
 */
export async function stripMetadata(file: string): Promise<string | undefined> {
  const meta = await sharp(file, {failOn: 'none'}).metadata();
  if (!meta.exif && !meta.xmp && !meta.iptc) return undefined;
  const image = sharp(file, {failOn: 'none'}).rotate();
  const encoded = meta.format === 'png' ? image.png({compressionLevel: 9}) : meta.format === 'webp' ? image.webp({quality: 90}) : image.jpeg({quality: 90, mozjpeg: true});
  const temporary = `${file}.ohne-metadaten`;
  await encoded.toFile(temporary);
  return temporary;
}
