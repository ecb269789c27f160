/**
 * Nothing of the build machine reaches a visitor: no file of the built site
 * names the folder it was built in (Docusaurus serialises the site config and
 * every route module's path into the bundle that every page loads).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, extname, join, relative} from 'node:path';
import {describe, expect, inject, it} from 'vitest';

const buildDir = inject('buildDir');
const siteDir = dirname(buildDir);
const TEXT = new Set(['.js', '.css', '.html', '.json', '.xml', '.txt', '.ics', '.webmanifest', '.map']);

function textFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return TEXT.has(extname(entry.name)) ? [path] : [];
  });
}

describe('the built site', () => {
  it('names no folder of the build machine', () => {
    const files = textFiles(buildDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const naming = files.filter((file) => readFileSync(file, 'utf8').includes(siteDir)).map((file) => relative(buildDir, file));
    expect(naming).toEqual([]);
  });
});
