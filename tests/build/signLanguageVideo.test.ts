/**
 * A filled video slot in German Sign Language (src/components/SignLanguageVideo):
 * the fixture site (tests/build/fixture/site.ts) has a (tiny stand-in) video file; the page states format,
 * size and duration, offers the download, and requests the video only when the
 * visitor clicks »Video abspielen«.
 */
import {describe, expect, it} from 'vitest';
import {openTrackedPage} from '../e2e/browser';
import {FIXTURE_BASE} from './fixture/site';
import {useFixtureBuild} from './servedCopy';

const copy = useFixtureBuild();

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
    await page.goto(`${copy.site}/dgs-test`, {waitUntil: 'networkidle'});
    const slot = page.getByRole('figure', {name: 'Was steht auf dieser Website?'});
    expect(await slot.getByRole('link', {name: 'Video herunterladen'}).getAttribute('download')).toBe('');
    expect(await slot.innerText()).toMatch(/\(MP4, 120 KB, 3:20 Minuten\)/);
    expect(await page.locator('video').count()).toBe(0);
    expect(videoRequests).toEqual([]);

    await slot.getByRole('button', {name: /Video abspielen/}).press('Enter');
    const video = page.locator('video');
    expect(await video.getAttribute('aria-label')).toBe('Was steht auf dieser Website? (Video in Deutscher Gebärdensprache)');
    expect(await video.getAttribute('controls')).toBe('');
    await expect.poll(() => videoRequests).toContain(`${FIXTURE_BASE}video/dgs/ueberblick.mp4`);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('VIDEO');
    await context.close();
  });
});
