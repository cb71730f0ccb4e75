import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves the built demo on loopback, as any static server would. A request for the page with
 * `?csp=<nonce>` gets a strict Content-Security-Policy header, the nonce on its inline script and
 * a `<meta name="csp-nonce">` for the app: what a server with per-request nonces does.
 */
export type DemoServerOptions = {
  /** The records endpoint, answered at /api/consent (demo/records.ts). */
  records?: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  /** A port to listen on: a test that stops the server starts it again on the same one. @default a free port */
  port?: number;
};

export async function serveDemo(root: string, options: DemoServerOptions = {}): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (options.records && /\/api\/consent$/.test(url.pathname)) return options.records(request, response);
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      let body: Buffer | string = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      const nonce = url.searchParams.get('csp');
      if (extname(file) === '.html' && nonce && /^[A-Za-z0-9+/=_-]+$/.test(nonce)) {
        headers['content-security-policy'] = `script-src 'self' 'nonce-${nonce}'; object-src 'none'; base-uri 'none'`;
        body = body
          .toString('utf8')
          .replace('<script>', () => `<script nonce="${nonce}">`)
          .replace('<head>', () => `<head>\n    <meta name="csp-nonce" content="${nonce}">`);
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        // Keep-alive connections would hold a stopped server open: a stopped server answers nothing.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
