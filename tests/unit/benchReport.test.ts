import {describe, expect, it} from 'vitest';
import {corpusSizes} from '../../scripts/bench/corpus';
import {duration, renderBenchmarks} from '../../scripts/bench/report';
import {stat, type BenchResult, type SiteResult} from '../../scripts/bench/results';

const GB = 2 ** 30;

function site(seconds: number, peakRss: number, practiceHtml: number, practiceJs: number): SiteResult {
  const visit = {scriptBytes: stat([practiceJs]), totalBytes: stat([practiceJs * 2]), requests: stat([10])};
  return {
    build: {ok: true, seconds, peakRss},
    outputBytes: 100 * 2 ** 20,
    html: {practice: practiceHtml, home: 10_000},
    builtScripts: {practice: {raw: practiceJs * 3, gzip: practiceJs}},
    firstVisit: {practice: visit},
  };
}

function result(pages: number, ours: SiteResult, stock: SiteResult | null): BenchResult {
  return {
    pages,
    ...corpusSizes(pages),
    seed: 1,
    browserRuns: 5,
    date: '2026-11-26',
    machine: {cores: 2, memoryBytes: 24 * GB, node: 'v20.20.2', cpu: 'Test-CPU'},
    corpusSeconds: 1,
    ours,
    stock: stock ? {sidebar: true, ...stock} : null,
  };
}

const row = (markdown: string, measure: string): string =>
  markdown.split('\n').find((line) => line.startsWith(`| ${measure}`)) ?? '';

describe('renderBenchmarks', () => {
  it('compares with stock and marks goals met and missed', () => {
    const markdown = renderBenchmarks([result(1200, site(110, 2.5 * GB, 70_000, 190_000), site(100, 2 * GB, 250_000, 180_000))]);
    expect(row(markdown, 'Build')).toContain('1,1 ×');
    expect(row(markdown, 'Build')).toContain('✅ erfüllt');
    expect(row(markdown, 'Spitzen-Speicher')).toContain('1,25 ×');
    expect(row(markdown, 'Spitzen-Speicher')).toContain('❌ verfehlt');
    expect(row(markdown, 'HTML einer Praxisseite')).toContain('❌ verfehlt');
    expect(row(markdown, 'JS beim ersten Besuch in Chromium, Praxisseite')).toContain('✅ erfüllt');
  });

  it('uses the absolute goals at 10,000 practices and reports a failed build', () => {
    const failed: SiteResult = {...site(0, 0, 0, 0), build: {ok: false, seconds: 2400, peakRss: 14 * GB, error: 'JavaScript heap out of memory'}};
    const markdown = renderBenchmarks([result(10_000, site(600, 6 * GB, 20_000, 190_000), failed)]);
    expect(row(markdown, 'Build')).toContain('≤ 15 min');
    expect(row(markdown, 'Build')).toContain('fehlgeschlagen nach 40 min 0 s');
    expect(row(markdown, 'Spitzen-Speicher')).toContain('✅ erfüllt');
    expect(markdown).toContain('JavaScript heap out of memory');
  });

  it('reports phone photos as served and the live preview against their goals', () => {
    const photos = (webp400: number) => ({
      originalBytes: 5 * 2 ** 20,
      variants: {'400': {webp: webp400, jpeg: 20_000}, '1280': {webp: 120_000, jpeg: 150_000}},
      galleryFirstVisit: {totalBytes: stat([300_000]), imageBytes: stat([40_000])},
      galleryAt400: 6 * webp400,
    });
    const dev = (editSeconds: number) => ({ok: true, firstPageSeconds: 38, peakRss: 1.5 * GB, editSeconds, addSeconds: 1, renameSeconds: 1, deleteSeconds: 1, reloaded: false});
    const good = renderBenchmarks([result(1200, {...site(1, GB, 1, 1), photos: photos(30_000), dev: dev(2.9)}, null)]);
    expect(row(good, 'Ein Handyfoto')).toMatch(/5 MB.*400 px: 29,3 KB \(JPEG 19,5 KB\); 1280 px: 117,2 KB \(JPEG 146,5 KB\).*✅ erfüllt/);
    expect(row(good, 'Live-Vorschau')).toMatch(/2,9 s.*✅ erfüllt/);
    const bad = renderBenchmarks([result(1200, {...site(1, GB, 1, 1), photos: photos(90_000), dev: dev(3.1)}, null)]);
    expect(row(bad, 'Ein Handyfoto')).toContain('❌ verfehlt');
    expect(row(bad, 'Live-Vorschau')).toContain('❌ verfehlt');
  });

  it('compares with an earlier state of the code built in the same run (--baseline): at most 1.3 × and 2 GB (#17)', () => {
    const earlier = (seconds: number) => ({ref: 'cab6480', commit: 'cab648060ba07c5098a53e511ad4a782ee5813a4', ok: true, seconds, peakRss: GB});
    const within = renderBenchmarks([result(10_000, {...site(44.6, 1.3 * GB, 1, 1), buildBaseline: earlier(39.2)}, null)]);
    expect(row(within, 'Build gegenüber einem früheren Stand')).toMatch(/cab6480, Commit cab6480.*44,6 s statt 39,2 s; 1,30 GB statt 1,00 GB \| – \| 1,14 × .*✅ erfüllt/);
    const slower = renderBenchmarks([result(10_000, {...site(52, 1.3 * GB, 1, 1), buildBaseline: earlier(39.2)}, null)]);
    expect(row(slower, 'Build gegenüber einem früheren Stand')).toContain('❌ verfehlt');
    const heavy = renderBenchmarks([result(10_000, {...site(40, 2.1 * GB, 1, 1), buildBaseline: earlier(39.2)}, null)]);
    expect(row(heavy, 'Build gegenüber einem früheren Stand')).toContain('❌ verfehlt');
    expect(row(renderBenchmarks([result(10_000, site(40, GB, 1, 1), null)]), 'Build gegenüber einem früheren Stand')).toBe('');
  });

  it('shows Lighthouse medians with their range and the machine speed Lighthouse measured', () => {
    const scores = (performance: number) => ({performance, accessibility: 1, bestPractices: 1, seo: 1, performanceRange: [performance - 0.02, performance + 0.01] as [number, number], runs: 3, benchmarkIndex: 2430.5});
    const fast = renderBenchmarks([result(1200, {...site(1, GB, 1, 1), lighthouse: {practice: scores(0.97)}}, null)]);
    expect(row(fast, 'Lighthouse mobil, Praxisseite')).toMatch(/Leistung 0\.97 \(Median aus 3 Läufen, 0\.95–0\.98; Rechenleistung laut Lighthouse 2\.431\).*✅ erfüllt/);
    const slow = renderBenchmarks([result(1200, {...site(1, GB, 1, 1), lighthouse: {practice: scores(0.84)}}, null)]);
    expect(row(slow, 'Lighthouse mobil, Praxisseite')).toContain('❌ verfehlt');
  });

  it('says when the Lighthouse rows were measured again on a later day (--only-lighthouse)', () => {
    const first = result(10_000, site(1, GB, 1, 1), null);
    expect(renderBenchmarks([first])).not.toContain('--only-lighthouse` neu gemessen');
    const again = renderBenchmarks([{...first, lighthouseDate: '2099-01-02'}]);
    expect(again).toContain(`am 2099-01-02 mit \`--only-lighthouse\` neu gemessen`);
    expect(again).toContain(`vom ${first.date}`);
  });

  it('compares catalogue and search with an earlier state measured in the same run: at most 1.1 × (#23)', () => {
    const browsing = (total: number, first: number, p95: number): Pick<SiteResult, 'catalogue' | 'search'> => ({
      catalogue: {htmlBytes: 1, firstLoad: {scriptBytes: stat([1]), totalBytes: stat([total]), requests: stat([1])}, facetClickMs: stat([10])},
      search: {indexSeconds: 1, indexBytes: 1, firstQueryBytes: stat([first]), firstQueryRequests: stat([1]), firstQueryMs: stat([1]), furtherQueryBytes: stat([1]), keystrokeMs: {p50: 1, p95, count: 58}},
    });
    const ours = {...site(1, GB, 1, 1), ...browsing(105_000, 40_000, 40), baselineBrowsing: {ref: 'abc1234', commit: 'abc1234def', ...browsing(100_000, 39_000, 30)}};
    const markdown = renderBenchmarks([{...result(10_000, ours, null), searchDate: '2099-01-02'}]);
    expect(row(markdown, 'Katalog: erster Aufruf, alles über die Leitung (gzip, Median) gegenüber Stand abc1234')).toMatch(/102,5 KB statt 97,7 KB \| – \| 1,05 × \| ≤ 1,1 × des früheren Stands \(#23\) \| ✅ erfüllt/);
    expect(row(markdown, 'Suche: erste Anfrage »Mentoring« (gzip, Median) gegenüber')).toContain('✅ erfüllt');
    expect(row(markdown, 'Suche: Zeit je Tastendruck, p95 gegenüber')).toMatch(/40,0 ms statt 30,0 ms \| – \| 1,33 × .*❌ verfehlt/);
    expect(markdown).toContain('am 2099-01-02 mit `--only-search` neu gemessen');
    // #20: the map may add at most 15 KB to the catalogue's first load (here 4.9 KB).
    expect(row(markdown, 'Katalog: erster Aufruf mit der Karte der Länder, Zuwachs gegenüber Stand abc1234')).toMatch(/\+4,9 KB \(102,5 KB statt 97,7 KB\) .*≤ \+15 KB \(#20\) \| ✅ erfüllt/);
    const grown = {...ours, ...browsing(120_000, 40_000, 40)};
    expect(row(renderBenchmarks([result(10_000, grown, null)]), 'Katalog: erster Aufruf mit der Karte der Länder')).toContain('❌ verfehlt');
  });

  it('reports the size of the map geometry against its budget (#20)', () => {
    const markdown = renderBenchmarks([result(1_200, {...site(1, GB, 1, 1), mapGeometry: {raw: 16_753, gzip: 6_094}}, null)]);
    expect(row(markdown, 'Karte der Länder: Geometrie im Katalog')).toMatch(/6 KB \(16,4 KB\) .*≤ 15 KB gzip \(#20\) \| ✅ erfüllt/);
    expect(row(renderBenchmarks([result(1_200, {...site(1, GB, 1, 1), mapGeometry: {raw: 60_000, gzip: 16_000}}, null)]), 'Karte der Länder')).toContain('❌ verfehlt');
  });

  it('orders sections by corpus size and lists what cannot be measured yet', () => {
    const markdown = renderBenchmarks([result(10_000, site(1, GB, 1, 1), null), result(1200, site(1, GB, 1, 1), null)]);
    expect(markdown.indexOf('## 1.200 Seiten')).toBeLessThan(markdown.indexOf('## 10.000 Seiten'));
    expect(markdown).toContain('## Noch nicht messbar');
    expect(markdown).toContain('npm run bench');
  });
});

describe('corpusSizes', () => {
  it.each([
    [1200, {practices: 1000, posts: 200}],
    [120, {practices: 100, posts: 20}],
    [10_000, {practices: 10_000, posts: 500}],
  ])('%i pages → %j', (pages, expected) => {
    expect(corpusSizes(pages)).toEqual(expected);
  });
});

describe('stat and duration', () => {
  it.each([
    [[3, 1, 2], {median: 2, min: 1, max: 3}],
    [[4, 1, 2, 3], {median: 2.5, min: 1, max: 4}],
  ])('%j → %j', (values, expected) => {
    expect(stat(values)).toEqual(expected);
  });
  it.each([
    [36.04, '36 s'],
    [403, '6 min 43 s'],
  ])('%d s → %s', (seconds, text) => {
    expect(duration(seconds)).toBe(text);
  });
});
