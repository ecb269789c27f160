/**
 * Builds and writes the search index and the section records for external
 * services; runs in a worker thread (see index.ts), so that it overlaps with
 * the other plugins' postBuild work.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {buildIndex, type BuiltIndex} from './buildIndex';
import {sectionRecords} from './records';
import {pageRecords} from './pageRecords';
import type {HtmlSource} from './sources';
import type {SearchVocabulary} from './vocabulary';

export interface IndexJob {
  outDir: string;
  sources: HtmlSource[];
  baseUrl: string;
  /** Where the section records go (read by `npm run search:push`), outside the published output; only for Algolia. */
  recordsFile?: string;
  /** Write the built-in index into the output (not needed when the site searches with Algolia). */
  builtin: boolean;
  /** Synonyms and proper names (src/data/suchbegriffe.yml, the Länder). */
  vocabulary: SearchVocabulary;
}

/** The synonyms for `npm run search:push`, beside the records file. */
export const TERMS_FILE_NAME = 'terms.json';

export type IndexStats = BuiltIndex['stats'] & {records: number};

export default function writeSearchIndex({outDir, sources, baseUrl, recordsFile, builtin, vocabulary}: IndexJob): IndexStats {
  const pages = pageRecords(outDir, sources);
  let records = 0;
  if (recordsFile) {
    const sections = pages.flatMap((page) => sectionRecords(page, baseUrl));
    mkdirSync(dirname(recordsFile), {recursive: true});
    writeFileSync(recordsFile, JSON.stringify(sections));
    writeFileSync(join(dirname(recordsFile), TERMS_FILE_NAME), JSON.stringify(vocabulary.terms));
    records = sections.length;
  }
  if (!builtin) return {pages: pages.length, keys: 0, postings: 0, shards: 0, bytes: 0, records};
  const {files, stats} = buildIndex(pages, {terms: vocabulary.terms, names: vocabulary.names});
  for (const file of files) {
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), {recursive: true});
    writeFileSync(target, file.content);
  }
  return {...stats, records};
}
