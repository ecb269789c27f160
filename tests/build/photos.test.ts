/**
 * Photos from a phone just work: the fixture site (tests/build/fixture/site.ts) has a 4000 × 3000 JPEG
 * of about 5 MB with GPS in its EXIF in a practice, a news post, a doc page
 * (each beside its Markdown file) and six times in a congress gallery (under
 * static/). Visitors get `<picture>`s of small variants with width and
 * height, and no image the site serves carries EXIF or GPS.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import sharp from 'sharp';
import {describe, expect, it} from 'vitest';
import {openTrackedPage} from '../e2e/browser';
import {IMAGE_TIMEOUT} from '../support/timeouts';
import {srcsetUrls} from '../support/srcset';
import {FIXTURE_BASE, PHOTO_PAGES} from './fixture/site';
import {useFixtureBuild} from './servedCopy';

const PAGES = PHOTO_PAGES;
const copy = useFixtureBuild();

const built = (path: string): string => readFileSync(join(copy.dir, 'build', `${path.slice(1)}.html`), 'utf8');

function servedImages(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.(jpe?g|png|webp)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('photos from a phone', () => {
  it('build', () => {
    expect(copy.build.status, copy.build.output.slice(-3000)).toBe(0);
  });

  it.each(PAGES)('%s shows each photo as a <picture> of WebP and JPEG variants with width and height', (path) => {
    const html = built(path);
    const pictures = html.match(/<picture>.*?<\/picture>/g) ?? [];
    expect(pictures.length, path).toBe(path === '/fachkongress/2019' ? 6 : 1);
    for (const picture of pictures) {
      expect(picture).toMatch(/<source[^>]+type="?image\/webp/);
      expect(picture).toMatch(/srcset="?[^"]*-400\.webp 400w,[^"]*-1280\.webp 1280w/);
      expect(picture).toMatch(/<img[^>]+width="?1920"?[^>]+height="?1440/);
      expect(picture).toMatch(/<img[^>]+srcset="?[^"]*-400\.jpg 400w/);
      // Every variant (each candidate of each srcset) is addressed below the base path, and is a file of the build there.
      const sources = [...picture.matchAll(/\s(?:src|srcset)=(?:"([^"]*)"|([^\s>]+))/g)].flatMap((match) => srcsetUrls(match[1] ?? match[2]!));
      expect(sources.length).toBeGreaterThanOrEqual(8);
      for (const src of sources) {
        expect(src.startsWith(`${FIXTURE_BASE}daten/bilder/`), src).toBe(true);
        expect(statSync(join(copy.dir, 'build', src.slice(FIXTURE_BASE.length))).isFile(), src).toBe(true);
      }
    }
    // The gallery is below the fold: its photos load when they come near.
    if (path === '/fachkongress/2019') expect(pictures.every((picture) => /loading="?lazy/.test(picture))).toBe(true);
  });

  it('are served small: at most 80 KB for a 400 px slot and 200 KB at 1280 px', () => {
    const variants = readdirSync(join(copy.dir, 'build/daten/bilder')).filter((name) => name.includes('fotos-test-treffen'));
    const size = (suffix: string): number => statSync(join(copy.dir, 'build/daten/bilder', variants.find((name) => name.endsWith(suffix))!)).size;
    for (const format of ['webp', 'jpg']) {
      expect(size(`-400.${format}`)).toBeLessThanOrEqual(80 * 1024);
      expect(size(`-1280.${format}`)).toBeLessThanOrEqual(200 * 1024);
    }
  });

  it('leave no EXIF or GPS in any image the site serves, the originals under static/ included', async () => {
    const images = servedImages(join(copy.dir, 'build'));
    expect(images.some((file) => file.endsWith('img/fachkongress/2019/foto-1.jpg'))).toBe(true);
    for (const file of images) {
      const meta = await sharp(file).metadata();
      expect(meta.exif, relative(copy.dir, file)).toBeUndefined();
      expect(readFileSync(file).includes(Buffer.from('Beispielphone')), relative(copy.dir, file)).toBe(false);
    }
    // The photo in the repository keeps its metadata: only what is served is stripped.
    expect((await sharp(join(copy.dir, 'static/img/fachkongress/2019/foto-1.jpg')).metadata()).exif).toBeDefined();
  }, IMAGE_TIMEOUT);

  it.each([
    ['/fachkongress/2019', 390, 400],
    ['/fachkongress/2019', 1280, 400],
    ['/mitmachen/fotos-test', 390, 400],
    ['/mitmachen/fotos-test', 1280, 1280],
    ['/gute-praxis/fotos-test', 390, 400],
  ])('%s at %i px loads the %i px WebP, in a box reserved before it arrives', async (path, width, expected) => {
    const boxes = async (blockPhotos: boolean): Promise<{src: string; boxes: number[][]}> => {
      const {page, context} = await openTrackedPage(copy.browser, {width, height: 800});
      try {
        // The photos held back (never answered): the box the page reserves from width and height alone.
        if (blockPhotos) await context.route('**/daten/bilder/**', () => undefined);
        // A held-back eager photo would keep the load event from firing.
        await page.goto(`${copy.site}${path}`, {waitUntil: blockPhotos ? 'domcontentloaded' : 'load'});
        const photos = page.locator('main picture img');
        const count = await photos.count();
        expect(count).toBe(path === '/fachkongress/2019' ? 6 : 1);
        const result: number[][] = [];
        for (let index = 0; index < count; index += 1) {
          await photos.nth(index).scrollIntoViewIfNeeded();
          if (!blockPhotos) await expect.poll(() => photos.nth(index).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {timeout: 10_000}).toBe(true);
          result.push(await photos.nth(index).evaluate((img: HTMLImageElement) => [Math.round(img.getBoundingClientRect().width), Math.round(img.getBoundingClientRect().height)]));
        }
        return {src: await photos.first().evaluate((img: HTMLImageElement) => img.currentSrc), boxes: result};
      } finally {
        await context.close();
      }
    };
    const loaded = await boxes(false);
    expect(loaded.src).toMatch(new RegExp(`-${expected}\\.webp$`));
    // Shown at the photo's aspect ratio (no stretched photo from the height attribute) …
    for (const [w, h] of loaded.boxes) expect(Math.abs(w! / h! - 4 / 3)).toBeLessThan(0.02);
    // … in the box that was there before it loaded: nothing below it moves.
    expect((await boxes(true)).boxes).toEqual(loaded.boxes);
  });
});
