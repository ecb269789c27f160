/**
 * Temporary copies of the site for tests and the bench: the files a build
 * needs, node_modules shared by a symlink, so a test can add a mistake or a
 * generated corpus without touching the repository's own content.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'docs', 'blog', 'src', 'static', 'i18n'];

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

/** `docusaurus build` in `dir`; exit status and all output. */
export function buildSite(dir: string, env: NodeJS.ProcessEnv = {}): {status: number | null; output: string} {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env},
  });
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

export function removeAll(dirs: string[]): void {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
}
