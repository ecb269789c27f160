/**
 * Issue #11 in bytes, not time: a practice page loads the same JavaScript
 * whether the catalogue holds the site's own practices (the repository's build,
 * made by `npm run build` before the tests) or 2,000 more (±10 %), and every
 * practice gets its own static HTML page with its title. The 2,000 are in the
 * fixture site (tests/build/fixture/site.ts), which is built under a base path
 * and holds the other build tests' pages too: a few routes more than the
 * repository's build, well inside the 10 %. (A link to a practice
 * that does not exist stops the build: tests/build/strictBuild.test.ts.)
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {pageScripts} from '../../scripts/bench/measure';
import {ROOT} from '../../scripts/lib/siteCopy';
import {FIXTURE_BASE, SCALE_PRACTICES} from './fixture/site';
import {useFixtureBuild} from './servedCopy';

/** The repository's own build: its practices are the small catalogue. */
function repositoryBuild(): {dir: string; slugs: string[]} {
  if (!existsSync(join(ROOT, 'build/gute-praxis.html'))) {
    throw new Error('Kein gebautes Site-Verzeichnis unter build/: erst »npm run build«, dann »npm run test:build« (oder einfach »npm test«).');
  }
  const slugs = readdirSync(join(ROOT, 'docs/gute-praxis')).filter((name) => /^[^_].*\.mdx?$/.test(name)).map((name) => name.replace(/\.mdx?$/, ''));
  return {dir: ROOT, slugs};
}

const fixture = useFixtureBuild({browser: false});

describe('the site’s own catalogue and one with 2,000 practices more', () => {
  let small: {dir: string; slugs: string[]};
  let large: {dir: string; slugs: string[]; titles: Record<string, string>};
  beforeAll(() => {
    small = repositoryBuild();
    const titles = inject('scaleTitles');
    large = {dir: fixture.dir, slugs: Object.keys(titles), titles};
  });

  it('both build', () => {
    expect(small.slugs.length).toBeGreaterThan(0);
    expect(existsSync(join(small.dir, 'build/gute-praxis', `${small.slugs[0]}.html`))).toBe(true);
    expect(fixture.build.status, fixture.build.output.slice(-2000)).toBe(0);
    expect(large.slugs).toHaveLength(SCALE_PRACTICES);
  });

  it.each([
    ['a practice page', (site: {slugs: string[]}) => `gute-praxis/${site.slugs[0]}.html`],
    ['the home page', () => 'index.html'],
    ['the catalogue', () => 'gute-praxis.html'],
  ])('%s loads at most 10 % more JavaScript with 2,000 practices more', (_name, page) => {
    const smallJs = pageScripts(join(small.dir, 'build'), page(small)).gzip;
    const largeJs = pageScripts(join(large.dir, 'build'), page(large), FIXTURE_BASE).gzip;
    expect(smallJs).toBeGreaterThan(0);
    expect(largeJs / smallJs).toBeLessThanOrEqual(1.1);
  });

  it('gives every practice its static HTML page with its title, under 60 KB', () => {
    for (const slug of large.slugs) {
      const file = join(large.dir, 'build/gute-praxis', `${slug}.html`);
      expect(existsSync(file), slug).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(`<h1>${large.titles[slug]!.replace(/&/g, '&amp;')}</h1>`);
      expect(html.length).toBeLessThan(60 * 1024);
    }
  });
});
