import {spawnSync} from 'node:child_process';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {PROCESS_TIMEOUT} from '../support/timeouts';

const ROOT = resolve(__dirname, '../..');

describe('npm run bench', {timeout: PROCESS_TIMEOUT}, () => {
  it('loads outside the test runner and rejects a bad option with a German message', () => {
    // Catches a bench module that pulls in vitest or another test-only import.
    const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/bench/index.ts', '--pages', 'viele'], {cwd: ROOT, encoding: 'utf8'});
    expect(result.stderr).toContain('--pages erwartet eine positive ganze Zahl');
    expect(result.status).toBe(1);
  });
});
