/**
 * Preflight for `npm test`: the HTML check (W3C Nu Html Checker, npm vnu-jar)
 * needs Java 11 or newer. Found → done. Missing and running as root → install
 * Debian's default-jre-headless with apt-get. Missing otherwise → stop at once
 * with the exact command to run.
 */
import {spawnSync} from 'node:child_process';

const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y --no-install-recommends default-jre-headless';
const hasJava = (): boolean => spawnSync('java', ['-version'], {stdio: 'ignore'}).status === 0;

function main(): number {
  if (hasJava()) return 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && spawnSync('apt-get', ['--version'], {stdio: 'ignore'}).status === 0) {
    console.log('Java fehlt; installiere das Debian-Paket »default-jre-headless« mit apt-get …');
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'default-jre-headless']]) {
      if (spawnSync('apt-get', args, {stdio: 'inherit', env}).status !== 0) break;
    }
    if (hasJava()) return 0;
  }
  console.error(['Java wurde nicht gefunden; die HTML-Prüfung (W3C Nu Html Checker) braucht es.', 'Installieren Sie es mit:', '', `  ${INSTALL_COMMAND}`, '', 'Danach: npm test'].join('\n'));
  return 1;
}

process.exitCode = main();
