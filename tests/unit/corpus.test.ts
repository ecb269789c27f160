import {resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {createRandom, generateCorpus, loadVocabularies} from '../../scripts/bench/corpus';

const vocabularies = loadVocabularies(resolve(__dirname, '../..'));

function frontMatter(content: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
  if (!match) throw new Error('no front matter');
  return parse(match[1]!) as Record<string, unknown>;
}

describe('generateCorpus', () => {
  const files = generateCorpus(vocabularies, {practices: 60, posts: 12, seed: 7});
  const practices = files.filter((f) => f.path.startsWith('docs/gute-praxis/'));
  const carriers = parse(files.find((f) => f.path === 'src/data/carriers.yml')!.content) as {id: string}[];

  it('makes the requested numbers of practices and posts', () => {
    expect(practices).toHaveLength(60);
    expect(files.filter((f) => f.path.startsWith('blog/'))).toHaveLength(12);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpus(vocabularies, {practices: 60, posts: 12, seed: 7})).toEqual(files);
    expect(generateCorpus(vocabularies, {practices: 60, posts: 12, seed: 8})).not.toEqual(files);
  });

  it('writes unique, lower-case ASCII paths', () => {
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of practices.map((f) => f.path)) expect(path).toMatch(/^docs\/gute-praxis\/[a-z0-9-]+\.md$/);
  });

  it('follows the content model: known slugs, known carriers, required fields', () => {
    const carrierIds = new Set(carriers.map((c) => c.id));
    expect(carrierIds.size).toBe(carriers.length);
    for (const file of practices) {
      const data = frontMatter(file.content);
      expect(typeof data.title).toBe('string');
      expect((data.description as string).length).toBeLessThanOrEqual(300);
      expect(carrierIds.has(data.carrier as string)).toBe(true);
      for (const key of ['topics', 'audiences', 'roles', 'formats', 'states'] as const) {
        const values = data[key] as string[];
        expect(values.length, `${file.path} ${key}`).toBeGreaterThan(0);
        for (const value of values) expect(vocabularies[key]).toContain(value);
      }
      expect(data.sample).toBe(true);
    }
  });

  it('writes German text with gender stars, umlauts and compounds', () => {
    const text = practices.map((f) => f.content).join('\n');
    expect(text).toMatch(/\p{L}\*innen/u);
    expect(text).toMatch(/[äöüß]/);
    expect(text).toContain('Bildungseinrichtungen');
  });

  it('gives news posts a truncation marker and declared tags only', () => {
    for (const file of files.filter((f) => f.path.startsWith('blog/'))) {
      expect(file.content).toContain('<!-- truncate -->');
      expect(['mitglied-des-monats', 'mittagsgespraech', 'arbeitsgruppen']).toContain((frontMatter(file.content).tags as string[])[0]);
    }
  });
});

describe('createRandom', () => {
  it('returns numbers in [0, 1) and repeats for the same seed', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const values = Array.from({length: 1000}, () => a());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Array.from({length: 1000}, () => b())).toEqual(values);
  });
});
