/**
 * What runs after the build, and in which order: the one place that says so.
 *
 * Docusaurus starts every plugin's `postBuild` at the same time and promises
 * no order. So each of the site's plugins declares its step when it is
 * created, and runs its `postBuild` work through `runStep`, which first waits
 * for the steps listed in `AFTER`. A step whose plugin is not part of this
 * build (the bench leaves some out) is not waited for.
 *
 *   catalogue pages ──┐
 *   news pages ───────┼──> security headers (reads every page's inline scripts)
 *   event pages ──────┘
 *   photos, search index: independent
 *
 * The search index needs the catalogue's rendered pages, not their files: it
 * gets them in memory (`catalogueFragments`), as soon as the render worker is
 * done, and is built while the catalogue writes its pages.
 */
import type {Fragment} from '../fragmentPages/fragment';

export const BUILD_STEPS = ['catalogue pages', 'news pages', 'event pages', 'photos', 'search index', 'security headers'] as const;
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
  // Page shells are removed and thousands of pages written by the two page steps.
  'security headers': ['catalogue pages', 'news pages', 'event pages'],
};

/** Data one step hands to another in memory. */
export interface BuildData {
  /** The catalogue's pages (practices, value pages, carriers), once rendered; rejects when rendering found problems. */
  catalogueFragments: Promise<Fragment[]>;
}

interface Build {
  declared: Set<BuildStep>;
  done: Map<BuildStep, Promise<void>>;
  settle: Map<BuildStep, {resolve: () => void; reject: (error: unknown) => void}>;
  data: Partial<BuildData>;
}

/**
 * One record per output folder, shared by all plugins of the process (on
 * globalThis: plugins may be separate module instances). A process builds
 * once (`docusaurus build`); the dev server runs no step.
 */
function buildOf(outDir: string): Build {
  const key = Symbol.for('wissensplattform.buildSteps');
  const holder = globalThis as unknown as Record<symbol, Map<string, Build> | undefined>;
  const builds = (holder[key] ??= new Map<string, Build>());
  let build = builds.get(outDir);
  if (!build) {
    build = {declared: new Set(), done: new Map(), settle: new Map(), data: {}};
    builds.set(outDir, build);
  }
  return build;
}

function doneOf(build: Build, step: BuildStep): Promise<void> {
  let done = build.done.get(step);
  if (!done) {
    done = new Promise<void>((resolve, reject) => build.settle.set(step, {resolve, reject}));
    // A failure is reported by the step itself; waiting steps get their own error.
    done.catch(() => undefined);
    build.done.set(step, done);
  }
  return done;
}

/** Called when a plugin is created: its step takes part in this build. */
export function declareStep(outDir: string, step: BuildStep): void {
  const build = buildOf(outDir);
  build.declared.add(step);
  void doneOf(build, step);
}

/** Runs `work` once the steps it comes after (those taking part) are done. */
export async function runStep<T>(outDir: string, step: BuildStep, work: () => Promise<T>): Promise<T> {
  const build = buildOf(outDir);
  void doneOf(build, step);
  const settle = build.settle.get(step)!;
  try {
    for (const before of AFTER[step]) {
      if (!build.declared.has(before)) continue;
      try {
        await doneOf(build, before);
      } catch {
        throw new Error(`Nach dem Build: »${step}« wartet auf »${before}«, und das ist fehlgeschlagen.`);
      }
    }
    const result = await work();
    settle.resolve();
    return result;
  } catch (error) {
    settle.reject(error);
    throw error;
  }
}

/** Hands `value` to later steps of this build. */
export function provideBuildData<K extends keyof BuildData>(outDir: string, key: K, value: BuildData[K]): void {
  buildOf(outDir).data[key] = value;
}

/** What an earlier step (or a plugin's content loading) handed over; undefined when its plugin is not part of this build. */
export function buildData<K extends keyof BuildData>(outDir: string, key: K): BuildData[K] | undefined {
  return buildOf(outDir).data[key];
}
