import {describe, expect, it} from 'vitest';
import {CHROMIUM_ARGS, chromiumPath, DEFAULT_CHROMIUM_PATH, isExecutable} from '../../scripts/lib/chromium';

describe('chromiumPath', () => {
  it.each([
    [{}, DEFAULT_CHROMIUM_PATH],
    [{CHROMIUM_PATH: ''}, DEFAULT_CHROMIUM_PATH],
    [{CHROMIUM_PATH: '  '}, DEFAULT_CHROMIUM_PATH],
    [{CHROMIUM_PATH: '/opt/chromium/chrome'}, '/opt/chromium/chrome'],
  ])('%j → %s', (env, expected) => {
    expect(chromiumPath(env)).toBe(expected);
  });
});

describe('isExecutable', () => {
  it('is true for node itself and false for a missing file', () => {
    expect(isExecutable(process.execPath)).toBe(true);
    expect(isExecutable('/gibt/es/nicht')).toBe(false);
  });
});

describe('CHROMIUM_ARGS', () => {
  it('keeps Chromium off the network on its own', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-sandbox']),
    );
  });
});
