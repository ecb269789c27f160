import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import handler from 'serve-handler';
import {parseHeadersFile} from '../../src/plugins/security/headers';

export interface StaticServer {
  /** e.g. `http://127.0.0.1:43123` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built site on 127.0.0.1 with a free port, the way
 * `docusaurus serve` does (clean URLs, 404.html), inside this process so that
 * no child server outlives the tests.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  // The security headers the build writes for hosting (_headers) apply here too, so every browser test runs
  // under the site's Content Security Policy.
  const headersFile = join(root, '_headers');
  const headers = existsSync(headersFile)
    ? parseHeadersFile(readFileSync(headersFile, 'utf8')).map((rule) => ({source: rule.source.replace(/^\//, '').replace(/\*$/, '**'), headers: rule.headers}))
    : [];
  const server: Server = createServer((request, response) => {
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
