import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {loadSettled, snapshot} from '../../src/content/settled';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wissensplattform-settled-'));
  file = join(dir, 'meldung.md');
  writeFileSync(file, '---\ntitle: Alt\n---\nText\n');
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

/** Reads the title as a plugin would; a file without front matter fails, as it does in the plugins. */
function readTitle(): string {
  const match = /^---\ntitle: (.*)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: Front Matter fehlt`);
  return match[1]!;
}

describe('loadSettled', () => {
  it('gives the load the stamps of the files as they were when it began', async () => {
    const stamps = await loadSettled([dir], (before) => before);
    expect([...stamps.keys()]).toEqual([file]);
    expect(stamps.get(file)).toBe(snapshot([dir]).get(file));
    expect(stamps.get(file)).toMatch(/^[\d.]+:\d+$/);
  });

  it('reads again when the file was written while it read, and returns what was saved last', async () => {
    // An editor that empties the file, and writes it only while the first load runs.
    writeFileSync(file, '');
    let loads = 0;
    const title = await loadSettled([dir], () => {
      loads += 1;
      try {
        return readTitle();
      } finally {
        if (loads === 1) writeFileSync(file, '---\ntitle: Neu\n---\nText\n');
      }
    });
    expect(title).toBe('Neu');
    expect(loads).toBe(2);
  });

  it('reads again when a load failed over an emptied file that is written only after the load ended', async () => {
    // A busy machine: the editor emptied the file, and writes it 50 ms after the (failing) load has finished.
    writeFileSync(file, '');
    let loads = 0;
    const title = await loadSettled([dir], () => {
      loads += 1;
      if (loads === 1) setTimeout(() => writeFileSync(file, '---\ntitle: Neu\n---\nText\n'), 50);
      return readTitle();
    });
    expect(title).toBe('Neu');
    expect(loads).toBe(2);
  });

  it('loads once when nothing changes, and reports a real mistake', async () => {
    let loads = 0;
    expect(await loadSettled([dir], () => (loads += 1, readTitle()))).toBe('Alt');
    expect(loads).toBe(1);
    writeFileSync(file, 'kein Front Matter\n');
    await expect(loadSettled([dir], readTitle)).rejects.toThrow(/Front Matter fehlt/);
  });

  it('gives up after a few tries on a file that keeps changing', async () => {
    let loads = 0;
    const title = await loadSettled([dir], () => {
      loads += 1;
      writeFileSync(file, `---\ntitle: Fassung ${loads}\n---\n`);
      return readTitle();
    }, 3);
    expect(loads).toBe(3);
    expect(title).toBe('Fassung 3');
  });
});

describe('snapshot', () => {
  it('lists the files below the folders with time and size, and nothing for a missing folder', () => {
    expect([...snapshot([dir]).keys()]).toEqual([file]);
    expect(snapshot([join(dir, 'fehlt')]).size).toBe(0);
  });

  it('does not count a save made just before the load', async () => {
    writeFileSync(file, '---\ntitle: Gerade gespeichert\n---\n');
    let loads = 0;
    expect(await loadSettled([dir], () => (loads += 1, readTitle()))).toBe('Gerade gespeichert');
    expect(loads).toBe(1);
  });
});
