/**
 * `npm run search:push`: sends the search records of the last build to
 * Algolia (see src/search/server/algolia/push.ts). Run after `npm run build`.
 * Configuration from ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY, ALGOLIA_INDEX_NAME and
 * optionally ALGOLIA_HOSTS. `--records <file>` pushes another records file;
 * `--dry-run` checks the records and prints what would be sent.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {AlgoliaConfigError} from '../src/search/shared/config';
import {pushConfig} from '../src/search/server/algolia/pushConfig';
import {checkRecords, pushRecords, PushError} from '../src/search/server/algolia/push';
import {recordsFilePath} from '../src/search/server/plugin';
import type {SectionRecord} from '../src/search/shared/types';
import type {SearchTerms} from '../src/search/shared/synonyms';
import {TERMS_FILE_NAME} from '../src/search/server/indexWorker';

const {values} = parseArgs({options: {records: {type: 'string'}, 'dry-run': {type: 'boolean', default: false}}});
const siteDir = resolve(__dirname, '..');
const file = resolve(values.records ?? recordsFilePath(resolve(siteDir, '.docusaurus')));
const n = (value: number): string => value.toLocaleString('de-DE');

function fail(message: string): never {
  const key = process.env.ALGOLIA_ADMIN_KEY?.trim();
  console.error(`search:push: ${key ? message.split(key).join('[Admin-Schlüssel]') : message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (!existsSync(file)) {
    fail(`Die Datensätze fehlen (${file}). Erst die Website für Algolia bauen: mit ALGOLIA_APP_ID, ALGOLIA_SEARCH_KEY und ALGOLIA_INDEX_NAME gesetzt npm run build`);
  }
  const records = JSON.parse(readFileSync(file, 'utf8')) as SectionRecord[];
  // The synonyms of the same build (src/data/suchbegriffe.yml as it was built), written beside the records.
  const termsFile = join(dirname(file), TERMS_FILE_NAME);
  if (!existsSync(termsFile)) fail(`Die Suchbegriffe zu den Datensätzen fehlen (${termsFile}). Erst die Website für Algolia neu bauen (npm run build).`);
  const terms = JSON.parse(readFileSync(termsFile, 'utf8')) as SearchTerms;
  const built = statSync(file).mtime.toLocaleString('de-DE', {timeZone: 'Europe/Berlin'});
  if (values['dry-run']) {
    const {bytes} = checkRecords(records);
    console.log(`Probelauf: ${n(records.length)} Datensätze (${(bytes / 1e6).toLocaleString('de-DE', {maximumFractionDigits: 1})} MB) aus dem Build vom ${built}; nichts gesendet.`);
    return;
  }
  const config = pushConfig(process.env);
  console.log(`Sende ${n(records.length)} Datensätze aus dem Build vom ${built} an den Index »${config.indexName}« …`);
  // A progress line: rewritten in a terminal, every tenth in a log.
  let lastTenth = -1;
  const summary = await pushRecords({
    config,
    records,
    terms,
    onProgress(sent, total) {
      const share = total === 0 ? 1 : sent / total;
      const line = `  ${n(sent)} von ${n(total)} Datensätzen übertragen (${Math.round(share * 100)} %)`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
      else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        console.log(line);
      }
    },
    onRetry(message) {
      console.warn(`\n${message}`);
    },
  });
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(
    `Fertig: ${n(summary.records)} Datensätze (${(summary.bytes / 1e6).toLocaleString('de-DE', {maximumFractionDigits: 1})} MB) in ${summary.batches} ${summary.batches === 1 ? 'Paket' : 'Paketen'} ` +
      `an »${summary.indexName}« übertragen, Einstellungen und ${n(summary.synonyms)} Synonyme gesetzt, Index ausgetauscht; ${summary.seconds.toLocaleString('de-DE', {maximumFractionDigits: 1})} s.`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof PushError || error instanceof AlgoliaConfigError) fail(error.message);
  // Anything else is a bug here; its message cannot hold the key (the client's errors are translated above).
  fail(`Unerwarteter Fehler: ${error instanceof Error ? error.message : String(error)}`);
});
