/**
 * Valid HTML on every page type: the W3C Nu Html Checker (npm `vnu-jar`, run
 * with the machine's Java) reports no error in the built pages.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {pageTypes} from './pageTypes';
import {vnuErrors} from '../support/vnu';

const buildDir = inject('buildDir');

/** The built file a page type is served from (search results and 404 have their own shells). */
function fileOf(path: string): string {
  const route = path.split('?')[0]!;
  if (route.endsWith('/diese-seite-gibt-es-nicht')) return join(buildDir, '404.html');
  if (route === '/') return join(buildDir, 'index.html');
  const flat = join(buildDir, `${route.slice(1)}.html`);
  return existsSync(flat) ? flat : join(buildDir, route.slice(1), 'index.html');
}

describe('HTML of every page type', () => {
  const files = [...new Set(pageTypes(buildDir).map(([, path]) => fileOf(path)))];

  it('finds the built file of each page type', () => {
    expect(files.filter((file) => !existsSync(file))).toEqual([]);
  });

  it('has no error in the W3C Nu Html Checker', () => {
    const result = vnuErrors(files);
    expect(result.error, 'Java fehlt: sudo apt-get install -y default-jre-headless').toBeUndefined();
    expect(result.errors).toEqual([]);
    // The checker ran on every file (and would have reported a broken one).
    expect(result.status).toBe(0);
  });
});
