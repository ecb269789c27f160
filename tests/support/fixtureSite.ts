/**
 * A small site for content tests: the real vocabularies of src/data/, two
 * working groups with their pages, and the files a test gives (they win).
 * Removed after the test file (see tempDir).
 */
import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {tempDir} from './tempDir';

const ROOT = resolve(__dirname, '../..');

/** The working groups of src/data/groups.yml need their pages. */
const GROUP_PAGES: Record<string, string> = {
  'docs/arbeitsgruppen/digitalisierung/index.md': '---\ntitle: AG\n---\n\n::berichte\n',
  'docs/arbeitsgruppen/engagementfoerderung-beispiel/index.md': '---\ntitle: AG\n---\n\n::berichte\n',
};

export function fixtureSite(prefix: string, files: Record<string, string>): string {
  const dir = tempDir(prefix);
  cpSync(join(ROOT, 'src/data'), join(dir, 'src/data'), {recursive: true});
  for (const [path, content] of Object.entries({...GROUP_PAGES, ...files})) {
    mkdirSync(dirname(join(dir, path)), {recursive: true});
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
