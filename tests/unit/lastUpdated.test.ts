import {describe, expect, it} from 'vitest';
import {parseGitLog} from '../../src/plugins/practices/lastUpdated';

describe('parseGitLog', () => {
  it('keeps the newest commit time per file (git log lists newest first)', () => {
    const output = '\u00001700000000\n\ndocs/gute-praxis/a.md\ndocs/gute-praxis/b.md\n\u00001600000000\n\ndocs/gute-praxis/a.md\ndocs/gute-praxis/c.md\n';
    expect([...parseGitLog(output)]).toEqual([
      ['docs/gute-praxis/a.md', 1_700_000_000_000],
      ['docs/gute-praxis/b.md', 1_700_000_000_000],
      ['docs/gute-praxis/c.md', 1_600_000_000_000],
    ]);
  });

  it('returns nothing for empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});
