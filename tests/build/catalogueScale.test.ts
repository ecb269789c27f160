/**
 * Issue #11 in bytes, not time: a practice page loads the same JavaScript
 * whether the catalogue holds the site's own practices (the repository's build,
 * made by `npm run build` before the tests) or 2,000 more (±10 %), and every
 * practice gets its own static HTML page with its title. (A link to a practice
 * that does not exist stops the build: tests/build/strictBuild.test.ts.)
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {generateCorpus, loadVocabularies} from '../../scripts/bench/corpus';
import {pageScripts} from '../../scripts/bench/measure';
import {buildSite, copySite, removeAll, ROOT, writeSiteFiles} from '../../scripts/lib/siteCopy';

const made: string[] = [];

interface BuiltSite {
  dir: string;
  status: number | null;
  output: string;
  slugs: string[];
  titles: Map<string, string>;
}

async function buildWithPractices(practices: number, extra: Record<string, string> = {}): Promise<BuiltSite> {
  const dir = copySite({prefix: `wissensplattform-scale-${practices}-`});
  made.push(dir);
  const corpus = generateCorpus(loadVocabularies(ROOT), {practices, posts: 5, seed: 11}).filter(
    (file) => file.path.startsWith('docs/gute-praxis/') || file.path === 'src/data/carriers.yml',
  );
  const slugs: string[] = [];
  const titles = new Map<string, string>();
  const files: Record<string, string> = {...extra};
  for (const file of corpus) {
    if (file.path === 'src/data/carriers.yml') {
      files[file.path] = `${readFileSync(join(ROOT, file.path), 'utf8')}\n${file.content}`;
    } else {
      const slug = file.path.replace(/^.*\/|\.md$/g, '');
      slugs.push(slug);
      titles.set(slug, JSON.parse(/^title: (.*)$/m.exec(file.content)![1]!) as string);
      files[file.path] = file.content;
    }
  }
  writeSiteFiles(dir, files);
  return {dir, ...(await buildSite(dir)), slugs, titles};
}

afterAll(() => removeAll(made));

/** The repository's own build: its practices are the small catalogue. */
function repositoryBuild(): {dir: string; slugs: string[]} {
  if (!existsSync(join(ROOT, 'build/gute-praxis.html'))) {
    throw new Error('Kein gebautes Site-Verzeichnis unter build/: erst »npm run build«, dann »npm run test:build« (oder einfach »npm test«).');
  }
  const slugs = readdirSync(join(ROOT, 'docs/gute-praxis')).filter((name) => /^[^_].*\.mdx?$/.test(name)).map((name) => name.replace(/\.mdx?$/, ''));
  return {dir: ROOT, slugs};
}

describe('the site’s own catalogue and one with 2,000 practices more', () => {
  let small: {dir: string; slugs: string[]};
  let large: BuiltSite;
  beforeAll(async () => {
    small = repositoryBuild();
    large = await buildWithPractices(2000);
  }, 600_000);

  it('both build', () => {
    expect(small.slugs.length).toBeGreaterThan(0);
    expect(existsSync(join(small.dir, 'build/gute-praxis', `${small.slugs[0]}.html`))).toBe(true);
    expect(large.status, large.output.slice(-2000)).toBe(0);
  });

  it.each([
    ['a practice page', (site: {slugs: string[]}) => `gute-praxis/${site.slugs[0]}.html`],
    ['the home page', () => 'index.html'],
    ['the catalogue', () => 'gute-praxis.html'],
  ])('%s loads at most 10 % more JavaScript with 2,000 practices more', (_name, page) => {
    const smallJs = pageScripts(join(small.dir, 'build'), page(small)).gzip;
    const largeJs = pageScripts(join(large.dir, 'build'), page(large)).gzip;
    expect(smallJs).toBeGreaterThan(0);
    expect(largeJs / smallJs).toBeLessThanOrEqual(1.1);
  });

  it('gives every practice its static HTML page with its title, under 60 KB', () => {
    for (const slug of large.slugs) {
      const file = join(large.dir, 'build/gute-praxis', `${slug}.html`);
      expect(existsSync(file), slug).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(`<h1>${large.titles.get(slug)!.replace(/&/g, '&amp;')}</h1>`);
      expect(html.length).toBeLessThan(60 * 1024);
    }
  });
});
