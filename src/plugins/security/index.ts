/**
 * After the build: hashes the inline scripts of the built pages and writes the
 * security headers as `_headers` and `nginx-security-headers.conf` into the
 * output (see headers.ts). Runs after the page steps (../buildSteps.ts): the
 * catalogue and news remove their shells and write thousands of pages.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import type {WithBuildStep} from '../buildSteps';
import {contentSecurityPolicy, embedOrigins, headersFile, inlineScripts, nginxSnippet, scriptHash, securityHeaders} from './headers';
import * as z from 'zod';
import {validatedOptions} from '../options';
import {withoutBase} from '../../fragmentPages/fragment';

export const HEADERS_FILE = '_headers';
export const NGINX_FILE = 'nginx-security-headers.conf';

function htmlFileOf(outDir: string, route: string): string | undefined {
  const path = route.replace(/^\/|\/$/g, '');
  for (const candidate of [path === '' ? 'index.html' : `${path}.html`, join(path, 'index.html')]) {
    const file = join(outDir, candidate);
    if (existsSync(file)) return file;
  }
  return undefined;
}

export interface SecurityOptions {
  /** Origins besides the site the browser may contact (the Algolia hosts when the site searches there). */
  connectOrigins?: string[];
}

const OPTIONS = z
  .object({
    connectOrigins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'Erwartet wird ein Ursprung wie https://suche.example.org (ohne Pfad).')).default([]),
  })
  .strict();

export function validateOptions({options}: OptionValidationContext<SecurityOptions | undefined, Required<SecurityOptions> & {id: string}>): Required<SecurityOptions> & {id: string} {
  return validatedOptions('wissensplattform-security', OPTIONS, options);
}

export default function securityPlugin(context: LoadContext, options: Required<SecurityOptions>): WithBuildStep<Plugin<void>> {
  const {baseUrl} = context;
  return {
    name: 'wissensplattform-security',
    buildStep: {step: 'security headers', run: ({outDir, routesPaths}) => writeHeaders(outDir, routesPaths)},
  };

  function writeHeaders(outDir: string, routesPaths: string[]): void {
    const hashes = new Set<string>();
    const frames = new Set<string>();
    for (const route of routesPaths) {
      // Routes carry the base URL; the files in the output do not.
      const file = htmlFileOf(outDir, withoutBase(route, baseUrl));
      if (!file) continue;
      const html = readFileSync(file, 'utf8');
      for (const script of inlineScripts(html)) hashes.add(scriptHash(script));
      for (const origin of embedOrigins(html)) frames.add(origin);
    }
    const headers = securityHeaders(contentSecurityPolicy(hashes, options.connectOrigins, frames));
    writeFileSync(join(outDir, HEADERS_FILE), headersFile(headers, baseUrl));
    writeFileSync(join(outDir, NGINX_FILE), nginxSnippet(headers));
  }
}
