import {describe, expect, it} from 'vitest';
import {AFTER, hasBuildStep, runBuildSteps, type BuildStep, type BuildStepOfPlugin, type PostBuildProps} from '../../src/plugins/buildSteps';
import buildPlugin from '../../src/plugins/build';
import {ContentError} from '../../src/content/problems';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
const props = {outDir: '/tmp/build-steps'} as PostBuildProps;

/** A step that logs its name after `ticks` pauses. */
const step = (name: BuildStep, log: string[], ticks = 0, fail?: string): BuildStepOfPlugin => ({
  step: name,
  run: async () => {
    for (let i = 0; i < ticks; i += 1) await tick();
    if (fail) throw new Error(fail);
    log.push(name);
  },
});

describe('build steps after the build', () => {
  it('start the security headers only when every page step is done, whatever order the plugins come in', async () => {
    const log: string[] = [];
    await runBuildSteps([step('security headers', log), step('news pages', log, 1), step('event pages', log, 3), step('catalogue pages', log, 2)], props);
    expect(log).toEqual(['news pages', 'catalogue pages', 'event pages', 'security headers']);
    expect(AFTER['security headers']).toEqual(['catalogue pages', 'news pages', 'event pages']);
  });

  it('run independent steps side by side', async () => {
    const log: string[] = [];
    await runBuildSteps([step('catalogue pages', log, 3), step('search index', log, 1), step('photos', log, 2)], props);
    expect(log).toEqual(['search index', 'photos', 'catalogue pages']);
  });

  it('do not wait for a step whose plugin is not part of the build', async () => {
    const log: string[] = [];
    await runBuildSteps([step('security headers', log)], props);
    expect(log).toEqual(['security headers']);
  });

  it('stop a later step when an earlier one fails, and the build with the first failure', async () => {
    const log: string[] = [];
    const waiting = step('security headers', log);
    await expect(runBuildSteps([waiting, step('catalogue pages', log, 1, 'defekter Link')], props)).rejects.toThrow('defekter Link');
    expect(log).toEqual([]);
  });

  it('name every failed step, not the steps stopped by a failure', async () => {
    const log: string[] = [];
    const error = await runBuildSteps([step('security headers', log), step('catalogue pages', log, 1, 'Link im Katalog'), step('news pages', log, 2, 'Link in einer Meldung')], props).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(String(error)).toBe('Error: Link im Katalog\n\nLink in einer Meldung');
    expect(log).toEqual([]);
  });

  it('put the content mistakes of several steps into one list', async () => {
    const failing = (name: BuildStep, file: string): BuildStepOfPlugin => ({step: name, run: () => Promise.reject(new ContentError([{file, field: 'Link', message: 'Defekter Link'}]))});
    const error = await runBuildSteps([failing('news pages', 'blog/b.md'), failing('catalogue pages', 'docs/a.md')], props).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((problem) => problem.file)).toEqual(['docs/a.md', 'blog/b.md']);
  });

  it('refuse two plugins declaring the same step', async () => {
    await expect(runBuildSteps([step('photos', []), step('photos', [])], props)).rejects.toThrow('Den Schritt »photos« melden zwei Plugins an.');
  });

  it('hand the catalogue and news pages to the search index in memory', async () => {
    const seen: string[] = [];
    const catalogue: BuildStepOfPlugin = {
      step: 'catalogue pages',
      provides: () => ({catalogueFragments: Promise.resolve([{path: '/gute-praxis/x', title: 'X', description: 'D', html: '<p>X</p>'}])}),
      run: () => undefined,
    };
    const news: BuildStepOfPlugin = {step: 'news pages', provides: () => ({newsFragments: [{path: '/meldungen/y', title: 'Y', description: 'D', html: '<p>Y</p>'}]}), run: () => undefined};
    const search: BuildStepOfPlugin = {
      step: 'search index',
      run: async (_props, data) => {
        seen.push(...(await data.catalogueFragments!).map((fragment) => fragment.path), ...data.newsFragments!.map((fragment) => fragment.path));
      },
    };
    await runBuildSteps([search, catalogue, news], props);
    expect(seen).toEqual(['/gute-praxis/x', '/meldungen/y']);
  });
});

describe('the build plugin', () => {
  it('runs the steps that the loaded plugins declare, and no others', async () => {
    const log: string[] = [];
    const plugins = [{name: 'a', buildStep: step('photos', log)}, {name: 'b'}, {name: 'c', buildStep: step('security headers', log)}];
    expect(plugins.filter(hasBuildStep).map((plugin) => plugin.name)).toEqual(['a', 'c']);
    const plugin = buildPlugin({} as Parameters<typeof buildPlugin>[0]);
    await plugin.postBuild!({...props, plugins} as unknown as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
    expect(log).toEqual(['photos', 'security headers']);
  });
});
