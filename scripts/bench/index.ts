/**
 * `npm run bench`: builds the Wissensplattform and a stock Docusaurus site
 * from the same generated corpus in a temporary folder, measures build and
 * first-visit cost, stores the figures in benchmarks/results-<pages>.json and
 * rewrites BENCHMARKS.md from all stored results.
 *
 *   npm run bench                      1,200 pages (1,000 practices + 200 posts)
 *   npm run bench -- --pages 10000     10,000 practices + 500 posts
 *   … --baseline <commit>              also builds that earlier state in the same run (see baseline.ts)
 *   options: --seed N  --runs N (browser runs, default 5)  --no-stock  --keep
 *            --only-dev          only the dev server and live preview, into the stored results of this size
 *            --only-lighthouse   one build of our site and only its Lighthouse rows, into the stored results
 *            --only-proceedings  one build of our site and only the congress proceedings as PDF, into the stored results
 *            --only-search       one build of our site and only its catalogue and search rows, into the stored
 *                                results; with --baseline the same rows of that state, measured in the same run
 */
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, totalmem, tmpdir} from 'node:os';
import {dirname, join, relative} from 'node:path';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';
import {launchChromium} from '../../tests/e2e/browser';
import {copySite, linkNodeModules, ROOT} from '../lib/siteCopy';
import {corpusSizes, generateCorpus, loadVocabularies, type CorpusFile} from './corpus';
import {prepareBaseline} from './baseline';
import {directorySize, fileSize, measureBuild, pageScripts, type BuildFigures} from './measure';
import {measureFacetClicks, measureFirstVisit, measureSearch, serveWithGzip} from './browser';
import {lighthouseMedian} from './lighthouse';
import {measureDevServer, type DevFigures} from './dev';
import {phonePhoto} from '../../tests/support/phonePhoto';
import {checkContent} from '../../src/content/checkAll';
import {isWarning} from '../../src/content/problems';
import {renderBenchmarks} from './report';
import {germanyMap} from '../../src/map/geometry';
import {loadSite} from '../../src/content/site';
import {PROCEEDINGS_DIR, proceedingsPath} from '../../src/content/congress';
import {printProceedings} from '../lib/proceedings';
import {writeVariantConfig, type BuildVariant} from './variants';
import {percentile, stat, type BenchResult, type SiteResult} from './results';

const started = Date.now();

/** The search plugin reports its own time: »Suchindex: … in 1.23 s.« */
const indexSecondsOf = (log: string): string | undefined => /Suchindex: .* in ([\d.]+) s\./.exec(log)?.[1];

function progress(message: string): void {
  const seconds = Math.round((Date.now() - started) / 1000);
  const clock = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  console.log(`[bench ${clock}] ${message}`);
}

function writeFiles(siteDir: string, files: CorpusFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(siteDir, file.path)), {recursive: true});
    writeFileSync(join(siteDir, file.path), file.content);
  }
}

/**
 * The built HTML file of the page whose URL ends in `urlEnd` (e.g.
 * `/gute-praxis/x`), written as `x.html` (trailingSlash: false, ours) or
 * `x/index.html` (stock default).
 */
function findHtml(dir: string, urlEnd: string): string | undefined {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findHtml(path, urlEnd);
      if (found) return found;
    } else if (path.endsWith(`${urlEnd}.html`) || path.endsWith(`${urlEnd}/index.html`)) {
      return path;
    }
  }
  return undefined;
}

function toUrlPath(buildDir: string, htmlFile: string): string {
  const path = '/' + relative(buildDir, htmlFile).replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  return path;
}

/** Builds `repeats` times and keeps the fastest run: single builds on two cores are noisy. */
async function fastestBuild(name: string, siteDir: string, env: NodeJS.ProcessEnv, repeats: number, variant?: BuildVariant): Promise<BuildFigures> {
  let best: BuildFigures | undefined;
  const config = variant && writeVariantConfig(siteDir, variant);
  for (let run = 1; run <= repeats; run += 1) {
    progress(`${name}: Build läuft${repeats > 1 ? ` (${run} von ${repeats})` : ''} …`);
    const build = await measureBuild(siteDir, env, config);
    if (!build.ok) return build;
    if (!best || build.seconds < best.seconds) best = build;
  }
  return best!;
}

async function measureSite(
  name: string,
  siteDir: string,
  pages: {practiceSlug: string; postSlug: string; programme?: string},
  runs: number,
  env: NodeJS.ProcessEnv,
  repeats: number,
): Promise<SiteResult> {
  const build = await fastestBuild(name, siteDir, env, repeats);
  progress(`${name}: Build ${build.ok ? 'fertig' : 'FEHLGESCHLAGEN'} nach ${build.seconds.toFixed(1)} s, Spitze ${(build.peakRss / 2 ** 30).toFixed(2)} GB`);
  const {log = '', ...buildFigures} = build;
  const result: SiteResult = {build: buildFigures, outputBytes: null, html: {}, builtScripts: {}, firstVisit: {}};
  const indexSeconds = indexSecondsOf(log);
  const buildDir = join(siteDir, 'build');
  if (!build.ok) return result;

  result.outputBytes = directorySize(buildDir);
  const files = {
    home: join(buildDir, 'index.html'),
    practice: findHtml(buildDir, `/gute-praxis/${pages.practiceSlug}`),
    post: findHtml(buildDir, `/${pages.postSlug}`),
    programme: pages.programme ? join(buildDir, pages.programme) : undefined,
  };
  for (const [kind, file] of Object.entries(files)) {
    if (file && existsSync(file)) result.html[kind as keyof typeof files] = fileSize(file);
  }
  for (const kind of ['home', 'practice'] as const) {
    const file = files[kind];
    if (file) {
      const {raw, gzip} = pageScripts(buildDir, relative(buildDir, file));
      result.builtScripts[kind] = {raw, gzip};
    }
  }

  progress(`${name}: erster Besuch in Chromium (${runs} Läufe je Seite) …`);
  const server = await serveWithGzip(buildDir);
  const browser = await launchChromium();
  try {
    for (const kind of ['home', 'practice'] as const) {
      const file = files[kind];
      if (!file) continue;
      const figures = await measureFirstVisit(browser, server.origin + toUrlPath(buildDir, file), runs);
      result.firstVisit[kind] = {scriptBytes: stat(figures.scriptBytes), totalBytes: stat(figures.totalBytes), requests: stat(figures.requests)};
    }
    if (pages.programme) Object.assign(result, await measureBrowsing(name, buildDir, server.origin, browser, runs, indexSeconds));
  } finally {
    await browser.close();
  }
  try {
    result.lighthouse = await measureLighthouse(name, buildDir, server.origin, pages);
  } finally {
    await server.close();
  }
  return result;
}

/**
 * What a visitor of the catalogue and the search waits for and loads (ours,
 * and an earlier state with --baseline): the catalogue's first load and facet
 * clicks, the search's first and further query and its keystrokes.
 */
async function measureBrowsing(
  name: string,
  buildDir: string,
  origin: string,
  browser: Browser,
  runs: number,
  indexSeconds: string | undefined,
): Promise<Pick<SiteResult, 'catalogue' | 'search'>> {
  const result: Pick<SiteResult, 'catalogue' | 'search'> = {};
  const catalogueHtml = join(buildDir, 'gute-praxis.html');
  if (existsSync(catalogueHtml)) {
    progress(`${name}: Katalog (erster Aufruf, Facetten-Klicks) …`);
    const load = await measureFirstVisit(browser, `${origin}/gute-praxis`, runs);
    const clicks = await measureFacetClicks(browser, `${origin}/gute-praxis`, Math.max(5, runs * 2));
    result.catalogue = {
      htmlBytes: fileSize(catalogueHtml),
      firstLoad: {scriptBytes: stat(load.scriptBytes), totalBytes: stat(load.totalBytes), requests: stat(load.requests)},
      documentAndData: stat(load.documentAndDataBytes),
      facetClickMs: stat(clicks),
    };
  }
  if (indexSeconds !== undefined && existsSync(join(buildDir, 'daten/suche/index.json'))) {
    progress(`${name}: Suche (erste und weitere Anfrage, Tastendrücke) …`);
    const search = await measureSearch(browser, `${origin}/programm`, runs);
    result.search = {
      indexSeconds: Number(indexSeconds),
      indexBytes: directorySize(join(buildDir, 'daten/suche')),
      firstQueryBytes: stat(search.firstQueryBytes),
      firstQueryRequests: stat(search.firstQueryRequests),
      firstQueryMs: stat(search.firstQueryMs),
      furtherQueryBytes: stat(search.furtherQueryBytes),
      keystrokeMs: {p50: percentile(search.keystrokeMs, 0.5), p95: percentile(search.keystrokeMs, 0.95), count: search.keystrokeMs.length},
    };
  }
  return result;
}

/** The map of the Länder as the catalogue ships it (JSON in its route module), raw and gzip. */
function mapGeometrySize(siteDir: string): {raw: number; gzip: number} {
  const json = JSON.stringify(germanyMap(siteDir, loadVocabularies(siteDir).states));
  return {raw: Buffer.byteLength(json), gzip: gzipSync(json).length};
}

/** Serves the build in `siteDir` and measures its catalogue and search (for --only-search and --baseline). */
async function measureBuiltBrowsing(name: string, siteDir: string, runs: number, build: BuildFigures): Promise<Pick<SiteResult, 'catalogue' | 'search'>> {
  const buildDir = join(siteDir, 'build');
  const server = await serveWithGzip(buildDir);
  const browser = await launchChromium();
  try {
    return await measureBrowsing(name, buildDir, server.origin, browser, runs, indexSecondsOf(build.log ?? ''));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Lighthouse (mobile) on the practice, home and, for our site (pages.programme), post, catalogue and gallery congress pages. */
async function measureLighthouse(
  name: string,
  buildDir: string,
  origin: string,
  pages: {practiceSlug: string; postSlug: string; programme?: string},
): Promise<NonNullable<SiteResult['lighthouse']>> {
  progress(`${name}: Lighthouse (mobil) …`);
  const lighthouse: NonNullable<SiteResult['lighthouse']> = {};
  const targets = {
    practice: findHtml(buildDir, `/gute-praxis/${pages.practiceSlug}`),
    post: pages.programme ? findHtml(buildDir, `/${pages.postSlug}`) : undefined,
    home: join(buildDir, 'index.html'),
    catalogue: pages.programme ? join(buildDir, 'gute-praxis.html') : undefined,
    congress: pages.programme ? findHtml(buildDir, '/fachkongress/2019') : undefined,
  };
  for (const [kind, file] of Object.entries(targets)) {
    if (file && existsSync(file)) lighthouse[kind as keyof typeof targets] = await lighthouseMedian(origin + toUrlPath(buildDir, file));
  }
  return lighthouse;
}

/**
 * Six phone photos (4000 × 3000, about 5 MB, with GPS) as the gallery of the
 * congress page that the bench measures (Lighthouse and first visit). Returns
 * the first photo's size.
 */
async function addGalleryPhotos(siteDir: string): Promise<number> {
  progress('Sechs Handyfotos für die Galerie der Kongressseite …');
  const dir = join(siteDir, 'static/img/fachkongress/2019');
  mkdirSync(dir, {recursive: true});
  let first = 0;
  const gallery: string[] = [];
  for (let n = 1; n <= 6; n += 1) {
    const photo = await phonePhoto(n);
    first ||= photo.length;
    writeFileSync(join(dir, `bench-foto-${n}.jpg`), photo);
    gallery.push(`  - src: /img/fachkongress/2019/bench-foto-${n}.jpg\n    alt: Foto ${n} vom Kongress (Messung)\n    caption: Szene ${n}\n    credit: BBE (Messung)\n`);
  }
  const file = join(siteDir, 'docs/fachkongress/2019/index.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/gallery:\n(?: {2}.*\n)+/, `gallery:\n${gallery.join('')}`));
  return first;
}

/** The first gallery photo's variants as built, and the gallery page's first visit on a phone. */
async function measurePhotos(buildDir: string, origin: string, runs: number, originalBytes: number): Promise<NonNullable<SiteResult['photos']>> {
  const names = readdirSync(join(buildDir, 'daten/bilder'));
  const size = (width: number, extension: string): number => {
    const name = names.find((candidate) => candidate.includes('-bench-foto-1-') && candidate.endsWith(`-${width}.${extension}`));
    return name ? fileSize(join(buildDir, 'daten/bilder', name)) : Number.NaN;
  };
  const browser = await launchChromium();
  try {
    const visit = await measureFirstVisit(browser, `${origin}/fachkongress/2019`, runs, {width: 390, height: 844});
    const galleryAt400 = names.filter((name) => /-bench-foto-\d-400\.webp$/.test(name)).reduce((sum, name) => sum + fileSize(join(buildDir, 'daten/bilder', name)), 0);
    return {
      originalBytes,
      variants: {'400': {webp: size(400, 'webp'), jpeg: size(400, 'jpg')}, '1280': {webp: size(1280, 'webp'), jpeg: size(1280, 'jpg')}},
      galleryFirstVisit: {totalBytes: stat(visit.totalBytes), imageBytes: stat(visit.imageBytes)},
      galleryAt400,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The proceedings of the congress with the six phone photos as PDF (`npm run kongress-pdf`, #21): size and pages.
 * `server` serves the build of `siteDir` without a base path.
 */
async function measureProceedings(siteDir: string, origin: string): Promise<NonNullable<SiteResult['proceedings']>> {
  const congress = loadSite(siteDir).site.congresses.find((candidate) => candidate.year === 2019);
  if (!congress) throw new Error('Der Fachkongress 2019 fehlt im Korpus der Messung.');
  const target = join(siteDir, PROCEEDINGS_DIR, proceedingsPath(2019));
  const browser = await launchChromium();
  try {
    await printProceedings(browser, origin, congress, target);
  } finally {
    await browser.close();
  }
  // Each page object of the PDF is one `/Type /Page` (the tree's nodes are `/Type /Pages`).
  const pages = readFileSync(target, 'latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
  return {bytes: fileSize(target), pages};
}

/** BENCHMARKS.md from every stored result. */
function writeReport(resultsDir: string): void {
  const all = readdirSync(resultsDir)
    .filter((name) => /^results-\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(resultsDir, name), 'utf8')) as BenchResult);
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderBenchmarks(all));
}

async function measureDev(siteDir: string, practiceFile: string): Promise<DevFigures> {
  progress('Entwicklungsserver: erste Seite und Live-Vorschau …');
  const browser = await launchChromium();
  try {
    const dev = await measureDevServer(siteDir, practiceFile, browser);
    progress(dev.ok ? `Entwicklungsserver: erste Seite nach ${dev.firstPageSeconds.toFixed(1)} s, Änderung sichtbar nach ${dev.editSeconds.toFixed(1)} s` : `Entwicklungsserver: FEHLGESCHLAGEN ${dev.error ?? ''}`);
    return dev;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      pages: {type: 'string', default: '1200'},
      seed: {type: 'string', default: '2026'},
      runs: {type: 'string', default: '5'},
      'no-stock': {type: 'boolean', default: false},
      keep: {type: 'boolean', default: false},
      'only-dev': {type: 'boolean', default: false},
      'only-lighthouse': {type: 'boolean', default: false},
      'only-search': {type: 'boolean', default: false},
      'only-proceedings': {type: 'boolean', default: false},
      baseline: {type: 'string'},
    },
  });
  const pages = Number(values.pages);
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  for (const [name, value] of [['--pages', pages], ['--seed', seed], ['--runs', runs]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} erwartet eine positive ganze Zahl, nicht »${String(value)}«.`);
  }
  const {practices, posts} = corpusSizes(pages);
  const workDir = join(tmpdir(), `wissensplattform-bench-${pages}`);
  rmSync(workDir, {recursive: true, force: true});
  mkdirSync(workDir, {recursive: true});

  progress(`Korpus erzeugen: ${practices} Praxisbeispiele, ${posts} Meldungen (Seed ${seed}) in ${workDir}`);
  const corpusStart = Date.now();
  const corpus = generateCorpus(loadVocabularies(ROOT), {practices, posts, seed});
  const oursDir = join(workDir, 'ours');
  copySite({target: oursDir});
  // Generated carriers and groups join the site's own (its sample content refers to them).
  writeFiles(
    oursDir,
    corpus.map((file) =>
      file.path === 'src/data/carriers.yml' || file.path === 'src/data/groups.yml'
        ? {...file, content: `${readFileSync(join(ROOT, file.path), 'utf8')}\n${file.content}`}
        : file,
    ),
  );
  const originalPhotoBytes = await addGalleryPhotos(oursDir);
  const stockDir = join(workDir, 'stock');
  if (!values['no-stock']) {
    cpSync(join(__dirname, 'stock'), stockDir, {recursive: true});
    for (const file of ['blog/authors.yml', 'blog/tags.yml']) cpSync(join(ROOT, file), join(stockDir, file));
    linkNodeModules(stockDir);
    writeFiles(stockDir, corpus.filter((file) => file.path.startsWith('docs/') || file.path.startsWith('blog/')));
  }
  const corpusSeconds = (Date.now() - corpusStart) / 1000;

  const practiceFile = corpus.find((f) => f.path.startsWith('docs/gute-praxis/'))!.path;
  const practiceSlug = practiceFile.replace(/^.*\/|\.md$/g, '');
  const resultsDir = join(ROOT, 'benchmarks');
  const resultsFile = join(resultsDir, `results-${pages}.json`);
  if (values['only-dev']) {
    if (!existsSync(resultsFile)) throw new Error(`--only-dev ergänzt ${relative(ROOT, resultsFile)}; die Datei fehlt (erst einen ganzen Lauf machen).`);
    const stored = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResult;
    stored.ours.dev = await measureDev(oursDir, practiceFile);
    writeFileSync(resultsFile, JSON.stringify(stored, null, 2) + '\n');
    writeReport(resultsDir);
    if (!values.keep) rmSync(workDir, {recursive: true, force: true});
    return;
  }
  const postSlug = corpus.find((f) => f.path.startsWith('blog/'))!.path.replace(/^blog\/\d{4}-\d{2}-\d{2}-|\.md$/g, '');
  if (values['only-lighthouse']) {
    if (!existsSync(resultsFile)) throw new Error(`--only-lighthouse ergänzt ${relative(ROOT, resultsFile)}; die Datei fehlt (erst einen ganzen Lauf machen).`);
    const stored = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResult;
    const build = await fastestBuild('unsere Site', oursDir, {}, 1);
    if (!build.ok) throw new Error(`Build fehlgeschlagen:\n${build.log ?? ''}`);
    const server = await serveWithGzip(join(oursDir, 'build'));
    try {
      stored.ours.lighthouse = await measureLighthouse('unsere Site', join(oursDir, 'build'), server.origin, {practiceSlug, postSlug, programme: 'programm.html'});
    } finally {
      await server.close();
    }
    stored.lighthouseDate = new Date().toISOString().slice(0, 10);
    writeFileSync(resultsFile, JSON.stringify(stored, null, 2) + '\n');
    writeReport(resultsDir);
    if (!values.keep) rmSync(workDir, {recursive: true, force: true});
    return;
  }
  if (values['only-proceedings']) {
    if (!existsSync(resultsFile)) throw new Error(`--only-proceedings ergänzt ${relative(ROOT, resultsFile)}; die Datei fehlt (erst einen ganzen Lauf machen).`);
    const stored = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResult;
    const build = await fastestBuild('unsere Site', oursDir, {}, 1);
    if (!build.ok) throw new Error(`Build fehlgeschlagen:\n${build.log ?? ''}`);
    progress('unsere Site: Kongressdokumentation als PDF …');
    const server = await serveWithGzip(join(oursDir, 'build'));
    try {
      stored.ours.proceedings = await measureProceedings(oursDir, server.origin);
    } finally {
      await server.close();
    }
    writeFileSync(resultsFile, JSON.stringify(stored, null, 2) + '\n');
    writeReport(resultsDir);
    if (!values.keep) rmSync(workDir, {recursive: true, force: true});
    progress(`fertig: Zeile der Kongressdokumentation in benchmarks/results-${pages}.json und BENCHMARKS.md`);
    return;
  }
  if (values['only-search']) {
    if (!existsSync(resultsFile)) throw new Error(`--only-search ergänzt ${relative(ROOT, resultsFile)}; die Datei fehlt (erst einen ganzen Lauf machen).`);
    const stored = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResult;
    const build = await fastestBuild('unsere Site', oursDir, {}, 1);
    if (!build.ok) throw new Error(`Build fehlgeschlagen:\n${build.log ?? ''}`);
    const measured = await measureBuiltBrowsing('unsere Site', oursDir, runs, build);
    stored.ours.catalogue = measured.catalogue;
    stored.ours.mapGeometry = mapGeometrySize(oursDir);
    stored.ours.search = measured.search && {...measured.search, indexSeconds: stored.ours.search?.indexSeconds ?? measured.search.indexSeconds};
    delete stored.ours.baselineBrowsing;
    if (values.baseline) {
      const earlier = prepareBaseline(values.baseline, workDir, {practices, posts, seed});
      try {
        const name = `Stand ${values.baseline}`;
        const earlierBuild = await fastestBuild(name, earlier.siteDir, {}, 1);
        if (!earlierBuild.ok) throw new Error(`${name}: Build fehlgeschlagen:\n${earlierBuild.log ?? ''}`);
        stored.ours.baselineBrowsing = {ref: values.baseline, commit: earlier.commit, ...(await measureBuiltBrowsing(name, earlier.siteDir, runs, earlierBuild))};
      } finally {
        earlier.remove();
      }
    }
    stored.searchDate = new Date().toISOString().slice(0, 10);
    writeFileSync(resultsFile, JSON.stringify(stored, null, 2) + '\n');
    writeReport(resultsDir);
    if (!values.keep) rmSync(workDir, {recursive: true, force: true});
    progress(`fertig: Katalog- und Suchzeilen in benchmarks/results-${pages}.json und BENCHMARKS.md`);
    return;
  }
  progress('Inhaltsprüfung über alle Dateien …');
  const checkStart = performance.now();
  const checked = checkContent(oursDir);
  const contentCheckMs = performance.now() - checkStart;
  // Warnings (the site's placeholders for operator data) do not stop the bench; errors do.
  const errors = checked.problems.filter((problem) => !isWarning(problem));
  if (errors.length > 0) throw new Error(`Der erzeugte Korpus hat Inhaltsfehler, z. B. ${errors[0]!.file}: ${errors[0]!.message}`);
  // Single builds are noisy; where builds are short, each variant is built twice and the faster run counts.
  // Best of two for every build of our site; the stock build at 10,000 takes minutes and runs once.
  const repeats = 2;
  const stockRepeats = practices <= 2_000 ? 2 : 1;
  const ours = {...(await measureSite('unsere Site', oursDir, {practiceSlug, postSlug, programme: 'programm.html'}, runs, {}, repeats)), contentCheckMs};
  if (ours.build.ok) {
    progress('unsere Site: Handyfotos wie ausgeliefert, Galerie-Seite auf dem Handy …');
    const server = await serveWithGzip(join(oursDir, 'build'));
    try {
      ours.photos = await measurePhotos(join(oursDir, 'build'), server.origin, runs, originalPhotoBytes);
      ours.mapGeometry = mapGeometrySize(oursDir);
      progress('unsere Site: Kongressdokumentation als PDF …');
      ours.proceedings = await measureProceedings(oursDir, server.origin);
    } finally {
      await server.close();
    }
  }
  if (practices > 100) {
    progress('unsere Site mit nur 100 erzeugten Praxisbeispielen (sonst gleicher Inhalt): Build läuft …');
    const smallDir = join(workDir, 'ours-100');
    const skip = [join(oursDir, 'build'), join(oursDir, '.docusaurus'), join(oursDir, 'node_modules')];
    cpSync(oursDir, smallDir, {recursive: true, filter: (source) => !skip.some((dir) => source.startsWith(dir))});
    linkNodeModules(smallDir);
    const generated = corpus.filter((file) => file.path.startsWith('docs/gute-praxis/'));
    for (const file of generated.slice(100)) rmSync(join(smallDir, file.path));
    const smallBuild = await measureBuild(smallDir, {});
    if (smallBuild.ok) {
      const buildDir = join(smallDir, 'build');
      const practiceFile = findHtml(buildDir, `/gute-praxis/${practiceSlug}`)!;
      ours.baseline100 = {
        practice: pageScripts(buildDir, relative(buildDir, practiceFile)).gzip,
        home: pageScripts(buildDir, 'index.html').gzip,
        catalogue: pageScripts(buildDir, 'gute-praxis.html').gzip,
      };
      const server = await serveWithGzip(buildDir);
      const browser = await launchChromium();
      try {
        const visit = await measureFirstVisit(browser, server.origin + toUrlPath(buildDir, practiceFile), runs);
        ours.baseline100.practiceFirstVisit = stat(visit.scriptBytes);
      } finally {
        await browser.close();
        await server.close();
      }
    }
    rmSync(smallDir, {recursive: true, force: true});
  }
  ours.dev = await measureDev(oursDir, practiceFile);
  const without = await fastestBuild('unsere Site ohne Katalog', oursDir, {}, repeats, 'without-catalogue');
  ours.buildWithoutCatalogue = {ok: without.ok, seconds: without.seconds, peakRss: without.peakRss};
  progress(`unsere Site ohne Katalog: ${without.ok ? 'fertig' : 'FEHLGESCHLAGEN'} nach ${without.seconds.toFixed(1)} s`);
  const pagesOnly = await fastestBuild('unsere Site mit den Praxisbeispielen als einfachen Seiten (ohne Katalog)', oursDir, {}, repeats, 'catalogue-pages-only');
  ours.buildPagesOnly = {ok: pagesOnly.ok, seconds: pagesOnly.seconds, peakRss: pagesOnly.peakRss};
  progress(`unsere Site mit den Praxisbeispielen als einfachen Seiten: ${pagesOnly.ok ? 'fertig' : 'FEHLGESCHLAGEN'} nach ${pagesOnly.seconds.toFixed(1)} s`);
  const withoutSearch = await fastestBuild('unsere Site ohne Suchindex', oursDir, {}, repeats, 'without-search');
  ours.buildWithoutSearch = {ok: withoutSearch.ok, seconds: withoutSearch.seconds, peakRss: withoutSearch.peakRss};
  progress(`unsere Site ohne Suchindex: ${withoutSearch.ok ? 'fertig' : 'FEHLGESCHLAGEN'} nach ${withoutSearch.seconds.toFixed(1)} s`);
  if (values.baseline) {
    const earlier = prepareBaseline(values.baseline, workDir, {practices, posts, seed});
    try {
      const name = `Stand ${values.baseline}`;
      const build = await fastestBuild(name, earlier.siteDir, {}, repeats);
      ours.buildBaseline = {ref: values.baseline, commit: earlier.commit, ok: build.ok, seconds: build.seconds, peakRss: build.peakRss};
      progress(`${name}: ${build.ok ? 'fertig' : 'FEHLGESCHLAGEN'} nach ${build.seconds.toFixed(1)} s`);
      if (build.ok) ours.baselineBrowsing = {ref: values.baseline, commit: earlier.commit, ...(await measureBuiltBrowsing(name, earlier.siteDir, runs, build))};
    } finally {
      earlier.remove();
    }
  }
  const withSidebar = practices <= 2_000;
  const stock = values['no-stock']
    ? null
    : {sidebar: withSidebar, ...(await measureSite(`Stock (${withSidebar ? 'mit' : 'ohne'} Seitenleiste)`, stockDir, {practiceSlug, postSlug}, runs, withSidebar ? {STOCK_SIDEBAR: '1'} : {}, stockRepeats))};

  const result: BenchResult = {
    pages,
    practices,
    posts,
    seed,
    browserRuns: runs,
    buildRepeats: repeats,
    stockBuildRepeats: stockRepeats,
    date: new Date().toISOString().slice(0, 10),
    machine: {cores: cpus().length, memoryBytes: totalmem(), node: process.version, cpu: cpus()[0]?.model.trim() ?? 'unbekannt'},
    corpusSeconds,
    ours,
    stock,
  };
  mkdirSync(resultsDir, {recursive: true});
  writeFileSync(resultsFile, JSON.stringify(result, null, 2) + '\n');
  writeReport(resultsDir);
  if (!values.keep) rmSync(workDir, {recursive: true, force: true});
  progress(`fertig: BENCHMARKS.md und benchmarks/results-${pages}.json geschrieben`);
  if (!ours.build.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
