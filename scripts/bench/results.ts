/** The shape of one bench run, stored in `benchmarks/results-<pages>.json`. */

export interface Stat {
  median: number;
  min: number;
  max: number;
}

/** The value below which `share` (0–1) of the values lie (nearest rank). */
export function percentile(values: number[], share: number): number {
  if (values.length === 0) throw new Error('percentile() needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

export function stat(values: number[]): Stat {
  if (values.length === 0) throw new Error('stat() needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {median, min: sorted[0]!, max: sorted[sorted.length - 1]!};
}

export type PageKind = 'home' | 'practice' | 'post' | 'programme';

export interface VisitFigures {
  scriptBytes: Stat;
  totalBytes: Stat;
  requests: Stat;
}

export interface SiteResult {
  build: {ok: boolean; seconds: number; peakRss: number; error?: string};
  outputBytes: number | null;
  /** Bytes of the HTML of one page of each type (null: no such page). */
  html: Partial<Record<PageKind, number>>;
  /** JavaScript referenced by the built HTML, raw and gzip. */
  builtScripts: Partial<Record<'home' | 'practice', {raw: number; gzip: number}>>;
  /** First visit in Chromium, served with gzip. */
  firstVisit: Partial<Record<'home' | 'practice', VisitFigures>>;
  /** The catalogue page (ours only). */
  catalogue?: {htmlBytes: number; firstLoad: VisitFigures; documentAndData?: Stat; facetClickMs: Stat};
  /** `npm run check:content` over all files, milliseconds (ours only). */
  contentCheckMs?: number;
  /** JavaScript (gzip, from the built HTML) of the same site with only 100 generated practices (ours only). */
  baseline100?: {practice: number; home: number; catalogue: number; practiceFirstVisit?: Stat};
  /** Build of the same site and corpus without the search plugin (ours only). */
  buildWithoutSearch?: {ok: boolean; seconds: number; peakRss: number};
  /** Build of the same site and corpus without the catalogue plugin (ours only). */
  buildWithoutCatalogue?: {ok: boolean; seconds: number; peakRss: number};
  /** The practices as plain pages, without the catalogue (the bench variant catalogue-pages-only, scripts/bench/variants.ts). */
  buildPagesOnly?: {ok: boolean; seconds: number; peakRss: number};
  /** An earlier state of the code with its own corpus, built in the same run (`--baseline`, scripts/bench/baseline.ts). */
  buildBaseline?: {ref: string; commit: string; ok: boolean; seconds: number; peakRss: number};
  /** The catalogue and search of the `--baseline` state, measured in the same run (ours only). */
  baselineBrowsing?: {ref: string; commit: string; catalogue?: SiteResult['catalogue']; search?: SiteResult['search']};
  /** The built-in search (ours only): index, first and further query over the wire (gzip), keystrokes. */
  search?: {
    indexSeconds: number;
    indexBytes: number;
    firstQueryBytes: Stat;
    firstQueryRequests: Stat;
    firstQueryMs: Stat;
    furtherQueryBytes: Stat;
    keystrokeMs: {p50: number; p95: number; count: number};
  };
  /**
   * Phone photos (ours only): the congress page's gallery of six 4000 × 3000
   * JPEGs of about 5 MB (tests/support/phonePhoto.ts), as served.
   */
  /** The proceedings of the congress with the six phone photos as PDF (#21): bytes and pages. */
  proceedings?: {bytes: number; pages: number};
  /** The map of the Länder as the catalogue's route module holds it (#20): JSON, raw and gzip. */
  mapGeometry?: {raw: number; gzip: number};
  photos?: {
    originalBytes: number;
    /** One photo's variants as served, by width: WebP and the JPEG fallback. */
    variants: Record<'400' | '1280', {webp: number; jpeg: number}>;
    /** The gallery page's first visit on a phone (390 × 844): all bytes, and those of photos. */
    galleryFirstVisit: {totalBytes: Stat; imageBytes: Stat};
    /** All six photos at the 400 px WebP a phone loads when scrolling through the gallery. */
    galleryAt400: number;
  };
  /** The dev server (`npm start`) and its live preview (ours only), see scripts/bench/dev.ts. */
  dev?: import('./dev').DevFigures;
  /** Lighthouse, mobile, served with gzip. */
  lighthouse?: Partial<Record<'home' | 'practice' | 'catalogue' | 'congress' | 'post', {performance: number; accessibility: number; bestPractices: number; seo: number; performanceRange?: [number, number]; runs?: number; benchmarkIndex?: number}>>;
}

export interface BenchResult {
  pages: number;
  practices: number;
  posts: number;
  seed: number;
  browserRuns: number;
  /** Each build variant was run this many times; the fastest run counts. */
  buildRepeats?: number;
  /** The same for the stock site (once at 10,000: its build takes minutes). */
  stockBuildRepeats?: number;
  date: string;
  /** Set when `--only-lighthouse` measured our site's Lighthouse rows again on a later day. */
  lighthouseDate?: string;
  /** Set when `--only-search` measured our catalogue and search rows again on a later day. */
  searchDate?: string;
  machine: {cores: number; memoryBytes: number; node: string; cpu: string};
  corpusSeconds: number;
  ours: SiteResult;
  stock: (SiteResult & {sidebar: boolean}) | null;
}
