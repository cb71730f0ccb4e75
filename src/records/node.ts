import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { RecordsHandler } from './handler.js';

/** How long a connection keeps reading (and dropping) a refused body after the answer, so that the client reads it. */
const LINGER_MS = 2000;

/**
 * The request's body as a web stream that the handler may stop reading without tearing down the
 * connection: `Readable.toWeb` would destroy the socket on cancel, and the client would get a reset
 * instead of the 413 or 408 that says why.
 */
function bodyOf(request: IncomingMessage): ReadableStream<Uint8Array> {
  let stopped = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      request.on('data', (chunk: Buffer) => {
        if (stopped) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) request.pause();
      });
      request.on('end', () => {
        if (!stopped) controller.close();
      });
      request.on('error', (error) => {
        if (!stopped) controller.error(error);
      });
    },
    pull() {
      request.resume();
    },
    cancel() {
      stopped = true;
      // What the client still sends is read and dropped, until the connection closes.
      request.resume();
    },
  });
}

/**
 * Closes the connection in stages once the answer is sent (RFC 9112 §9.6): first our side, then,
 * after the client has had time to read the answer, the rest. Closing at once while the client is
 * still sending makes the system reset the connection, and the client may lose the answer.
 */
function closeInStages(socket: Socket): void {
  socket.destroySoon = function lingeringClose(this: Socket) {
    if (this.writable) this.end();
    this.resume();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once('close', () => clearTimeout(timer));
  };
}

/**
 * The handler for Node's `http` (and Express, Connect, Vite's dev server): the request becomes a
 * Fetch `Request`, its socket's address goes to the rate limit only, the `Response` is written back.
 *
 * `origin` is the site's own origin (`https://www.example.com`) for the request's URL, and so for
 * telling a same-origin post from another site's; by default the `Host` header's, over http.
 * A body the handler refused before reading it all (too large, too slow) closes the connection.
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
        ...(hasBody ? { body: bodyOf(request), duplex: 'half' } : {}),
      } as RequestInit);
      const answer = await handler(fetchRequest, request.socket.remoteAddress ? { clientAddress: request.socket.remoteAddress } : {});
      response.statusCode = answer.status;
      answer.headers.forEach((value, name) => response.setHeader(name, value));
      if (hasBody && !request.complete) {
        response.setHeader('connection', 'close');
        closeInStages(request.socket);
      }
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      console.error('[cookie-consent] records endpoint:', error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    }
  };
}
