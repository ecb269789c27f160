import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import handler from 'serve-handler';
import {parseHeadersFile} from '../../src/plugins/security/headers';

export interface StaticServer {
  /** e.g. `http://127.0.0.1:43123` */
  origin: string;
  /** With `basePath`: every request for an address outside it (answered with 404). */
  outside: string[];
  close(): Promise<void>;
}

/**
 * Serves the built site on 127.0.0.1 with a free port, the way
 * `docusaurus serve` does (clean URLs, 404.html), inside this process so that
 * no child server outlives the tests.
 */
export async function startStaticServer(root: string, options: {basePath?: string} = {}): Promise<StaticServer> {
  // A site built with BASE_URL lives below that path, as on a GitHub Pages project site; nothing else exists.
  const base = options.basePath ?? '/';
  const outside: string[] = [];
  // The security headers the build writes for hosting (_headers) apply here too, so every browser test runs
  // under the site's Content Security Policy.
  const headersFile = join(root, '_headers');
  const headers = existsSync(headersFile)
    ? parseHeadersFile(readFileSync(headersFile, 'utf8')).map((rule) => ({source: rule.source.slice(base.length).replace(/\*$/, '**'), headers: rule.headers}))
    : [];
  const server: Server = createServer((request, response) => {
    if (base !== '/') {
      const url = request.url ?? '/';
      if (!url.startsWith(base) && url !== base.slice(0, -1)) {
        outside.push(url);
        response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Nicht unter dem Basispfad');
        return;
      }
      request.url = `/${url.slice(base.length)}`;
    }
    void handler(request, response, {
      public: root,
      cleanUrls: true,
      trailingSlash: false,
      directoryListing: false,
      headers,
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    outside,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
