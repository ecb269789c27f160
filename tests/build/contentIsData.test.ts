/**
 * Content is data, not code: the fixture site (tests/build/fixture/site.ts), whose practice, carrier and
 * news fields carry <script>, event-handler HTML and raw javascript: links builds,
 * and in Chromium no such script runs and no such link exists.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {openTrackedPage} from '../e2e/browser';
import {useFixtureBuild} from './servedCopy';

const copy = useFixtureBuild();

describe('content is data, not code', () => {
  it('builds', () => {
    expect(copy.build.status, copy.build.output.slice(-2000)).toBe(0);
  });

  it.each(['/gute-praxis/angriff', '/traeger/beispiel-angriff', '/gute-praxis', '/meldungen/angriff', '/meldungen'])(
    '%s shows the markup as text, runs none of it and has no javascript: link',
    async (path) => {
      const {page} = await openTrackedPage(copy.browser);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${copy.site}${path}`, {waitUntil: 'networkidle'});
      expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      // No script from content; a news post's BlogPosting JSON-LD is a data block that holds the title as data.
      expect(await page.locator('main script:not([type="application/ld+json"]), main img[src="x"]').count()).toBe(0);
      for (const data of await page.locator('main script[type="application/ld+json"]').allTextContents()) {
        expect(data).not.toContain('</');
        expect((JSON.parse(data) as {headline?: string}).headline).toMatch(/^Meldung <img src=x onerror=/);
      }
      expect(dialogs).toEqual([]);
      // The markup is visible as text (on the pages that show the fields in full).
      if (path !== '/meldungen' && path !== '/gute-praxis') expect(await page.locator('main').innerText()).toMatch(/<script>|<img src=x/);
      await page.close();
    },
  );

  it('gives a news post its article tags in the head, and leaves no head slot on any page', () => {
    const built = (path: string): string => readFileSync(join(copy.dir, 'build', path), 'utf8');
    const head = built('meldungen/angriff.html').split('</head>')[0]!;
    expect(head).toContain('<meta property="og:type" content="article">');
    expect(head).toMatch(/<meta property="article:published_time" content="2020-01-02T00:00:00\.000Z">/);
    expect(head).toContain('<meta property="article:author" content="');
    for (const path of ['meldungen/angriff.html', 'gute-praxis/angriff.html', 'traeger/beispiel-angriff.html', 'traeger.html']) {
      expect(built(path), path).not.toMatch(/wp-fragment-head|__WP_HEAD__/);
    }
  });

  it('keeps the raw HTML out of the static files as markup', () => {
    const html = readFileSync(join(copy.dir, 'build/gute-praxis/angriff.html'), 'utf8');
    expect(html).not.toMatch(/<script>window\.__pwned/);
    expect(html).not.toMatch(/<img src=x onerror/i);
  });
});
