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
    return {performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo')};
  } finally {
    chrome.kill();
  }
}
