import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import handler from 'serve-handler';

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
  const server: Server = createServer((request, response) => {
    void handler(request, response, {
      public: root,
      cleanUrls: true,
      trailingSlash: false,
      directoryListing: false,
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
