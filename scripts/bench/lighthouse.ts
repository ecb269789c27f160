/**
 * Lighthouse (pinned 12.2.3) on Debian's Chromium: mobile form factor with
 * simulated throttling, the defaults. Scores are 0–1.
 */
import {launch} from 'chrome-launcher';
import {CHROMIUM_ARGS, chromiumPath} from '../lib/chromium';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Lowest and highest performance score of the runs (the scores above are their medians). */
  performanceRange?: [number, number];
  runs?: number;
  /**
   * Lighthouse's measure of the machine's speed (lhr.environment.benchmarkIndex, median of the runs). Simulated
   * throttling multiplies what it observes, so the same page scores lower on a slower or busier machine: the
   * code of cab6480 scored 0.98 on 2026-11-26 and 0.74–0.81 on 2026-11-28. Read scores together with it.
   */
  benchmarkIndex?: number;
}

/** Lighthouse's simulated performance score varies from run to run; as Lighthouse advises, the median of several runs counts. */
export const LIGHTHOUSE_RUNS = 3;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function lighthouseMedian(url: string, runs = LIGHTHOUSE_RUNS): Promise<LighthouseScores> {
  const all: LighthouseScores[] = [];
  for (let run = 0; run < runs; run += 1) all.push(await lighthouseScores(url));
  const performance = all.map((scores) => scores.performance);
  return {
    performance: median(performance),
    accessibility: median(all.map((scores) => scores.accessibility)),
    bestPractices: median(all.map((scores) => scores.bestPractices)),
    seo: median(all.map((scores) => scores.seo)),
    performanceRange: [Math.min(...performance), Math.max(...performance)],
    runs,
    benchmarkIndex: median(all.map((scores) => scores.benchmarkIndex ?? 0)),
  };
}

export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  const chrome = await launch({chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent'});
  try {
    // Lighthouse is an ES module; Node 20.19+ loads it from here.
    const {default: lighthouse} = await import('lighthouse');
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse lieferte kein Ergebnis für ${url}`);
    const score = (id: string): number => result.lhr.categories[id]?.score ?? 0;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      benchmarkIndex: result.lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}
