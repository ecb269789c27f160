import {existsSync} from 'node:fs';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import leanBundlePlugin from '../../src/plugins/leanBundle';

const context = (prism: object): LoadContext => ({siteConfig: {themeConfig: {prism}}}) as unknown as LoadContext;

describe('lean bundle', () => {
  it('replaces the theme module that puts Prism into every page by an empty one', () => {
    const plugin = leanBundlePlugin(context({}));
    const config = plugin.configureWebpack!({}, false, {} as never, undefined) as {resolve: {alias: Record<string, string>}};
    const entries = Object.entries(config.resolve.alias);
    expect(entries.length).toBeGreaterThan(0);
    for (const [from, to] of entries) {
      expect(from).toMatch(/@docusaurus\/theme-classic\/lib\/prism-include-languages(\.js)?$/);
      expect(existsSync(to)).toBe(true);
    }
  });

  it('stops with a message when additional Prism languages are configured', () => {
    expect(() => leanBundlePlugin(context({additionalLanguages: ['yaml']}))).toThrow(/additionalLanguages ist gesetzt/);
  });
});
