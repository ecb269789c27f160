import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {fragmentAsset, isBesideFile, publishAssets} from '../../src/markdown/assets';
import {renderPractice} from '../support/renderPractice';
import {tempDir} from '../support/tempDir';

const siteDir = tempDir('wp-assets-');
mkdirSync(join(siteDir, 'docs/gute-praxis/bilder'), {recursive: true});
writeFileSync(join(siteDir, 'docs/gute-praxis/Treffen im Hof.JPG'), 'erstes Foto');
writeFileSync(join(siteDir, 'docs/gute-praxis/bilder/plan.png'), 'zweites Foto');

describe('images beside a practice or news file', () => {
  it.each([
    ['./foto.jpg', true],
    ['bilder/plan.png', true],
    ['/img/foto.jpg', false],
    ['https://example.org/foto.jpg', false],
    ['//example.org/foto.jpg', false],
    ['data:image/png;base64,AAAA', false],
    ['', false],
  ])('%j is beside the file: %s', (url, expected) => {
    expect(isBesideFile(url)).toBe(expected);
  });

  it('get a content-hashed address, which changes with the file', () => {
    const first = fragmentAsset(siteDir, 'docs/gute-praxis/x.md', './Treffen%20im%20Hof.JPG')!;
    expect(first).toEqual({source: 'docs/gute-praxis/Treffen im Hof.JPG', path: expect.stringMatching(/^\/daten\/bilder\/[0-9a-f]{10}-treffen-im-hof\.jpg$/)});
    writeFileSync(join(siteDir, 'docs/gute-praxis/Treffen im Hof.JPG'), 'geändertes Foto');
    expect(fragmentAsset(siteDir, 'docs/gute-praxis/x.md', './Treffen%20im%20Hof.JPG')!.path).not.toBe(first.path);
  });

  it('are not taken from outside the site or when missing', () => {
    expect(fragmentAsset(siteDir, 'docs/gute-praxis/x.md', './fehlt.png')).toBeUndefined();
    expect(fragmentAsset(siteDir, 'docs/x.md', '../../../etc/passwd')).toBeUndefined();
  });

  it('are rewritten in the rendered page and published with it', async () => {
    const {html, assets, problems} = renderPractice('![Der Plan](bilder/plan.png)\n\n![Extern](/img/a.png)', {siteDir});
    expect(problems).toEqual([]);
    expect(assets).toHaveLength(1);
    expect(html).toContain(`<img src="${assets[0]!.path}" alt="Der Plan">`);
    expect(html).toContain('<img src="/img/a.png" alt="Extern">');
    const out = tempDir('wp-assets-out-');
    await publishAssets(siteDir, assets, out);
    expect(readFileSync(join(out, assets[0]!.path), 'utf8')).toBe('zweites Foto');
  });
});
