/** Renders BENCHMARKS.md from stored bench results (pure; unit-tested). */
import type {BenchResult, SiteResult, Stat} from './results';

const KB = 1024;
const MB = 1024 * 1024;
const GB = 1024 * MB;

export const kb = (bytes: number): string => `${(bytes / KB).toLocaleString('de-DE', {maximumFractionDigits: 1})} KB`;
export const mb = (bytes: number): string => `${(bytes / MB).toLocaleString('de-DE', {maximumFractionDigits: 1})} MB`;
export const gb = (bytes: number): string => `${(bytes / GB).toLocaleString('de-DE', {maximumFractionDigits: 2})} GB`;
export function duration(seconds: number): string {
  if (seconds < 120) return `${seconds.toLocaleString('de-DE', {maximumFractionDigits: 1})} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
const ratio = (ours: number, stock: number): string => (ours / stock).toLocaleString('de-DE', {maximumFractionDigits: 2}) + ' ×';
const spread = (s: Stat, format: (n: number) => string): string =>
  `${format(s.median)} (${format(s.min)} – ${format(s.max)})`;
const verdict = (met: boolean | null): string => (met === null ? '–' : met ? '✅ erfüllt' : '❌ verfehlt');

interface Row {
  measure: string;
  ours: string;
  stock: string;
  ratio: string;
  goal: string;
  met: boolean | null;
}

function buildRows(result: BenchResult): Row[] {
  const {ours, stock} = result;
  const large = result.practices >= 10_000;
  const rows: Row[] = [];
  const both = <T>(pickValue: (site: SiteResult) => T | undefined): [T | undefined, T | undefined] => [
    pickValue(ours),
    stock ? pickValue(stock) : undefined,
  ];

  const buildTime = both((s) => (s.build.ok ? s.build.seconds : undefined));
  rows.push({
    measure: 'Build (Wandzeit, kalt)',
    ours: ours.build.ok ? duration(ours.build.seconds) : `fehlgeschlagen nach ${duration(ours.build.seconds)}`,
    stock: stock ? (stock.build.ok ? duration(stock.build.seconds) : `fehlgeschlagen nach ${duration(stock.build.seconds)}`) : '–',
    ratio: buildTime[0] !== undefined && buildTime[1] !== undefined ? ratio(buildTime[0], buildTime[1]) : '–',
    goal: large ? '≤ 15 min (#11)' : '≤ 1,15 × Stock (#3)',
    met: buildTime[0] === undefined ? false : large ? buildTime[0] <= 15 * 60 : buildTime[1] === undefined ? null : buildTime[0] <= 1.15 * buildTime[1],
  });
  rows.push({
    measure: 'Spitzen-Speicher (RSS aller Prozesse)',
    ours: gb(ours.build.peakRss),
    stock: stock ? gb(stock.build.peakRss) : '–',
    ratio: stock ? ratio(ours.build.peakRss, stock.build.peakRss) : '–',
    goal: large ? '≤ 8 GB (#11)' : '≤ 1,2 × Stock (#3)',
    met: large ? ours.build.peakRss <= 8 * GB : stock ? ours.build.peakRss <= 1.2 * stock.build.peakRss : null,
  });
  const output = both((s) => s.outputBytes ?? undefined);
  rows.push({
    measure: 'Ausgabe (build/)',
    ours: output[0] !== undefined ? mb(output[0]) : '–',
    stock: output[1] !== undefined ? mb(output[1]) : '–',
    ratio: output[0] !== undefined && output[1] !== undefined ? ratio(output[0], output[1]) : '–',
    goal: '–',
    met: null,
  });
  const labels = {practice: 'Praxisseite', home: 'Startseite', post: 'Meldung', programme: 'Programmseite'} as const;
  for (const kind of ['practice', 'home', 'post', 'programme'] as const) {
    const [o, s] = both((site) => site.html[kind]);
    if (o === undefined && s === undefined) continue;
    rows.push({
      measure: `HTML einer ${labels[kind]}`,
      ours: o !== undefined ? kb(o) : '–',
      stock: s !== undefined ? kb(s) : '–',
      ratio: o !== undefined && s !== undefined ? ratio(o, s) : '–',
      goal: kind === 'practice' ? '≤ 60 KB (#4, #11)' : '–',
      met: kind === 'practice' && o !== undefined ? o <= 60 * KB : null,
    });
  }
  for (const kind of ['practice', 'home'] as const) {
    const [o, s] = both((site) => site.builtScripts[kind]);
    if (o || s) {
      rows.push({
        measure: `JS laut HTML, ${labels[kind]} (gzip, roh)`,
        ours: o ? `${kb(o.gzip)} (${kb(o.raw)})` : '–',
        stock: s ? `${kb(s.gzip)} (${kb(s.raw)})` : '–',
        ratio: o && s ? ratio(o.gzip, s.gzip) : '–',
        goal: '–',
        met: null,
      });
    }
    const [ov, sv] = both((site) => site.firstVisit[kind]);
    if (ov || sv) {
      rows.push({
        measure: `JS beim ersten Besuch in Chromium, ${labels[kind]} (gzip; Median, Min – Max)`,
        ours: ov ? spread(ov.scriptBytes, kb) : '–',
        stock: sv ? spread(sv.scriptBytes, kb) : '–',
        ratio: ov && sv ? ratio(ov.scriptBytes.median, sv.scriptBytes.median) : '–',
        goal: kind === 'practice' ? '≤ Stock + 20 KB (#3)' : '–',
        met: kind === 'practice' && ov && sv ? ov.scriptBytes.median <= sv.scriptBytes.median + 20 * KB : null,
      });
      rows.push({
        measure: `Alles beim ersten Besuch, ${labels[kind]} (über die Leitung; Anfragen)`,
        ours: ov ? `${kb(ov.totalBytes.median)}; ${ov.requests.median}` : '–',
        stock: sv ? `${kb(sv.totalBytes.median)}; ${sv.requests.median}` : '–',
        ratio: ov && sv ? ratio(ov.totalBytes.median, sv.totalBytes.median) : '–',
        goal: '–',
        met: null,
      });
    }
  }
  if (ours.catalogue) {
    const {catalogue} = ours;
    rows.push({
      measure: 'Katalog /gute-praxis: erster Aufruf, HTML + Daten (gzip; Median, Min – Max)',
      ours: catalogue.documentAndData ? spread(catalogue.documentAndData, kb) : '–',
      stock: '–',
      ratio: '–',
      goal: large ? 'wächst nicht linear mit dem Korpus (#4)' : '≤ 150 KB (#4)',
      met: large || !catalogue.documentAndData ? null : catalogue.documentAndData.median <= 150 * KB,
    });
    rows.push({
      measure: 'Katalog: erster Aufruf, alles über die Leitung (gzip)',
      ours: spread(catalogue.firstLoad.totalBytes, kb),
      stock: '–',
      ratio: '–',
      goal: '–',
      met: null,
    });
    rows.push({
      measure: 'Katalog: davon JavaScript (gzip)',
      ours: spread(catalogue.firstLoad.scriptBytes, kb),
      stock: '–',
      ratio: '–',
      goal: '–',
      met: null,
    });
    rows.push({
      measure: 'Katalog: HTML',
      ours: kb(catalogue.htmlBytes),
      stock: '–',
      ratio: '–',
      goal: '–',
      met: null,
    });
    rows.push({
      measure: 'Katalog: Facetten-Klick bis neue Trefferzahl (Median, Min – Max)',
      ours: spread(catalogue.facetClickMs, (ms) => `${ms.toLocaleString('de-DE', {maximumFractionDigits: 1})} ms`),
      stock: '–',
      ratio: '–',
      goal: '≤ 50 ms (#4)',
      met: catalogue.facetClickMs.median <= 50,
    });
  }
  if (ours.baseline100) {
    const base = ours.baseline100;
    const pairs = [
      ['Praxisseite', ours.builtScripts.practice?.gzip, base.practice],
      ['Startseite', ours.builtScripts.home?.gzip, base.home],
    ] as const;
    for (const [label, now, small] of pairs) {
      if (now === undefined) continue;
      rows.push({
        measure: `JS laut HTML, ${label}: bei ${result.practices.toLocaleString('de-DE')} gegenüber 100 Praxisbeispielen (sonst gleicher Inhalt; gzip)`,
        ours: `${kb(now)} gegenüber ${kb(small)}`,
        stock: '–',
        ratio: ratio(now, small),
        goal: '≤ 1,1 × (#11)',
        met: now <= 1.1 * small,
      });
    }
    const visit = ours.firstVisit.practice;
    if (visit && base.practiceFirstVisit) {
      rows.push({
        measure: `JS beim ersten Besuch einer Praxisseite in Chromium: bei ${result.practices.toLocaleString('de-DE')} gegenüber 100 Praxisbeispielen (gzip)`,
        ours: `${kb(visit.scriptBytes.median)} gegenüber ${kb(base.practiceFirstVisit.median)}`,
        stock: '–',
        ratio: ratio(visit.scriptBytes.median, base.practiceFirstVisit.median),
        goal: '≤ 1,1 × (#11)',
        met: visit.scriptBytes.median <= 1.1 * base.practiceFirstVisit.median,
      });
    }
  }
  if (ours.buildBaseline?.ok && ours.build.ok) {
    const earlier = ours.buildBaseline;
    rows.push({
      measure: `Build gegenüber einem früheren Stand des Codes (${earlier.ref}, Commit ${earlier.commit.slice(0, 7)}), im selben Lauf auf demselben Rechner, mit dessen eigenem Korpus; Spitzen-Speicher`,
      ours: `${duration(ours.build.seconds)} statt ${duration(earlier.seconds)}; ${(ours.build.peakRss / 2 ** 30).toFixed(2).replace('.', ',')} GB statt ${(earlier.peakRss / 2 ** 30).toFixed(2).replace('.', ',')} GB`,
      stock: '–',
      ratio: ratio(ours.build.seconds, earlier.seconds),
      goal: '≤ 1,3 × des Stands vor #17, Speicher ≤ 2 GB (#17)',
      met: ours.build.seconds <= 1.3 * earlier.seconds && ours.build.peakRss <= 2 * 2 ** 30,
    });
  }
  if (ours.buildPagesOnly?.ok && ours.build.ok) {
    const added = ours.build.seconds / ours.buildPagesOnly.seconds - 1;
    rows.push({
      measure:
        'Build-Zeit, die der Katalog hinzufügt (gegenüber denselben Praxisbeispielen als einfache Seiten: ohne Katalogseite und -daten, Wert- und Träger*innen-Seiten, Steckbrief und ähnliche Praxisbeispiele)',
      ours: `${duration(ours.build.seconds)} statt ${duration(ours.buildPagesOnly.seconds)} (${added >= 0 ? '+' : ''}${Math.round(added * 100)} %)`,
      stock: '–',
      ratio: '–',
      goal: '≤ 10 % (#4)',
      met: added <= 0.1,
    });
  }
  if (ours.buildWithoutCatalogue?.ok && ours.build.ok) {
    const added = ours.build.seconds / ours.buildWithoutCatalogue.seconds - 1;
    rows.push({
      measure: 'Build-Zeit, die der Katalog samt Praxisbeispiel-Seiten hinzufügt (gegenüber derselben Site ohne Katalog-Plugin, also ohne die Seiten der Praxisbeispiele)',
      ours: `${duration(ours.build.seconds)} statt ${duration(ours.buildWithoutCatalogue.seconds)} (${added >= 0 ? '+' : ''}${Math.round(added * 100)} %)`,
      stock: '–',
      ratio: '–',
      goal: '≤ 10 % (#4)',
      met: added <= 0.1,
    });
  }
  if (ours.search) {
    const search = ours.search;
    const large10k = result.pages >= 10_000;
    const firstGoal = large10k ? 150 * KB : 120 * KB;
    rows.push({
      measure: `Suche: erste Anfrage »Mentoring« ab Fokus, über die Leitung (gzip), mit Ergebnissen`,
      ours: `${kb(search.firstQueryBytes.median)} in ${Math.round(search.firstQueryRequests.median)} Anfragen, ${Math.round(search.firstQueryMs.median)} ms (Median; ${kb(search.firstQueryBytes.min)}–${kb(search.firstQueryBytes.max)})`,
      stock: '–',
      ratio: '–',
      goal: `≤ ${large10k ? '150' : '120'} KB (#5; Pagefind hier: 106 KB bei 1.200, 170 KB bei 10.500 Seiten)`,
      met: search.firstQueryBytes.median <= firstGoal,
    });
    rows.push({
      measure: 'Suche: weitere Anfrage »Patenschaften« (gzip)',
      ours: `${kb(search.furtherQueryBytes.median)} (${kb(search.furtherQueryBytes.min)}–${kb(search.furtherQueryBytes.max)})`,
      stock: '–',
      ratio: '–',
      goal: '≤ 30 KB (#5)',
      met: search.furtherQueryBytes.median <= 30 * KB,
    });
    rows.push({
      measure: `Suche: Zeit je Tastendruck nach der ersten Anfrage (${search.keystrokeMs.count} Tastendrücke, Eingabe bis Ansage)`,
      ours: `p50 ${search.keystrokeMs.p50.toFixed(1)} ms, p95 ${search.keystrokeMs.p95.toFixed(1)} ms`,
      stock: '–',
      ratio: '–',
      goal: 'p95 ≤ 30 ms (#5)',
      met: search.keystrokeMs.p95 <= 30,
    });
    if (ours.build.ok && ours.buildWithoutSearch?.ok) {
      const added = ours.build.seconds / ours.buildWithoutSearch.seconds - 1;
      rows.push({
        measure: 'Suche: Build-Zeit, die der Index hinzufügt (gegenüber derselben Site ohne Such-Plugin); Indexgröße',
        ours: `${duration(ours.build.seconds)} statt ${duration(ours.buildWithoutSearch.seconds)} (${added >= 0 ? '+' : ''}${Math.round(added * 100)} %); der Index entsteht in einem Worker-Thread in ${search.indexSeconds.toLocaleString('de-DE')} s, parallel zum Katalog-Plugin; ${kb(search.indexBytes)} Dateien`,
        stock: '–',
        ratio: '–',
        goal: '≤ 15 % der Build-Zeit (#5)',
        met: added <= 0.15,
      });
    }
  }
  const earlier = ours.baselineBrowsing;
  if (earlier) {
    const state = `Stand ${earlier.ref} (Commit ${earlier.commit.slice(0, 7)}), im selben Lauf gemessen, mit dessen eigenem Korpus`;
    const compare = (measure: string, now: number | undefined, before: number | undefined, format: (value: number) => string): void => {
      if (now === undefined || before === undefined) return;
      rows.push({
        measure: `${measure} gegenüber ${state}`,
        ours: `${format(now)} statt ${format(before)}`,
        stock: '–',
        ratio: ratio(now, before),
        goal: '≤ 1,1 × des früheren Stands (#23)',
        met: now <= 1.1 * before,
      });
    };
    compare('Katalog: erster Aufruf, alles über die Leitung (gzip, Median)', ours.catalogue?.firstLoad.totalBytes.median, earlier.catalogue?.firstLoad.totalBytes.median, kb);
    const now = ours.catalogue?.firstLoad.totalBytes.median;
    const before = earlier.catalogue?.firstLoad.totalBytes.median;
    if (now !== undefined && before !== undefined) {
      rows.push({
        measure: `Katalog: erster Aufruf mit der Karte der Länder, Zuwachs gegenüber ${state}`,
        ours: `${now >= before ? '+' : '−'}${kb(Math.abs(now - before))} (${kb(now)} statt ${kb(before)})`,
        stock: '–',
        ratio: '–',
        goal: '≤ +15 KB (#20)',
        met: now - before <= 15 * KB,
      });
    }
    compare('Suche: erste Anfrage »Mentoring« (gzip, Median)', ours.search?.firstQueryBytes.median, earlier.search?.firstQueryBytes.median, kb);
    compare('Suche: Zeit je Tastendruck, p95', ours.search?.keystrokeMs.p95, earlier.search?.keystrokeMs.p95, (ms) => `${ms.toFixed(1).replace('.', ',')} ms`);
  }
  if (ours.mapGeometry) {
    rows.push({
      measure: 'Karte der Länder: Geometrie im Katalog (JSON, gzip; roh)',
      ours: `${kb(ours.mapGeometry.gzip)} (${kb(ours.mapGeometry.raw)})`,
      stock: '–',
      ratio: '–',
      goal: '≤ 15 KB gzip (#20)',
      met: ours.mapGeometry.gzip <= 15 * KB,
    });
  }
  if (ours.photos) {
    const photos = ours.photos;
    rows.push({
      measure: `Ein Handyfoto (4000 × 3000, ${mb(photos.originalBytes)}) wie ausgeliefert: 400 px für das Handy, 1280 px (WebP; JPEG für alte Browser)`,
      ours: `400 px: ${kb(photos.variants['400'].webp)} (JPEG ${kb(photos.variants['400'].jpeg)}); 1280 px: ${kb(photos.variants['1280'].webp)} (JPEG ${kb(photos.variants['1280'].jpeg)})`,
      stock: '–',
      ratio: '–',
      goal: '≤ 80 KB bei 400 px, ≤ 200 KB bei 1280 px (#17)',
      met: photos.variants['400'].webp <= 80 * KB && photos.variants['400'].jpeg <= 80 * KB && photos.variants['1280'].webp <= 200 * KB && photos.variants['1280'].jpeg <= 200 * KB,
    });
    rows.push({
      measure: 'Kongressseite mit Galerie aus sechs Handyfotos: erster Besuch auf dem Handy (390 × 844, gzip), davon Fotos; alle sechs Fotos beim Durchscrollen (400 px WebP)',
      ours: `${kb(photos.galleryFirstVisit.totalBytes.median)}, davon Fotos ${kb(photos.galleryFirstVisit.imageBytes.median)}; alle sechs ${kb(photos.galleryAt400)}`,
      stock: '–',
      ratio: '–',
      goal: '– (#17: messen; Fotos erst beim Scrollen)',
      met: null,
    });
  }
  if (ours.proceedings) {
    rows.push({
      measure: 'Kongressdokumentation als PDF (npm run kongress-pdf; Fachkongress 2019 mit sechs Handyfotos): Größe und Seiten',
      ours: `${kb(ours.proceedings.bytes)}, ${ours.proceedings.pages} Seiten`,
      stock: '–',
      ratio: '–',
      goal: '– (#21: messen)',
      met: null,
    });
  }
  const labels2 = {practice: 'Praxisseite', home: 'Startseite', catalogue: 'Katalog', congress: 'Kongressseite (mit Galerie aus sechs Handyfotos)', post: 'Meldung'} as const;
  for (const kind of ['practice', 'post', 'home', 'catalogue', 'congress'] as const) {
    const o = ours.lighthouse?.[kind];
    const s = stock?.lighthouse?.[kind];
    if (!o && !s) continue;
    const range = (x: NonNullable<typeof o>): string =>
      x.performanceRange && x.runs
        ? ` (Median aus ${x.runs} Läufen, ${x.performanceRange[0].toFixed(2)}–${x.performanceRange[1].toFixed(2)}${x.benchmarkIndex ? `; Rechenleistung laut Lighthouse ${Math.round(x.benchmarkIndex).toLocaleString('de-DE')}` : ''})`
        : '';
    const format = (x: typeof o): string =>
      x ? `Leistung ${x.performance.toFixed(2)}${range(x)}, Barrierefreiheit ${x.accessibility.toFixed(2)}, Best Practices ${x.bestPractices.toFixed(2)}, SEO ${x.seo.toFixed(2)}` : '–';
    rows.push({
      measure: `Lighthouse mobil, ${labels2[kind]} (gzip)`,
      ours: format(o),
      stock: format(s),
      ratio: '–',
      goal: 'Leistung ≥ 0,95 (#11), Barrierefreiheit und SEO 1,00, Best Practices ≥ 0,95 (#8)',
      met: o ? o.performance >= 0.95 && o.accessibility >= 1 && o.seo >= 1 && o.bestPractices >= 0.95 : null,
    });
  }
  if (ours.dev) {
    const dev = ours.dev;
    rows.push({
      measure: 'Entwicklungsserver (`npm start`): erste Praxisseite im Browser, ab Start; Spitzenspeicher',
      ours: dev.ok || dev.firstPageSeconds > 0 ? `${duration(dev.firstPageSeconds)}, ${gb(dev.peakRss)}` : 'fehlgeschlagen',
      stock: '–',
      ratio: '–',
      goal: '– (#17: messen; Speicher ≤ 2 GB)',
      met: dev.firstPageSeconds > 0 ? dev.peakRss <= 2 * 1024 ** 3 : false,
    });
    const seconds = (value: number): string => `${value.toLocaleString('de-DE', {maximumFractionDigits: 1})} s`;
    rows.push({
      measure: 'Live-Vorschau: Titel eines Praxisbeispiels geändert → auf der offenen Seite sichtbar, ohne Neuladen; neue, umbenannte, gelöschte Datei → Adresse antwortet bzw. nicht mehr',
      ours: dev.ok
        ? `${seconds(dev.editSeconds)}; neu ${seconds(dev.addSeconds)}, umbenannt ${seconds(dev.renameSeconds)}, gelöscht ${seconds(dev.deleteSeconds)}${dev.reloaded ? ' (mit Neuladen)' : ''}`
        : `fehlgeschlagen: ${(dev.error ?? '').split('\n')[0]}`,
      stock: '–',
      ratio: '–',
      goal: '≤ 3 s, ohne Neuladen (#17)',
      met: dev.ok ? !dev.reloaded && Math.max(dev.editSeconds, dev.addSeconds, dev.renameSeconds, dev.deleteSeconds) <= 3 : false,
    });
  }
  if (ours.contentCheckMs !== undefined) {
    rows.push({
      measure: `Inhaltsprüfung, alle Inhaltsarten (${(result.practices + result.posts).toLocaleString('de-DE')} Praxisbeispiele und Meldungen und die Seiten der Site; mit Bild-, Link- und Überschriftenregeln)`,
      ours: ours.contentCheckMs < 1000 ? `${Math.round(ours.contentCheckMs)} ms` : duration(ours.contentCheckMs / 1000),
      stock: '–',
      ratio: '–',
      goal: '< 5 s für 2.000 Dateien (#7)',
      met: result.practices <= 2_000 ? ours.contentCheckMs < 5_000 : null,
    });
  }
  return rows;
}

/** Figures the issues ask for that these machines cannot measure. */
export const PENDING = [
  [
    'Suche mit Algolia: dieselben Anfragen über das Algolia-Backend',
    'braucht ein Algolia-Konto und Internet, das diese Maschinen nicht haben; Protokoll und Oberfläche prüft tests/e2e/searchAlgolia.test.ts gegen einen Algolia-kompatiblen Testserver auf 127.0.0.1 (#9)',
  ],
] as const;

export function renderSection(result: BenchResult): string {
  const rows = buildRows(result);
  const stockNote = result.stock
    ? `Stock: Docusaurus classic, dieselbe Version und \`@docusaurus/faster\`, ${result.stock.sidebar ? 'mit einer automatisch erzeugten Seitenleiste aller Docs (Standard)' : 'ohne Seitenleiste (mit ihr läuft Stock bei 10.000 Docs hier aus dem Speicher, siehe unten)'}.`
    : 'Stock wurde in diesem Lauf nicht gebaut (`--no-stock`).';
  const lines = [
    `## ${result.pages.toLocaleString('de-DE')} Seiten: ${result.practices.toLocaleString('de-DE')} Praxisbeispiele + ${result.posts.toLocaleString('de-DE')} Meldungen`,
    '',
    `Gemessen am ${result.date} auf ${result.machine.cores} Kernen (${result.machine.cpu}), ${gb(result.machine.memoryBytes)} RAM, Node ${result.machine.node}; Korpus mit Seed ${result.seed} in ${duration(result.corpusSeconds)} erzeugt; Browserwerte: ${result.browserRuns} Läufe; Builds: ${result.buildRepeats && result.buildRepeats > 1 ? `jeweils der schnellste von ${result.buildRepeats} Läufen` : 'je ein Lauf'}${result.stockBuildRepeats !== undefined && result.stockBuildRepeats !== result.buildRepeats ? ` (Stock: ${result.stockBuildRepeats === 1 ? 'ein Lauf' : `der schnellste von ${result.stockBuildRepeats}`})` : ''}.`,
    stockNote,
    ...(result.lighthouseDate && result.lighthouseDate !== result.date
      ? [`Die Lighthouse-Zeilen unserer Site wurden am ${result.lighthouseDate} mit \`--only-lighthouse\` neu gemessen (ein Build desselben Korpus); die Lighthouse-Werte von Stock stammen aus dem Lauf vom ${result.date}.`]
      : []),
    ...(result.searchDate && result.searchDate !== result.date
      ? [`Die Katalog- und Suchzeilen unserer Site wurden am ${result.searchDate} mit \`--only-search\` neu gemessen (ein Build desselben Korpus).`]
      : []),
    '',
    '| Messgröße | unsere Site | Stock | unsere / Stock | Ziel | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.measure} | ${row.ours} | ${row.stock} | ${row.ratio} | ${row.goal} | ${verdict(row.met)} |`),
  ];
  const failures = [result.ours, result.stock].filter((site): site is SiteResult => Boolean(site && !site.build.ok));
  if (failures.length > 0) {
    lines.push('', 'Fehlgeschlagene Builds (letzte Zeilen):', '', ...failures.map((site) => '```\n' + (site.build.error ?? '') + '\n```'));
  }
  return lines.join('\n');
}

export function renderBenchmarks(results: BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.pages - b.pages);
  return [
    '# Benchmarks',
    '',
    'Geschrieben von `npm run bench`; nicht von Hand bearbeiten. Zeiten schwanken: vergleichen Sie Verhältnisse aus',
    'demselben Lauf. Builds sind kalt (`DOCUSAURUS_NO_PERSISTENT_CACHE=1`), der Korpus ist synthetisch und',
    'deterministisch (`scripts/bench/corpus.ts`).',
    '',
    'Nachmessen:',
    '',
    '```bash',
    'npm run bench                 # 1.200 Seiten (1.000 Praxisbeispiele + 200 Meldungen)',
    'npm run bench -- --pages 10000   # 10.000 Praxisbeispiele + 500 Meldungen (dauert, im Hintergrund laufen lassen)',
    'npm run bench -- --pages 10000 --baseline cab6480   # dazu der Stand vor #17 im selben Lauf (Zeile »früherer Stand«)',
    'npm run bench -- --only-dev     # nur Entwicklungsserver und Live-Vorschau, ergänzt die gespeicherten Werte',
    'npm run bench -- --only-lighthouse   # ein Build und nur die Lighthouse-Zeilen unserer Site, ergänzt die gespeicherten Werte',
    '```',
    '',
    'Einzelne Build-Zeiten verschiedener Tage sind auf diesen geteilten Maschinen nicht vergleichbar (derselbe Stand',
    'cab6480 baute 10.000 Praxisbeispiele am 26.11. in 15,7 s, am 28.11. in 39–49 s); Budgets gegenüber einem früheren',
    'Stand misst `--baseline` darum im selben Lauf.',
    '',
    ...sorted.flatMap((result) => [renderSection(result), '']),
    '## Noch nicht messbar',
    '',
    '| Messgröße | warum |',
    '| --- | --- |',
    ...PENDING.map(([measure, why]) => `| ${measure} | ${why} |`),
    '',
    '## Zum Vergleich: Stock-Werte aus `shared/anchors.md`',
    '',
    'Stock Docusaurus 3.10.2 mit Seitenleiste aller Docs bei 10.000 Docs + 500 Meldungen: Abbruch nach 39 min 50 s',
    '(`JavaScript heap out of memory`, 14,3 GB resident); mit 12-GB-Heap 1 h 12 min 36 s, 18,6 GB, 2,47 MB HTML',
    'je Doc-Seite. Ohne Seitenleiste: 6 min 43 s, 11,4 GB, 1.346 KB JavaScript (gzip) beim ersten Besuch einer Praxisseite.',
    '',
  ].join('\n');
}
