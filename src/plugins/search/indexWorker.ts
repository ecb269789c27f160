/**
 * Builds and writes the search index; runs in a worker thread (see index.ts),
 * so that it overlaps with the other plugins' postBuild work.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {buildIndex, type BuiltIndex} from '../../search/buildIndex';
import {pageRecords} from './records';
import type {HtmlSource} from './sources';

export interface IndexJob {
  outDir: string;
  sources: HtmlSource[];
}

export default function writeSearchIndex({outDir, sources}: IndexJob): BuiltIndex['stats'] {
  const {files, stats} = buildIndex(pageRecords(outDir, sources));
  for (const file of files) {
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), {recursive: true});
    writeFileSync(target, file.content);
  }
  return stats;
}
