/**
 * The docs plugin must not watch the practices it excludes (src/plugins/docs):
 * otherwise every saved practice reloads all doc pages under `npm start`.
 * Checked with the watcher the dev server itself uses.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
// Docusaurus' own watcher setup (not part of its public API: if it moves, this test should say so).
import {createPollingOptions, getPluginPathsToWatch, watch, type FileWatchEvent} from '@docusaurus/core/lib/commands/start/watcher';
import type {LoadedPlugin} from '@docusaurus/types';
import {excludedFromWatching} from '../../src/plugins/docs';
import {tempDir} from '../support/tempDir';
import {WATCHER_TIMEOUT} from '../support/timeouts';

const INCLUDE = ['**/*.{md,mdx}'];
const EXCLUDE = ['**/_*.{js,jsx,ts,tsx,md,mdx}', 'gute-praxis/**'];

describe('excludedFromWatching', () => {
  it('negates each exclude pattern below each folder the plugin reads, relative to the site', () => {
    const watched = ['/site/sidebars.ts', '/site/docs/**/*.{md,mdx}', '/site/i18n/de/docusaurus-plugin-content-docs/current/**/*.{md,mdx}', '/site/docs/**/_category_.{json,yml,yaml}'];
    expect(excludedFromWatching('/site', watched, INCLUDE, EXCLUDE)).toEqual([
      '!docs/**/_*.{js,jsx,ts,tsx,md,mdx}',
      '!docs/gute-praxis/**',
      '!i18n/de/docusaurus-plugin-content-docs/current/**/_*.{js,jsx,ts,tsx,md,mdx}',
      '!i18n/de/docusaurus-plugin-content-docs/current/gute-praxis/**',
    ]);
  });

  it('keeps the dev server from reloading the docs for a saved practice, not for a saved doc page', {timeout: WATCHER_TIMEOUT}, async () => {
    const siteDir = tempDir('wp-docs-watch-');
    mkdirSync(join(siteDir, 'docs/gute-praxis'), {recursive: true});
    writeFileSync(join(siteDir, 'docs/seite.md'), '# Seite\n');
    writeFileSync(join(siteDir, 'docs/gute-praxis/praxis.md'), '# Praxis\n');
    const own = [join(siteDir, 'docs', INCLUDE[0]!)];
    // Only what getPluginPathsToWatch reads of a loaded plugin.
    const plugin = {name: 'docs', getPathsToWatch: () => [...own, ...excludedFromWatching(siteDir, own, INCLUDE, EXCLUDE)]} as unknown as LoadedPlugin;
    const events: FileWatchEvent[] = [];
    const docEvents = (): number => events.filter((event) => event.path === 'docs/seite.md').length;
    const stop = watch({pathsToWatch: getPluginPathsToWatch({siteDir, plugin}), siteDir, ...createPollingOptions({})}, (event) => events.push(event));
    const pause = (ms: number) => new Promise((wait) => setTimeout(wait, ms));
    /** Saves the doc page until the watcher reports it (it may still be reading the folders on a busy machine). */
    const saveDocUntilSeen = async (): Promise<void> => {
      const before = docEvents();
      for (let attempt = 0; docEvents() === before; attempt += 1) {
        writeFileSync(join(siteDir, 'docs/seite.md'), `# Seite ${attempt}\n`);
        await pause(300);
      }
    };
    try {
      await saveDocUntilSeen();
      // The watcher is live now: a saved and a new practice must not reach it.
      writeFileSync(join(siteDir, 'docs/gute-praxis/praxis.md'), '# Praxis, geändert\n');
      writeFileSync(join(siteDir, 'docs/gute-praxis/neu.md'), '# Neu\n');
      await pause(500);
      await saveDocUntilSeen();
      await pause(500);
      expect(docEvents()).toBeGreaterThanOrEqual(2);
      expect(events.filter((event) => event.path.includes('gute-praxis'))).toEqual([]);
    } finally {
      await stop();
    }
  });
});
