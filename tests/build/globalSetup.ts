/**
 * Builds the fixture site (tests/build/fixture/site.ts) once for every file of
 * the build project that only reads a built site, and starts the stand-in
 * third party that one of its pages embeds. Each file serves the build itself
 * (useFixtureBuild).
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {TestProject} from 'vitest/node';
import {buildSite, copySite, removeAll} from '../../scripts/lib/siteCopy';
import {FIXTURE_ENV, prepareFixtureSite} from './fixture/site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the fixture site; its build is in `build/` when `fixtureStatus` is 0. */
    fixtureDir: string;
    fixtureStatus: number | null;
    /** What the build printed (the end of it on failure). */
    fixtureOutput: string;
    /** The stand-in third party on 127.0.0.1; `GET /__anfragen` lists the requests it had, as JSON. */
    providerOrigin: string;
    /** Title of each of the fixture's generated practices (catalogueScale.test.ts), by slug. */
    scaleTitles: Record<string, string>;
  }
}

export const PROVIDER_LOG = '/__anfragen';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const requests: string[] = [];
  const provider = createServer((request, response) => {
    if (request.url === PROVIDER_LOG) {
      response.writeHead(200, {'content-type': 'application/json'});
      response.end(JSON.stringify(requests));
      return;
    }
    requests.push(request.url ?? '');
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
    response.end('<!doctype html><html lang="de"><title>Karte</title><p>Die eingebettete Karte</p></html>');
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  const providerOrigin = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  const dir = copySite({prefix: 'wissensplattform-fixture-'});
  const {scaleTitles} = await prepareFixtureSite(dir, {providerOrigin});
  const build = await buildSite(dir, FIXTURE_ENV);
  project.provide('fixtureDir', dir);
  project.provide('fixtureStatus', build.status);
  project.provide('fixtureOutput', build.output.slice(-4000));
  project.provide('providerOrigin', providerOrigin);
  project.provide('scaleTitles', scaleTitles);
  return async () => {
    await new Promise((resolve) => provider.close(resolve));
    removeAll([dir]);
  };
}
