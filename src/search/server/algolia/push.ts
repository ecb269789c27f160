/**
 * Pushes the section records to Algolia with the official client: a temporary
 * index gets the settings, the editors' synonyms and the records, and then
 * moves over the live index in one step, so visitors see the old or the new
 * state, never a mix (the temporary index is deleted if anything fails, and
 * the live index stays as it was). Transient failures (network, HTTP 5xx,
 * 429) are retried with backoff; messages never contain the admin key.
 *
 * The client's `replaceAllObjects` does the same for records alone, but
 * copies the synonyms from the live index; ours must replace them in the same
 * swap, hence the steps below (as `replaceAllObjects` takes them).
 */
import {algoliasearch} from 'algoliasearch';
import {createHttpRequester} from '@algolia/requester-node-http';
import type {SectionRecord} from '../../shared/types';
import type {AlgoliaPushConfig} from './pushConfig';
import {indexSettings} from './settings';
import {algoliaSynonyms} from './synonyms';
import {NO_TERMS, type SearchTerms} from '../../shared/synonyms';

/** Algolia rejects records above 10 KB (JSON, UTF-8). */
export const MAX_RECORD_BYTES = 10_000;

type Requester = ReturnType<typeof createHttpRequester>;

export interface PushOptions {
  config: AlgoliaPushConfig;
  records: SectionRecord[];
  /** Synonyms and abbreviations (src/data/suchbegriffe.yml, as the build wrote them); replace the index's synonyms. */
  terms?: SearchTerms;
  /** Records per batch request (Algolia recommends about 1,000, or 10 MB). */
  batchSize?: number;
  /** Attempts of each step for transient errors. */
  attempts?: number;
  /** First wait before a retry in ms; doubles each time. */
  backoffMs?: number;
  onProgress?: (sent: number, total: number) => void;
  onRetry?: (message: string, waitMs: number) => void;
}

export interface PushSummary {
  indexName: string;
  records: number;
  synonyms: number;
  bytes: number;
  batches: number;
  seconds: number;
}

export class PushError extends Error {
  override name = 'PushError';
}

/** The first record over the size limit, or a record whose text is not NFC, fails the push before any request. */
export function checkRecords(records: readonly SectionRecord[]): {bytes: number} {
  let bytes = 0;
  for (const record of records) {
    const size = Buffer.byteLength(JSON.stringify(record), 'utf8');
    if (size > MAX_RECORD_BYTES) {
      throw new PushError(`Der Datensatz ${record.objectID} ist ${size.toLocaleString('de-DE')} Bytes groß; Algolia erlaubt höchstens ${MAX_RECORD_BYTES.toLocaleString('de-DE')}.`);
    }
    if (record.text !== record.text.normalize('NFC') || record.hierarchy.lvl0 !== record.hierarchy.lvl0.normalize('NFC')) {
      throw new PushError(`Der Datensatz ${record.objectID} ist nicht in Unicode-NFC normalisiert (Algolia zerlegt deutsche Komposita sonst falsch).`);
    }
    bytes += size;
  }
  return {bytes};
}

interface ErrorLike {
  name?: string;
  message?: string;
  status?: number;
  stackTrace?: {response?: {status?: number; isTimedOut?: boolean}}[];
}

const asErrorLike = (error: unknown): ErrorLike => (typeof error === 'object' && error !== null ? (error) : {message: String(error)});

/** HTTP status of the last response an Algolia error carries (0: no connection). */
function lastStatus(error: ErrorLike): number | undefined {
  if (typeof error.status === 'number') return error.status;
  const frames = error.stackTrace ?? [];
  const response = frames[frames.length - 1]?.response;
  if (!response) return undefined;
  return response.isTimedOut ? 0 : (response.status ?? 0);
}

export function isTransient(error: unknown): boolean {
  const status = lastStatus(asErrorLike(error));
  return status === 0 || status === 429 || (status !== undefined && status >= 500);
}

/** A German message for an error of the Algolia client, without any key. */
export function describeError(error: unknown, config: Pick<AlgoliaPushConfig, 'adminKey' | 'hosts' | 'appId'>): string {
  const like = asErrorLike(error);
  const status = lastStatus(like);
  const where = config.hosts.length > 0 ? config.hosts.map((host) => `${host.protocol}://${host.url}${host.port ? `:${host.port}` : ''}`).join(', ') : `Algolia (App ${config.appId})`;
  const detail = (like.name === 'ApiError' || like.name === 'DetailedApiError') && like.message ? `: ${like.message}` : '';
  let message: string;
  if (status === 0) message = `Keine Verbindung zu ${where} (Netzwerkfehler oder Zeitüberschreitung).`;
  else if (status === 401 || status === 403)
    message = `${where} lehnt die Anmeldung ab (HTTP ${status}${detail}). Prüfen Sie ALGOLIA_APP_ID und ALGOLIA_ADMIN_KEY; der Schlüssel muss Datensätze schreiben, Einstellungen ändern und Indizes kopieren und löschen dürfen.`;
  else if (status !== undefined) message = `${where} antwortete mit HTTP ${status}${detail}.`;
  else message = `Fehler beim Übertragen: ${like.message ?? String(error)}`;
  return config.adminKey ? message.split(config.adminKey).join('[Admin-Schlüssel]') : message;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function withRetry<T>(step: () => Promise<T>, options: Required<Pick<PushOptions, 'attempts' | 'backoffMs'>>, config: AlgoliaPushConfig, onRetry?: PushOptions['onRetry']): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= options.attempts || !isTransient(error)) throw new PushError(describeError(error, config));
      const wait = options.backoffMs * 2 ** (attempt - 1);
      onRetry?.(`${describeError(error, config)} Neuer Versuch ${attempt + 1} von ${options.attempts} in ${(wait / 1000).toLocaleString('de-DE')} s.`, wait);
      await sleep(wait);
    }
  }
}

/** Counts the records of each batch request that succeeded, for the progress indicator. */
function countingRequester(inner: Requester, onBatch: (records: number) => void): Requester {
  return {
    ...inner,
    async send(request) {
      const response = await inner.send(request);
      if (request.method === 'POST' && /\/1\/indexes\/[^/]+\/batch(?:\?|$)/.test(request.url) && response.status >= 200 && response.status < 300 && request.data) {
        const body = typeof request.data === 'string' ? request.data : Buffer.from(request.data).toString('utf8');
        onBatch((JSON.parse(body) as {requests: unknown[]}).requests.length);
      }
      return response;
    },
  };
}

export async function pushRecords(options: PushOptions): Promise<PushSummary> {
  const {config, records} = options;
  const retry = {attempts: options.attempts ?? 4, backoffMs: options.backoffMs ?? 1_000};
  const batchSize = options.batchSize ?? 1_000;
  const started = performance.now();
  const {bytes} = checkRecords(records);
  if (records.length === 0) throw new PushError('Es gibt keine Datensätze: Der Live-Index würde geleert. Erst die Website bauen (npm run build).');

  let sent = 0;
  let batches = 0;
  const requester = countingRequester(createHttpRequester(), (count) => {
    sent = Math.min(records.length, sent + count);
    batches += 1;
    options.onProgress?.(sent, records.length);
  });
  const client = algoliasearch(config.appId, config.adminKey, {requester, ...(config.hosts.length > 0 ? {hosts: config.hosts} : {})});

  const synonyms = algoliaSynonyms(options.terms ?? NO_TERMS);
  await withRetry(
    async () => {
      sent = 0;
      batches = 0;
      options.onProgress?.(0, records.length);
      const temporary = `${config.indexName}_tmp_${Math.floor(Math.random() * 1e6) + 1e5}`;
      try {
        // Query rules an operator keeps in the dashboard stay; settings, synonyms and records are ours.
        const copied = await client.operationIndex({indexName: config.indexName, operationIndexParams: {operation: 'copy', destination: temporary, scope: ['rules']}});
        await client.waitForTask({indexName: temporary, taskID: copied.taskID});
        const settings = await client.setSettings({indexName: temporary, indexSettings: indexSettings()});
        await client.waitForTask({indexName: temporary, taskID: settings.taskID});
        const saved = await client.saveSynonyms({indexName: temporary, synonymHit: synonyms, replaceExistingSynonyms: true});
        await client.waitForTask({indexName: temporary, taskID: saved.taskID});
        await client.chunkedBatch({indexName: temporary, objects: records as unknown as Record<string, unknown>[], waitForTasks: true, batchSize});
        const moved = await client.operationIndex({indexName: temporary, operationIndexParams: {operation: 'move', destination: config.indexName}});
        await client.waitForTask({indexName: config.indexName, taskID: moved.taskID});
      } catch (error) {
        await client.deleteIndex({indexName: temporary}).catch(() => undefined);
        throw error;
      }
    },
    retry,
    config,
    options.onRetry,
  );
  return {indexName: config.indexName, records: records.length, synonyms: synonyms.length, bytes, batches, seconds: (performance.now() - started) / 1000};
}
