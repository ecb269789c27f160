/**
 * A small Algolia-compatible HTTP server for the tests, on a free loopback
 * port. It implements what the official client sends for a push (settings,
 * batch, copy/move operations, task status, delete) and for searching
 * (multi-index queries), with Algolia's semantics where the site relies on
 * them: all query words must match, German plurals and compounds, prefix of
 * the last word, typos, `distinct` on an attribute, facet filters (AND of ORs)
 * and facet counts, highlighting and snippets with escaped text.
 * Every request is logged for assertions; failures can be injected.
 */
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {distance} from 'fastest-levenshtein';
import {stem, tokenize, type Token} from '../../src/search/shared/normalize';

export interface LoggedRequest {
  method: string;
  path: string;
  apiKey: string | undefined;
  body: unknown;
}

type Json = Record<string, unknown>;
type StoredRecord = Json & {objectID: string};

interface IndexedRecord {
  record: StoredRecord;
  /** Tokens of each searchable attribute, in attribute order. */
  fields: {text: string; tokens: Token[]}[];
}

interface Index {
  settings: Json;
  records: Map<string, IndexedRecord>;
  /** Synonyms by objectID (stored; the fake's search does not apply them). */
  synonyms: Map<string, Json>;
}

export interface FakeAlgoliaOptions {
  appId: string;
  adminKey: string;
  searchKey: string;
}

export interface FakeAlgolia {
  url: string;
  port: number;
  requests: LoggedRequest[];
  /** Live indices by name (records and settings). */
  indices: Map<string, Index>;
  records: (indexName: string) => StoredRecord[] | undefined;
  /** Answer the n-th batch request from now (1 = the next) with this HTTP status. */
  failBatch: (n: number, status?: number) => void;
  /** Answer every request with this status until cleared (undefined). */
  failAll: (status: number | undefined) => void;
  close: () => Promise<void>;
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const getPath = (record: Json, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Json)[key] : undefined), record);

const attributeName = (attribute: string): string => attribute.replace(/^(?:unordered|ordered|searchable|filterOnly|afterDistinct)\((.*)\)$/, '$1');

function indexRecord(record: StoredRecord, settings: Json): IndexedRecord {
  const searchable = ((settings.searchableAttributes as string[] | undefined) ?? ['hierarchy.lvl0', 'hierarchy.lvl1', 'text']).map(attributeName);
  return {
    record,
    fields: searchable.map((attribute) => {
      const value = getPath(record, attribute);
      const text = typeof value === 'string' ? value : '';
      return {text, tokens: tokenize(text)};
    }),
  };
}

/** How well a record word answers a query word: 0 exact/plural, 1 prefix/compound, 2 typo; undefined: not at all. */
function matchKind(query: string, word: string, prefix: boolean): number | undefined {
  if (word === query || stem(word) === stem(query)) return 0;
  if (prefix && word.startsWith(query)) return 1;
  if (query.length >= 4 && word.length > query.length && word.endsWith(query)) return 1;
  const allowed = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
  if (allowed > 0 && Math.abs(word.length - query.length) <= allowed && distance(word, query) <= allowed) return 2;
  return undefined;
}

interface Match {
  score: [number, number, number, number];
  /** Token positions that matched, per field. */
  marked: Set<number>[];
}

function matchRecord(indexed: IndexedRecord, queryKeys: string[]): Match | undefined {
  const marked = indexed.fields.map(() => new Set<number>());
  let typos = 0;
  let bestAttribute = Infinity;
  let exact = 0;
  for (const [position, key] of queryKeys.entries()) {
    const prefix = position === queryKeys.length - 1;
    let best: number | undefined;
    indexed.fields.forEach((field, fieldIndex) => {
      field.tokens.forEach((token, tokenIndex) => {
        for (const wordKey of token.keys) {
          const kind = matchKind(key, wordKey, prefix);
          if (kind === undefined) continue;
          marked[fieldIndex]!.add(tokenIndex);
          if (best === undefined || kind < best) best = kind;
          if (kind === 0) bestAttribute = Math.min(bestAttribute, fieldIndex);
          break;
        }
      });
    });
    if (best === undefined) return undefined;
    if (best === 2) typos += 1;
    if (best === 0) exact += 1;
  }
  if (bestAttribute === Infinity) bestAttribute = marked.findIndex((set) => set.size > 0);
  return {score: [typos, bestAttribute, -exact, 0], marked};
}

function highlightField(field: {text: string; tokens: Token[]}, marked: Set<number>, pre: string, post: string): string {
  let out = '';
  let at = 0;
  field.tokens.forEach((token, index) => {
    if (!marked.has(index)) return;
    out += escape(field.text.slice(at, token.start)) + pre + escape(field.text.slice(token.start, token.end)) + post;
    at = token.end;
  });
  return out + escape(field.text.slice(at));
}

function snippetField(field: {text: string; tokens: Token[]}, marked: Set<number>, words: number, pre: string, post: string, ellipsis: string): string {
  const first = Math.max(0, Math.min(...[...marked, 0].filter((index) => marked.size === 0 || marked.has(index))));
  const startToken = Math.max(0, first - Math.floor(words / 4));
  const endToken = Math.min(field.tokens.length, startToken + words);
  if (field.tokens.length === 0) return escape(field.text);
  const start = startToken === 0 ? 0 : field.tokens[startToken]!.start;
  const end = endToken >= field.tokens.length ? field.text.length : field.tokens[endToken - 1]!.end;
  const part = {text: field.text.slice(start, end), tokens: field.tokens.slice(startToken, endToken).map((token) => ({...token, start: token.start - start, end: token.end - start}))};
  const shifted = new Set([...marked].filter((index) => index >= startToken && index < endToken).map((index) => index - startToken));
  return `${start > 0 ? ellipsis : ''}${highlightField(part, shifted, pre, post)}${end < field.text.length ? ellipsis : ''}`;
}

/** `facetFilters`: AND of entries, an entry is a value or an OR list of `attribute:value`. */
function passesFilters(record: Json, facetFilters: unknown): boolean {
  if (!Array.isArray(facetFilters)) return true;
  const has = (filter: string): boolean => {
    const colon = filter.indexOf(':');
    const values = getPath(record, filter.slice(0, colon));
    const wanted = filter.slice(colon + 1);
    return Array.isArray(values) ? values.includes(wanted) : values === wanted;
  };
  return facetFilters.every((entry) => (Array.isArray(entry) ? entry.some((filter) => has(String(filter))) : has(String(entry))));
}

function search(index: Index | undefined, params: Json): Json {
  const settings = {...(index?.settings ?? {}), ...params};
  const query = typeof params.query === 'string' ? params.query : '';
  const hitsPerPage = typeof settings.hitsPerPage === 'number' ? settings.hitsPerPage : 20;
  const page = typeof params.page === 'number' ? params.page : 0;
  const queryKeys = tokenize(query).map((token) => token.keys[0]!);
  const candidates: {indexed: IndexedRecord; match: Match}[] = [];
  for (const indexed of index?.records.values() ?? []) {
    if (!passesFilters(indexed.record, settings.facetFilters)) continue;
    const match = queryKeys.length === 0 ? {score: [0, 0, 0, 0] as Match['score'], marked: indexed.fields.map(() => new Set<number>())} : matchRecord(indexed, queryKeys);
    if (match) candidates.push({indexed, match});
  }
  // Ranking: typos, attribute, exact words, then the custom ranking.
  const custom = ((settings.customRanking as string[] | undefined) ?? []).map((entry) => /^(asc|desc)\((.+)\)$/.exec(entry)!).map(([, order, attribute]) => ({order, attribute: attribute!}));
  candidates.sort((a, b) => {
    for (let i = 0; i < 3; i += 1) if (a.match.score[i] !== b.match.score[i]) return a.match.score[i]! - b.match.score[i]!;
    for (const {order, attribute} of custom) {
      const difference = Number(getPath(a.indexed.record, attribute) ?? 0) - Number(getPath(b.indexed.record, attribute) ?? 0);
      if (difference !== 0) return order === 'asc' ? difference : -difference;
    }
    return 0;
  });
  // distinct: the best record of each value of attributeForDistinct.
  const distinctAttribute = typeof settings.attributeForDistinct === 'string' ? settings.attributeForDistinct : undefined;
  const distinct = distinctAttribute !== undefined && settings.distinct !== false && settings.distinct !== 0;
  const seen = new Set<unknown>();
  const unique = distinct
    ? candidates.filter(({indexed}) => {
        const key = getPath(indexed.record, distinctAttribute);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
    : candidates;
  const facetNames = Array.isArray(params.facets) ? (params.facets as string[]) : [];
  const counted = params.facetingAfterDistinct === true ? unique : candidates;
  const facets: Record<string, Record<string, number>> = {};
  for (const name of facetNames) {
    const counts: Record<string, number> = {};
    for (const {indexed} of counted) {
      const value = getPath(indexed.record, name);
      for (const entry of Array.isArray(value) ? value : value === undefined ? [] : [value]) counts[String(entry)] = (counts[String(entry)] ?? 0) + 1;
    }
    facets[name] = counts;
  }
  const pre = typeof settings.highlightPreTag === 'string' ? settings.highlightPreTag : '<em>';
  const post = typeof settings.highlightPostTag === 'string' ? settings.highlightPostTag : '</em>';
  const ellipsis = typeof settings.snippetEllipsisText === 'string' ? settings.snippetEllipsisText : '';
  const searchable = ((settings.searchableAttributes as string[] | undefined) ?? []).map(attributeName);
  const retrieve = settings.attributesToRetrieve as string[] | undefined;
  const toHighlight = (settings.attributesToHighlight as string[] | undefined) ?? searchable;
  const toSnippet = ((settings.attributesToSnippet as string[] | undefined) ?? []).map((entry) => entry.split(':') as [string, string?]);
  const hits = unique.slice(page * hitsPerPage, (page + 1) * hitsPerPage).map(({indexed, match}) => {
    const hit: Json = {objectID: indexed.record.objectID};
    for (const [key, value] of Object.entries(indexed.record)) if (!retrieve || retrieve.includes('*') || retrieve.includes(key)) hit[key] = value;
    const highlight: Json = {};
    for (const attribute of toHighlight) {
      const fieldIndex = searchable.indexOf(attribute);
      if (fieldIndex < 0) continue;
      const value = {value: highlightField(indexed.fields[fieldIndex]!, match.marked[fieldIndex]!, pre, post), matchLevel: match.marked[fieldIndex]!.size > 0 ? 'full' : 'none'};
      const [head, tail] = attribute.split('.') as [string, string?];
      if (tail) highlight[head] = {...((highlight[head]) ?? {}), [tail]: value};
      else highlight[head] = value;
    }
    hit._highlightResult = highlight;
    const snippets: Json = {};
    for (const [attribute, words] of toSnippet) {
      const fieldIndex = searchable.indexOf(attribute);
      if (fieldIndex < 0) continue;
      snippets[attribute] = {value: snippetField(indexed.fields[fieldIndex]!, match.marked[fieldIndex]!, Number(words ?? 10), pre, post, ellipsis), matchLevel: match.marked[fieldIndex]!.size > 0 ? 'full' : 'none'};
    }
    hit._snippetResult = snippets;
    return hit;
  });
  return {
    hits,
    nbHits: unique.length,
    page,
    nbPages: Math.ceil(unique.length / Math.max(1, hitsPerPage)),
    hitsPerPage,
    facets,
    exhaustiveNbHits: true,
    query,
    params: '',
    processingTimeMS: 1,
  };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

export async function startFakeAlgolia(options: FakeAlgoliaOptions): Promise<FakeAlgolia> {
  const indices = new Map<string, Index>();
  const requests: LoggedRequest[] = [];
  let taskCounter = 0;
  let batchFailure: {remaining: number; status: number} | undefined;
  let failEverything: number | undefined;

  const send = (response: ServerResponse, status: number, body: unknown): void => {
    response.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*'});
    response.end(JSON.stringify(body));
  };
  const task = (): Json => ({taskID: ++taskCounter, updatedAt: new Date().toISOString(), createdAt: new Date().toISOString()});
  const indexOf = (name: string): Index => {
    let index = indices.get(name);
    if (!index) {
      index = {settings: {}, records: new Map(), synonyms: new Map()};
      indices.set(name, index);
    }
    return index;
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, POST, PUT, DELETE',
          'access-control-allow-headers': '*',
          'access-control-max-age': '600',
        });
        response.end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(request);
      const apiKey = (request.headers['x-algolia-api-key'] as string | undefined) ?? url.searchParams.get('x-algolia-api-key') ?? undefined;
      const appId = (request.headers['x-algolia-application-id'] as string | undefined) ?? url.searchParams.get('x-algolia-application-id') ?? undefined;
      requests.push({method: request.method ?? 'GET', path: url.pathname, apiKey, body});
      if (failEverything !== undefined) return send(response, failEverything, {message: 'Injected failure', status: failEverything});
      if (appId !== options.appId || (apiKey !== options.adminKey && apiKey !== options.searchKey)) {
        return send(response, 403, {message: 'Invalid Application-ID or API key', status: 403});
      }
      const isAdmin = apiKey === options.adminKey;
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      // /1/indexes/*/queries
      if (request.method === 'POST' && parts[1] === 'indexes' && parts[2] === '*' && parts[3] === 'queries') {
        const {requests: queries} = body as {requests: (Json & {indexName: string})[]};
        return send(response, 200, {results: queries.map((query) => ({...search(indices.get(query.indexName), query), index: query.indexName}))});
      }
      if (parts[0] !== '1' || parts[1] !== 'indexes' || parts[2] === undefined) return send(response, 404, {message: `Unknown path ${url.pathname}`, status: 404});
      const name = parts[2];
      const action = parts[3];
      if (request.method === 'POST' && action === 'query') return send(response, 200, search(indices.get(name), (body as Json | undefined) ?? {}));
      if (!isAdmin) return send(response, 403, {message: 'Method not allowed with this API key', status: 403});
      if (request.method === 'GET' && action === 'task') return send(response, 200, {status: 'published', pendingTask: false});
      if (request.method === 'PUT' && action === 'settings') {
        const index = indexOf(name);
        index.settings = {...index.settings, ...(body as Json)};
        for (const [id, indexed] of index.records) index.records.set(id, indexRecord(indexed.record, index.settings));
        return send(response, 200, task());
      }
      if (request.method === 'GET' && action === 'settings') {
        const index = indices.get(name);
        return index ? send(response, 200, index.settings) : send(response, 404, {message: 'Index does not exist', status: 404});
      }
      if (request.method === 'POST' && action === 'batch') {
        if (batchFailure && --batchFailure.remaining === 0) {
          const {status} = batchFailure;
          batchFailure = undefined;
          return send(response, status, {message: 'Injected batch failure', status});
        }
        const index = indexOf(name);
        for (const operation of (body as {requests: {action: string; body: StoredRecord}[]}).requests) {
          if (operation.action !== 'addObject' && operation.action !== 'updateObject') return send(response, 400, {message: `Unsupported action ${operation.action}`, status: 400});
          index.records.set(operation.body.objectID, indexRecord(operation.body, index.settings));
        }
        return send(response, 200, {...task(), objectIDs: (body as {requests: {body: StoredRecord}[]}).requests.map((operation) => operation.body.objectID)});
      }
      if (request.method === 'POST' && action === 'synonyms' && parts[4] === 'batch') {
        const index = indexOf(name);
        if (url.searchParams.get('replaceExistingSynonyms') === 'true') index.synonyms.clear();
        for (const synonym of body as (Json & {objectID: string})[]) index.synonyms.set(synonym.objectID, synonym);
        return send(response, 200, task());
      }
      if (request.method === 'POST' && action === 'operation') {
        const {operation, destination, scope} = body as {operation: 'copy' | 'move'; destination: string; scope?: string[]};
        const source = indices.get(name) ?? {settings: {}, records: new Map<string, IndexedRecord>(), synonyms: new Map<string, Json>()};
        if (operation === 'move') {
          indices.set(destination, source);
          indices.delete(name);
        } else {
          const target = indexOf(destination);
          if (!scope || scope.includes('settings')) target.settings = {...source.settings};
          if (!scope || scope.includes('synonyms')) target.synonyms = new Map(source.synonyms);
          if (!scope) target.records = new Map(source.records);
        }
        return send(response, 200, task());
      }
      if (request.method === 'DELETE' && action === undefined) {
        indices.delete(name);
        return send(response, 200, {...task(), deletedAt: new Date().toISOString()});
      }
      return send(response, 404, {message: `Unsupported ${request.method} ${url.pathname}`, status: 404});
    })().catch((error: unknown) => send(response, 500, {message: String(error), status: 500}));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    indices,
    records: (indexName) => {
      const index = indices.get(indexName);
      return index ? [...index.records.values()].map((indexed) => indexed.record) : undefined;
    },
    failBatch: (n, status = 500) => {
      batchFailure = {remaining: n, status};
    },
    failAll: (status) => {
      failEverything = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
