/**
 * ARCHITECTURE.md's folder map matches the tree: every folder (and top-level
 * module) under src/, every plugin under src/plugins/ and every part of the
 * search is named there, and everything the map names exists. A newcomer's
 * first page must not send them to folders that are gone.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = resolve(__dirname, '../..');
const architecture = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
/** The code block that starts with `src/`. */
const map = /```\n(src\/\n[\s\S]*?)```/.exec(architecture)?.[1] ?? '';
const folders = (dir: string): string[] => readdirSync(join(ROOT, dir)).filter((name) => statSync(join(ROOT, dir, name)).isDirectory());

describe('the folder map in ARCHITECTURE.md', () => {
  it('exists', () => {
    expect(map).toMatch(/^src\/\n/);
  });

  it('names every folder and top-level module under src/', () => {
    const entries = readdirSync(join(ROOT, 'src')).filter((name) => statSync(join(ROOT, 'src', name)).isDirectory() || name.endsWith('.ts'));
    const missing = entries.filter((name) => !new RegExp(`(^|[\\s,/])${name.replace('.', '\\.')}(/|\\b)`, 'm').test(map));
    expect(missing).toEqual([]);
  });

  it('names every plugin under src/plugins/', () => {
    const line = /plugins\/[^\n]*(?:\n {10,}[^\n]*)*/.exec(map)?.[0] ?? '';
    expect(folders('src/plugins').filter((name) => !new RegExp(`\\b${name}\\b`).test(line))).toEqual([]);
  });

  it('names the parts of the search, and »Wo die Suche liegt« names every file in them', () => {
    const section = /## Wo die Suche liegt\n([\s\S]*?)\n## /.exec(architecture)?.[1] ?? '';
    for (const part of folders('src/search')) {
      expect(map).toContain(`${part}/`);
      expect(section).toContain(`\`${part}/\``);
      const files = readdirSync(join(ROOT, 'src/search', part));
      expect(files.filter((name) => !section.includes(name))).toEqual([]);
    }
  });

  it('names only folders that exist', () => {
    const named = [...map.matchAll(/^ {2}([a-zA-Z]+)\//gm)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !existsSync(join(ROOT, 'src', name)))).toEqual([]);
  });
});
