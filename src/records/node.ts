import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { RecordsHandler } from './handler.js';

/**
 * The handler for Node's `http` (and Express, Connect, Vite's dev server): the request becomes a
 * Fetch `Request`, its socket's address goes to the rate limit only, the `Response` is written back.
 */
export function toNodeListener(handler: RecordsHandler, options: { origin?: string } = {}) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      const origin = options.origin ?? `http://${request.headers.host ?? 'localhost'}`;
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      }
      const method = request.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const fetchRequest = new Request(new URL(request.url ?? '/', origin), {
        method,
        headers,
        ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
      } as RequestInit);
      const answer = await handler(fetchRequest, request.socket.remoteAddress ? { clientAddress: request.socket.remoteAddress } : {});
      response.statusCode = answer.status;
      answer.headers.forEach((value, name) => response.setHeader(name, value));
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      console.error('[cookie-consent] records endpoint:', error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    }
  };
}
