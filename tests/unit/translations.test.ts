/**
 * Every interface text of the site's own components goes through
 * Docusaurus' translate/<Translate>, and every message id they use has its
 * German text in i18n/de/code.json (written by `npx docusaurus
 * write-translations --locale de`): a missing entry would show the fallback in
 * the code, and an id typed twice with different texts would show one of them.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = resolve(__dirname, '../..');
const codeJson = JSON.parse(readFileSync(join(ROOT, 'i18n/de/code.json'), 'utf8')) as Record<string, {message: string}>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Ids of translate({id: '…'}) and <Translate id="…"> in the browser code. */
const used = sources(join(ROOT, 'src')).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const ids = [...text.matchAll(/translate\(\s*\{\s*id: '([^']+)'/g), ...text.matchAll(/<Translate\s+id="([^"]+)"/g)].map((match) => match[1]!);
  return ids.map((id) => ({id, file: relative(ROOT, file)}));
});

describe('interface texts', () => {
  it('are found in the components (the check itself works)', () => {
    expect(used.length).toBeGreaterThan(100);
    expect(used.some((entry) => entry.file.startsWith('src/components/Catalogue/'))).toBe(true);
    expect(used.some((entry) => entry.file.startsWith('src/search/client/'))).toBe(true);
  });

  it('each have their German text in i18n/de/code.json', () => {
    expect(used.filter(({id}) => !codeJson[id]).map(({id, file}) => `${file}: ${id}`)).toEqual([]);
  });

  it('leave no component text outside translate: no German sentence as a bare JSX text', () => {
    // A line of JSX text with two or more words and a German letter or capital start, outside <Translate>.
    const bare = sources(join(ROOT, 'src'))
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) => {
        let inside = 0;
        return readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) => {
            if (/<Translate\b/.test(line)) inside += 1;
            const found = inside === 0 && /^\s+[A-ZÄÖÜ][a-zäöüß]+(?: [\wäöüßÄÖÜ»«*.,:-]+)+\s*$/.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [];
            if (/<\/Translate>/.test(line)) inside -= 1;
            return found;
          });
      });
    expect(bare).toEqual([]);
  });
});
