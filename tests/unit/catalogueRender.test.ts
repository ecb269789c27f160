/**
 * The catalogue renders in worker threads (src/plugins/practices/renderWorker.ts)
 * while the main thread already lists the pages: both must agree on every page,
 * in the same order (the search numbers practices by it).
 */
import {resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalogue} from '../../src/content/load';
import {cataloguePaths, renderInWorkers, renderWorkerCount} from '../../src/plugins/practices';
import {createCatalogue} from '../../src/plugins/practices/model';
import {joinParts, renderCatalogue, type RenderJob} from '../../src/plugins/practices/renderWorker';
import {runInWorker} from '../../src/plugins/worker';
import {WORKER_TIMEOUT} from '../support/timeouts';

const siteDir = resolve(__dirname, '../..');

describe('catalogue rendering', {timeout: WORKER_TIMEOUT}, () => {
  const {vocabularies, carriers, practices} = loadCatalogue(siteDir);
  // Links between practices (a practice's links to other pages are the build's and the content check's to test).
  const links = new Map(practices.map((practice) => [practice.file, `/gute-praxis/${practice.slug}`]));
  const paths = cataloguePaths(createCatalogue(vocabularies, carriers, practices.map((practice) => ({...practice, html: ''}))));

  it('lists the same pages in the same order as the rendered fragments', () => {
    const {fragments, problems} = joinParts([renderCatalogue({siteDir, vocabularies, carriers, practices, links})]);
    expect(problems).toEqual([]);
    expect(fragments.map((fragment) => fragment.path)).toEqual(paths);
    expect(paths.filter((path) => path.startsWith('/gute-praxis/')).length).toBeGreaterThan(practices.length);
  });

  it('renders in worker threads, loaded like a plugin, each its share, with the same result as one', async () => {
    const job: RenderJob = {siteDir, vocabularies, carriers, practices, links};
    const whole = joinParts([renderCatalogue(job)]);
    // Three shares for a handful of practices: some shares hold no practice at all.
    const result = await renderInWorkers(job, 3);
    expect(result.fragments.map((fragment) => fragment.path)).toEqual(paths);
    expect(result.fragments[0]!.html).toContain('<');
    expect(result).toEqual(whole);
  });

  it('shares a large catalogue out over the cores, a small one not', () => {
    expect(renderWorkerCount(100, 2)).toBe(1);
    expect(renderWorkerCount(10_000, 2)).toBe(2);
    expect(renderWorkerCount(10_000, 8)).toBe(5);
    expect(renderWorkerCount(10_000, 1)).toBe(1);
  });

  it('renders only plain practice pages for the bench baseline (pagesOnly)', () => {
    const {fragments, problems} = joinParts([renderCatalogue({siteDir, vocabularies, carriers, practices, links, pagesOnly: true})]);
    expect(problems).toEqual([]);
    expect(fragments.map((fragment) => fragment.path).sort()).toEqual(practices.map((practice) => `/gute-praxis/${practice.slug}`).sort());
    expect(fragments.some((fragment) => /Steckbrief|Ähnliche Praxisbeispiele/.test(fragment.html))).toBe(false);
  });

  it('reports a failure in the worker with its cause', async () => {
    await expect(runInWorker(siteDir, resolve(siteDir, 'src/plugins/practices/gibt-es-nicht.ts'), {}, 'Katalog')).rejects.toThrow(/^Katalog: /);
  });
});
