/**
 * Preflight for `npm test`: the browser tests need Debian's Chromium.
 * Found → done. Missing and running as root → install it with apt-get.
 * Missing otherwise → stop at once with the exact command to run.
 */
import {spawnSync} from 'node:child_process';
import {chromiumPath, INSTALL_COMMAND, isExecutable} from './lib/chromium';

function installWithApt(): boolean {
  console.log('Chromium fehlt; installiere das Debian-Paket »chromium« mit apt-get …');
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, {stdio: 'inherit', env});
    if (result.status !== 0) return false;
  }
  return true;
}

function main(): number {
  const path = chromiumPath();
  if (isExecutable(path)) return 0;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = isExecutable('/usr/bin/apt-get');
  if (isRoot && hasApt && path === chromiumPath({}) && installWithApt() && isExecutable(path)) {
    return 0;
  }

  console.error(
    [
      `Chromium wurde unter ${path} nicht gefunden; die Browsertests brauchen es.`,
      'Installieren Sie es mit:',
      '',
      `  ${INSTALL_COMMAND}`,
      '',
      'oder setzen Sie CHROMIUM_PATH auf eine vorhandene Chromium-Datei. Danach: npm test',
    ].join('\n'),
  );
  return 1;
}

process.exitCode = main();
