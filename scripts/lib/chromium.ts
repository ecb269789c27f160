import {accessSync, constants} from 'node:fs';

/** Debian's Chromium; the browser tests never download a browser of their own. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The command a person runs to get Chromium on Debian. */
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

/**
 * Flags for Chromium on these machines: it runs as root (no sandbox) and must
 * not reach out to the internet on its own (background networking, updates, sync).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `CHROMIUM_PATH` if set, otherwise Debian's path. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
