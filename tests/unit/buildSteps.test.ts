import {describe, expect, it} from 'vitest';
import {AFTER, buildData, declareStep, provideBuildData, runStep} from '../../src/plugins/buildSteps';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('build steps after the build', () => {
  it('start the security headers only when every page step is done, whatever order the hooks start in', async () => {
    const out = '/tmp/build-steps-order';
    for (const step of ['catalogue pages', 'news pages', 'event pages', 'security headers'] as const) declareStep(out, step);
    const log: string[] = [];
    const headers = runStep(out, 'security headers', async () => void log.push('headers'));
    await tick();
    const news = runStep(out, 'news pages', async () => {
      await tick();
      log.push('news');
    });
    const events = runStep(out, 'event pages', async () => {
      await tick();
      await tick();
      await tick();
      log.push('events');
    });
    const catalogue = runStep(out, 'catalogue pages', async () => {
      await tick();
      await tick();
      log.push('catalogue');
    });
    await Promise.all([headers, news, events, catalogue]);
    expect(log).toEqual(['news', 'catalogue', 'events', 'headers']);
    expect(AFTER['security headers']).toEqual(['catalogue pages', 'news pages', 'event pages']);
  });

  it('do not wait for a step whose plugin is not part of the build', async () => {
    const out = '/tmp/build-steps-partial';
    declareStep(out, 'security headers');
    const log: string[] = [];
    await runStep(out, 'security headers', async () => void log.push('headers'));
    expect(log).toEqual(['headers']);
  });

  it('stop a later step when an earlier one fails, naming both', async () => {
    const out = '/tmp/build-steps-failure';
    declareStep(out, 'catalogue pages');
    declareStep(out, 'security headers');
    let ran = false;
    const headers = runStep(out, 'security headers', async () => void (ran = true));
    await expect(runStep(out, 'catalogue pages', async () => Promise.reject(new Error('defekter Link')))).rejects.toThrow('defekter Link');
    await expect(headers).rejects.toThrow('»security headers« wartet auf »catalogue pages«, und das ist fehlgeschlagen.');
    expect(ran).toBe(false);
  });

  it('hand the catalogue pages to the search index in memory', async () => {
    const out = '/tmp/build-steps-data';
    expect(buildData(out, 'catalogueFragments')).toBeUndefined();
    provideBuildData(out, 'catalogueFragments', Promise.resolve([{path: '/gute-praxis/x', title: 'X', description: 'D', html: '<p>X</p>'}]));
    expect((await buildData(out, 'catalogueFragments'))?.map((fragment) => fragment.path)).toEqual(['/gute-praxis/x']);
  });
});
