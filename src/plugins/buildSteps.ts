/**
 * What runs after the build, and in which order: the one place that says so.
 *
 * Docusaurus starts every plugin's `postBuild` at the same time and promises
 * no order. So the site's plugins have no `postBuild` of their own: each that
 * has work after the build declares it as `buildStep` on its plugin object,
 * and one plugin (src/plugins/build, listed last) finds them among the loaded
 * plugins that Docusaurus hands to `postBuild` (`props.plugins`) and runs them
 * here. A step starts when the steps it comes after are done; a step whose
 * plugin is not part of this build (the bench leaves some out) is not waited
 * for.
 *
 *   catalogue pages ──┐
 *   news pages ───────┼──> security headers (reads every page's inline scripts)
 *   event pages ──────┘
 *   photos, search index, sitemap: independent
 *
 * The search index needs the catalogue's, the news' and the events' rendered pages, not
 * their files: it gets them in memory (`BuildData`), the catalogue's as soon
 * as its render workers are done, and is built while the catalogue writes its
 * pages.
 */
import type {Plugin} from '@docusaurus/types';
import {ContentError} from '../content/problems';
import type {Fragment} from '../fragmentPages/fragment';
import type {RegistryEntry} from './fragmentPages';

export const BUILD_STEPS = ['catalogue pages', 'news pages', 'event pages', 'photos', 'search index', 'sitemap', 'security headers'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

/** The steps each step waits for. */
export const AFTER: Record<BuildStep, readonly BuildStep[]> = {
  'catalogue pages': [],
  // The blog plugin's feeds read each post's written page: inside this step, after the pages.
  'news pages': [],
  // Event pages and every calendar file (the feeds, each event's, each congress's kongress.ics).
  'event pages': [],
  photos: [],
  'search index': [],
  // Docusaurus' sitemap with the fragment pages, which every kind registered before the steps (fragmentKinds).
  sitemap: [],
  // Page shells are removed and thousands of pages written by the three page steps.
  'security headers': ['catalogue pages', 'news pages', 'event pages'],
};

/** What Docusaurus hands to `postBuild`. */
export type PostBuildProps = Parameters<NonNullable<Plugin<unknown>['postBuild']>>[0];

/** Data one step hands to another in memory. */
export interface BuildData {
  /** The catalogue's pages (practices, value pages, carriers), once rendered; rejects when rendering found problems. */
  catalogueFragments: Promise<Fragment[]>;
  /** Every news post's page. */
  newsFragments: readonly Fragment[];
  /** The page of every event file (congresses and reports have their own pages). */
  eventFragments: readonly Fragment[];
  /** Every kind of fragment pages with its pages: for the link checks across kinds and the sitemap (lists are joined). */
  fragmentKinds: readonly RegistryEntry[];
}

/** A plugin's work after the build. */
export interface BuildStepOfPlugin {
  step: BuildStep;
  /** What this plugin hands to other steps, asked for before any step runs. */
  provides?: () => Partial<BuildData>;
  run: (props: PostBuildProps, data: Partial<BuildData>) => Promise<void> | void;
}

/** A plugin with work after the build (instead of its own `postBuild`). */
export type WithBuildStep<P> = P & {buildStep: BuildStepOfPlugin};

export const hasBuildStep = <T extends object>(plugin: T): plugin is T & {buildStep: BuildStepOfPlugin} =>
  'buildStep' in plugin && typeof (plugin as {buildStep?: unknown}).buildStep === 'object';

/**
 * Runs the steps, each once the steps it comes after (those taking part) are
 * done. A failed step stops every step that waits for it. The build stops
 * with every step's own failure (several steps may find mistakes: broken
 * links in the catalogue and in the news are named together).
 */
export async function runBuildSteps(steps: readonly BuildStepOfPlugin[], props: PostBuildProps): Promise<void> {
  const byStep = new Map<BuildStep, BuildStepOfPlugin>();
  for (const entry of steps) {
    if (byStep.has(entry.step)) throw new Error(`Nach dem Build: Den Schritt »${entry.step}« melden zwei Plugins an.`);
    byStep.set(entry.step, entry);
  }
  const data: Partial<BuildData> = {};
  for (const entry of steps) {
    for (const [key, value] of Object.entries(entry.provides?.() ?? {}) as [keyof BuildData, unknown][]) {
      const earlier = data[key];
      // Lists from several plugins are joined; anything else has one provider.
      (data as Record<string, unknown>)[key] = Array.isArray(earlier) && Array.isArray(value) ? [...(earlier as unknown[]), ...(value as unknown[])] : value;
    }
  }
  const done = new Map<BuildStep, Promise<void>>();
  const waited = new Set<BuildStep>();
  for (const step of BUILD_STEPS) {
    const entry = byStep.get(step);
    if (!entry) continue;
    const before = AFTER[step].filter((earlier) => done.has(earlier));
    done.set(
      step,
      (async () => {
        for (const earlier of before) {
          try {
            await done.get(earlier);
          } catch {
            waited.add(step);
            throw new Error(`Nach dem Build: »${step}« wartet auf »${earlier}«, und das ist fehlgeschlagen.`);
          }
        }
        await entry.run(props, data);
      })(),
    );
  }
  const started = [...done.keys()];
  const results = await Promise.allSettled(done.values());
  const failures = results.flatMap((result, index) => (result.status === 'rejected' && !waited.has(started[index]!) ? [result.reason as unknown] : []));
  if (failures.length === 1) throw failures[0];
  // Mistakes in content: one list, as the content check gives it.
  if (failures.length > 1 && failures.every((failure) => failure instanceof ContentError)) throw new ContentError(failures.flatMap((failure) => failure.problems));
  if (failures.length > 1) {
    throw new Error(failures.map((failure) => (failure instanceof Error ? failure.message : String(failure))).join('\n\n'), {cause: failures[0]});
  }
}
