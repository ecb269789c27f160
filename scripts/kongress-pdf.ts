/**
 * `npm run kongress-pdf -- <jahr>` (or `--alle`): the proceedings of a congress
 * as one tagged PDF, printed with Debian's Chromium from the built site
 * (`npm run build` first). Written to .kongressdokumentation/, a static
 * directory of the site: the next build links the PDF on the congress page
 * with its size. See scripts/lib/proceedings.ts.
 *
 * Options: --build <Ordner> (default build), --out <Ordner> (default .kongressdokumentation)
 */
import {existsSync, statSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {formatProblem} from '../src/content/problems';
import {loadSite} from '../src/content/site';
import {describeFile, PROCEEDINGS_DIR, proceedingsPath} from '../src/content/congress';
import {resolveBaseUrl} from '../src/config/siteUrl';
import {launchChromium} from '../tests/e2e/browser';
import {startStaticServer} from '../tests/e2e/server';
import {printProceedings} from './lib/proceedings';

const ROOT = resolve(__dirname, '..');
const USAGE = 'Aufruf: npm run kongress-pdf -- <Jahr> | --alle [--build <Ordner>] [--out <Ordner>]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({allowPositionals: true, options: {alle: {type: 'boolean'}, build: {type: 'string'}, out: {type: 'string'}}});
  const buildDir = resolve(values.build ?? join(ROOT, 'build'));
  const outDir = resolve(values.out ?? join(ROOT, PROCEEDINGS_DIR));
  if (!existsSync(join(buildDir, 'index.html'))) fail(`Unter ${buildDir} ist keine gebaute Site. Die Dokumentation wird aus den gebauten Seiten gedruckt: erst »npm run build«.`);
  // The proceedings are printed from the built site, which builds only without problems in the content.
  const {site, problems} = loadSite(ROOT);
  if (problems.length > 0) fail(`Die Inhalte haben Fehler; die Site baut so nicht:\n${problems.map(formatProblem).join('\n')}`);
  const {congresses} = site;
  const years = congresses.map((congress) => congress.year).sort();
  const wanted = values.alle ? congresses.filter((congress) => congress.programme && congress.programme.length > 0) : congresses.filter((congress) => positionals.includes(String(congress.year)));
  if (!values.alle && positionals.length === 0) fail(`Es fehlt das Jahr des Kongresses. Vorhanden: ${years.join(', ')}.`);
  const unknown = positionals.filter((year) => !years.includes(Number(year)));
  if (unknown.length > 0) fail(`Einen Fachkongress ${unknown.join(', ')} gibt es nicht. Vorhanden: ${years.join(', ')}.`);

  // A site built for a base path (BASE_URL, as on a GitHub Pages project site) is served below it, as it will be.
  const base = resolveBaseUrl(process.env.BASE_URL);
  const server = await startStaticServer(buildDir, {basePath: base});
  const browser = await launchChromium();
  try {
    for (const congress of wanted) {
      const target = join(outDir, proceedingsPath(congress.year));
      await printProceedings(browser, `${server.origin}${base.replace(/\/$/, '')}`, congress, target);
      const bytes = statSync(target).size;
      console.log(`Geschrieben: ${relative(process.cwd(), target)} (${describeFile(target, bytes).label})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (wanted.length > 0 && outDir === resolve(ROOT, PROCEEDINGS_DIR)) console.log('Damit die Kongressseiten die Dokumentation verlinken: »npm run build« (sie liegt dann unter ihrer Adresse im Build).');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
