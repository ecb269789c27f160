import {readFileSync, statSync, writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import {beforeAll, describe, expect, it} from 'vitest';
import {IMAGE_WIDTHS, planFiles, planImage, writeVariants} from '../../src/images/responsive';
import {pictureMdx} from '../../src/images/html';
import {renderPractice} from '../support/renderPractice';
import {publishAssets} from '../../src/markdown/assets';
import {phonePhoto, PHOTO_HEIGHT, PHOTO_WIDTH} from '../support/phonePhoto';
import {tempDir} from '../support/tempDir';
import {IMAGE_TIMEOUT} from '../support/timeouts';

const siteDir = tempDir('wp-photos-');
const photoFile = join(siteDir, 'docs/gute-praxis/Treffen am See.jpg');

beforeAll(async () => {
  mkdirSync(join(siteDir, 'docs/gute-praxis'), {recursive: true});
  writeFileSync(photoFile, await phonePhoto());
  // A phone held upright stores the picture sideways and says so in the EXIF orientation (6: turn by 90°).
  const sideways = await sharp({create: {width: 1200, height: 900, channels: 3, background: '#369'}}).jpeg().withMetadata({orientation: 6}).toBuffer();
  writeFileSync(join(siteDir, 'docs/gute-praxis/hochkant.jpg'), sideways);
}, IMAGE_TIMEOUT);

describe('a photo from a phone', () => {
  it('has GPS in its EXIF before publishing (so the test below can fail)', async () => {
    const {exif} = await sharp(photoFile).metadata();
    expect(exifReader(exif!).GPSInfo).toMatchObject({GPSLatitudeRef: 'N'});
  });

  it('gets WebP and JPEG variants at every offered width below its own, never enlarged', () => {
    const plan = planImage(photoFile)!;
    expect(plan).toMatchObject({width: PHOTO_WIDTH, height: PHOTO_HEIGHT});
    expect(plan.modern.map((variant) => [variant.width, variant.height, variant.format])).toEqual(IMAGE_WIDTHS.map((width) => [width, (width * 3) / 4, 'webp']));
    expect(plan.fallback.every((variant) => variant.format === 'jpeg' && /^\/daten\/bilder\/[0-9a-f]{10}-treffen-am-see-\d+\.jpg$/.test(variant.path))).toBe(true);
    const small = planImage(join(siteDir, 'docs/gute-praxis/hochkant.jpg'))!;
    expect(small.fallback.map((variant) => variant.width)).toEqual([400, 800, 900]);
  });

  it('is published upright, at the planned sizes, without EXIF or GPS', async () => {
    const out = tempDir('wp-photos-out-');
    for (const name of ['Treffen am See.jpg', 'hochkant.jpg']) {
      const plan = planImage(join(siteDir, 'docs/gute-praxis', name))!;
      await writeVariants(join(siteDir, 'docs/gute-praxis', name), plan, out);
      for (const variant of planFiles(plan)) {
        const file = join(out, variant.path);
        const meta = await sharp(file).metadata();
        expect([meta.width, meta.height, meta.format], variant.path).toEqual([variant.width, variant.height, variant.format]);
        expect(meta.exif, variant.path).toBeUndefined();
        expect(meta.orientation ?? 1).toBe(1);
        expect(readFileSync(file).includes(Buffer.from('Beispielphone'))).toBe(false);
      }
    }
    // Stored sideways, shown upright: 900 wide, 1200 high.
    expect(planImage(join(siteDir, 'docs/gute-praxis/hochkant.jpg'))).toMatchObject({width: 900, height: 1200});
    expect(statSync(join(out, planImage(photoFile)!.modern[0]!.path)).size).toBeGreaterThan(0);
  }, IMAGE_TIMEOUT);
});

describe('a photo in a practice or news post', () => {
  it('becomes a <picture> with WebP and JPEG srcsets, width and height; the first loads at once, later ones lazily', async () => {
    const body = '![Das Treffen am See](./Treffen%20am%20See.jpg "Im Sommer")\n\nText.\n\n![Noch einmal](<./Treffen am See.jpg>)\n';
    const {html, assets, problems} = renderPractice(body, {siteDir});
    expect(problems).toEqual([]);
    const pictures = html.match(/<picture>.*?<\/picture>/g)!;
    expect(pictures).toHaveLength(2);
    expect(pictures[0]).toMatch(/^<picture><source type="image\/webp" srcset="\/daten\/bilder\/\w+-treffen-am-see-400\.webp 400w, [^"]+ 1920w" sizes="[^"]+"><img src="\/daten\/bilder\/\w+-treffen-am-see-1280\.jpg" srcset="[^"]+-400\.jpg 400w, [^"]+" sizes="[^"]+" width="1920" height="1440" alt="Das Treffen am See" title="Im Sommer" loading="eager" decoding="async" class="wp-img"><\/picture>$/);
    expect(pictures[1]).toContain('loading="lazy"');
    // Both pictures are one photo: published once, as its eight variants.
    const out = tempDir('wp-photos-fragment-');
    await publishAssets(siteDir, assets, out);
    for (const asset of new Set(assets.map((a) => a.path))) expect(statSync(join(out, asset)).isFile()).toBe(true);
    expect(new Set(assets.map((a) => a.path)).size).toBe(8);
  }, IMAGE_TIMEOUT);

  it('as MDX JSX on doc pages, with React attribute names', () => {
    const element = pictureMdx(planImage(photoFile)!, {alt: 'Treffen', sizes: '100vw', lazy: true});
    const img = element.children[1] as {name: string; attributes: {name: string; value: string}[]};
    expect(img.name).toBe('img');
    expect(Object.fromEntries(img.attributes.map((a) => [a.name, a.value]))).toMatchObject({srcSet: expect.stringContaining('400w'), className: 'wp-img', loading: 'lazy', width: '1920', height: '1440', alt: 'Treffen'});
  });
});
