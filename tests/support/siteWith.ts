/**
 * Copies of the site with test files added, removed after the test file (as
 * tempDir.ts does for plain folders).
 */
import {afterAll} from 'vitest';
import {copySite, removeAll, writeSiteFiles} from '../../scripts/lib/siteCopy';

const made: string[] = [];

/** A copy of the site with `files` added or replaced. */
export function siteWith(files: Record<string, string>): string {
  const dir = copySite();
  made.push(dir);
  writeSiteFiles(dir, files);
  return dir;
}

afterAll(() => removeAll(made.splice(0)));
