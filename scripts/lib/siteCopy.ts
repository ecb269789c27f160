/**
 * Temporary copies of the site for tests and the bench: the files a build
 * needs, node_modules shared by a symlink, so a test can add a mistake or a
 * generated corpus without touching the repository's own content.
 */
import {spawn} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'docs', 'blog', 'termine', 'src', 'static', 'i18n'];

export function linkNodeModules(siteDir: string): void {
  symlinkSync(join(ROOT, 'node_modules'), join(siteDir, 'node_modules'), 'dir');
}

/** Copies the site into `target` (or a new temporary folder) and returns the folder. */
export function copySite(options: {prefix?: string; target?: string} = {}): string {
  const dir = options.target ?? mkdtempSync(join(tmpdir(), options.prefix ?? 'wissensplattform-site-'));
  for (const entry of SITE_FILES) cpSync(join(ROOT, entry), join(dir, entry), {recursive: true});
  linkNodeModules(dir);
  return dir;
}

export function writeSiteFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true});
    writeFileSync(join(dir, path), content);
  }
}

/**
 * `docusaurus build` in `dir`; exit status and all output. Asynchronous: a
 * build can take minutes on a busy machine, and a test worker blocked that
 * long misses its test runner's messages (vitest: »Timeout calling onTaskUpdate«).
 */
export function buildSite(dir: string, env: NodeJS.ProcessEnv = {}): Promise<{status: number | null; output: string}> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
      cwd: dir,
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env},
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (status) => done({status, output: `${Buffer.concat(out).toString('utf8')}\n${Buffer.concat(err).toString('utf8')}`}));
  });
}

export function removeAll(dirs: string[]): void {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
}
