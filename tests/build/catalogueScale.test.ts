/**
 * Issue #11 in bytes, not time: a practice page loads the same JavaScript
 * whether the catalogue holds 100 or 2,000 practices (±10 %), every practice
 * gets its own static HTML page with its title, and a link to a practice that
 * does not exist stops the build.
 */
import {existsSync, readFileSync} from 'node:fs';
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

describe('a catalogue of 100 and one of 2,000 practices', () => {
  let small: BuiltSite;
  let large: BuiltSite;
  beforeAll(async () => {
    small = await buildWithPractices(100);
    large = await buildWithPractices(2000);
  }, 600_000);

  it('both build', () => {
    expect(small.status, small.output.slice(-2000)).toBe(0);
    expect(large.status, large.output.slice(-2000)).toBe(0);
  });

  it.each([
    ['a practice page', (site: BuiltSite) => `gute-praxis/${site.slugs[0]}.html`],
    ['the home page', () => 'index.html'],
    ['the catalogue', () => 'gute-praxis.html'],
  ])('%s loads at most 10 % more JavaScript at 2,000 than at 100', (_name, page) => {
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

describe('a link to a practice that does not exist', () => {
  it('stops the build with a message naming the page and the link', async () => {
    const site = await buildWithPractices(3, {
      'docs/mitmachen/kaputt.md': '---\ntitle: Test\ndescription: Test.\n---\n\nSiehe [dieses Beispiel](/gute-praxis/gibt-es-nicht).\n',
    });
    expect(site.status).not.toBe(0);
    expect(site.output).toMatch(/build\/mitmachen\/kaputt – Link: Defekter Link auf \/gute-praxis\/gibt-es-nicht/);
  });
});
