/** Measurements on a build: wall time, peak memory of the process tree, output sizes. */
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

export interface BuildFigures {
  ok: boolean;
  seconds: number;
  /** Peak resident memory of the build's whole process tree, bytes. */
  peakRss: number;
  /** Last lines of the output when the build failed. */
  error?: string;
  /** The end of the build's output (not stored in the results). */
  log?: string;
}

/** Resident memory of a process and all its descendants, from /proc. */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state ppid …; rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `docusaurus build` in `siteDir`, cold (no persistent cache), sampling memory. */
/** `docusaurus build` in `siteDir` (with `config`, a config file there, when given): time, peak memory, log. */
export function measureBuild(siteDir: string, env: NodeJS.ProcessEnv = {}, config?: string): Promise<BuildFigures> {
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', ...(config ? ['--config', config] : [])], {
      cwd: siteDir,
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', NO_COLOR: '1', ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk: Buffer): void => {
      tail = (tail + chunk.toString()).slice(-20000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakRss = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 500);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const lines = tail.trim().split('\n').filter((line) => !/^\s+at /.test(line));
      resolvePromise({ok: code === 0, seconds, peakRss, log: tail, ...(code === 0 ? {} : {error: lines.slice(-12).join('\n')})});
    });
  });
}

/** Total bytes of all files under `dir`. */
export function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : statSync(path).size;
  }
  return total;
}

/**
 * The JavaScript a first visit to a built page loads, from the HTML: the
 * `<script src>` files and the chunks it preloads. Raw and gzip bytes.
 */
export function pageScripts(buildDir: string, htmlFile: string, basePath = '/'): {files: string[]; raw: number; gzip: number} {
  const html = readFileSync(join(buildDir, htmlFile), 'utf8');
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)) sources.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel=["']?(?:preload|modulepreload)["']?[^>]*>/g)) {
    const href = /href=["']?([^"' >]+)/.exec(match[0]);
    if (href && /\.js$/.test(href[1]!)) sources.add(href[1]!);
  }
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    if (!source.startsWith(basePath)) throw new Error(`${htmlFile}: Skript ${source} liegt nicht unter ${basePath}`);
    const content = readFileSync(join(buildDir, source.slice(basePath.length)));
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return {files: [...sources], raw, gzip};
}

export function fileSize(path: string): number {
  return statSync(path).size;
}
