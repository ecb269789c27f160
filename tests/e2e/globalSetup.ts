import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import type {TestProject} from 'vitest/node';
import {startStaticServer} from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site under test, on 127.0.0.1. */
    origin: string;
    /** Folder of the built site. */
    buildDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const buildDir = resolve(__dirname, '../../build');
  if (!existsSync(resolve(buildDir, 'index.html'))) {
    throw new Error(
      `Kein gebautes Site-Verzeichnis unter ${buildDir}. Die Browsertests prüfen die gebaute Site: erst »npm run build«, dann »npm run test:e2e« (oder einfach »npm test«).`,
    );
  }
  const server = await startStaticServer(buildDir);
  project.provide('origin', server.origin);
  project.provide('buildDir', buildDir);
  return () => server.close();
}
