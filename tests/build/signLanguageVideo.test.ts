/**
 * A filled video slot in German Sign Language (src/components/SignLanguageVideo):
 * a copy of the site gets a (tiny stand-in) video file; the page states format,
 * size and duration, offers the download, and requests the video only when the
 * visitor clicks »Video abspielen«.
 */
import {writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeSiteFiles} from '../../scripts/lib/siteCopy';
import {openTrackedPage} from '../e2e/browser';
import {useServedCopy} from './servedCopy';

const copy = useServedCopy('wissensplattform-dgs-', (dir) => {
  mkdirSync(join(dir, 'static/video/dgs'), {recursive: true});
  writeFileSync(join(dir, 'static/video/dgs/ueberblick.mp4'), Buffer.alloc(120_000));
  writeSiteFiles(dir, {
    'src/pages/dgs-test.mdx': [
      '---',
      'title: DGS-Test',
      'description: Ein Video in Deutscher Gebärdensprache.',
      '---',
      '',
      "import SignLanguageVideo from '@site/src/components/SignLanguageVideo';",
      '',
      '# DGS-Test',
      '',
      '<SignLanguageVideo title="Was steht auf dieser Website?" src="/video/dgs/ueberblick.mp4" size="120 KB" duration="3:20" />',
      '',
    ].join('\n'),
  });
});

describe('a video in German Sign Language', () => {
  it('builds', () => {
    expect(copy.build.status, copy.build.output.slice(-2000)).toBe(0);
  });

  it('states format, size and duration, and loads the video only on request', async () => {
    const {page, context} = await openTrackedPage(copy.browser);
    const videoRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/video/dgs/')) videoRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(`${copy.server.origin}/dgs-test`, {waitUntil: 'networkidle'});
    const slot = page.getByRole('figure', {name: 'Was steht auf dieser Website?'});
    expect(await slot.getByRole('link', {name: 'Video herunterladen'}).getAttribute('download')).toBe('');
    expect(await slot.innerText()).toMatch(/\(MP4, 120 KB, 3:20 Minuten\)/);
    expect(await page.locator('video').count()).toBe(0);
    expect(videoRequests).toEqual([]);

    await slot.getByRole('button', {name: /Video abspielen/}).press('Enter');
    const video = page.locator('video');
    expect(await video.getAttribute('aria-label')).toBe('Was steht auf dieser Website? (Video in Deutscher Gebärdensprache)');
    expect(await video.getAttribute('controls')).toBe('');
    await expect.poll(() => videoRequests).toContain('/video/dgs/ueberblick.mp4');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('VIDEO');
    await context.close();
  });
});
