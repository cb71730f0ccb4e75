// @vitest-environment node
// The records endpoint on Node's http, as the README mounts it: a slow client is bounded, and a
// client whose body is refused reads why before the connection closes.
import { request as httpRequest, createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineConsentConfig } from '@weroom/cookie-consent/server';
import { createRecordsHandler, createSqlRecordStore, type RecordStore } from '@weroom/cookie-consent/records';
import { toNodeListener } from '@weroom/cookie-consent/records/node';

const config = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} } });
const BODY_TIMEOUT_MS = 1000;
let store: RecordStore;
let server: Server;
let port: number;

beforeAll(async () => {
  const db = new PGlite();
  store = await createSqlRecordStore({ query: async (sql, params = []) => ({ rows: (await db.query(sql, params)).rows as never[] }), close: () => db.close() });
  server = createServer(toNodeListener(createRecordsHandler({ config, store, bodyTimeoutMs: BODY_TIMEOUT_MS, rateLimit: 10_000 })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
}, 30_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

let counter = 0;
function aRecord(): string {
  counter += 1;
  return JSON.stringify({
    recordId: `node${String(counter).padStart(12, '0')}`,
    consentId: 'q1W2e3R4t5Y6u7I8',
    decidedAt: new Date(Date.now() - 1000).toISOString(),
    revision: '1',
    shownHash: 'fnv1a64:0123456789abcdef',
    locale: 'en',
    choices: { features: true, performance: false, advertising: false },
    method: 'reject-all',
    surface: 'banner',
    gpc: false,
    jurisdiction: null,
    regime: 'opt-in',
  });
}

/** A raw HTTP/1.1 exchange: what the server sent back, and when, for a body sent one byte at a time. */
function trickle(body: string, everyMs: number): Promise<{ text: string; afterMs: number; closed: boolean }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < body.length && socket.writable) socket.write(body[sent++]!);
    }, everyMs);
    socket.on('connect', () => socket.write(`POST /api/consent HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`));
    socket.on('data', (chunk) => (text += String(chunk)));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ text, afterMs: Date.now() - started, closed: true });
    });
  });
}

/** Posts a body of `size` bytes as fast as the connection takes it; resolves with the status and body read, or the error. */
function postLarge(size: number, chunked: boolean): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/consent',
      headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': String(size) }) },
    });
    request.on('response', (response) => {
      let body = '';
      response.on('data', (chunk) => (body += String(chunk)));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', (error) => resolve({ error: error.message }));
    });
    request.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    const chunk = Buffer.alloc(16_384, 'x');
    let written = 0;
    const pump = () => {
      while (written < size) {
        written += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end();
    };
    pump();
  });
}

describe('the records endpoint on Node http', () => {
  it('answers a body that trickles in with 408 and its JSON reason within the bound, and closes, while other clients are served (REC-5)', async () => {
    const slow = trickle(aRecord(), 200);
    // Another visitor, meanwhile: answered at once.
    const quick = await fetch(`http://127.0.0.1:${port}/api/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: aRecord() });
    expect(quick.status).toBe(201);
    const answer = await slow;
    expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.text.toLowerCase()).toContain('connection: close');
    expect(answer.text).toContain('"error":"too-slow"');
    expect(answer.closed).toBe(true);
    expect(answer.afterMs).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS);
    expect(answer.afterMs).toBeLessThan(BODY_TIMEOUT_MS + 3000);
    expect(await store.count()).toBe(1);
  }, 30_000);

  it('lets a client still sending an oversized body read the 413 before the connection closes, every time', async () => {
    const answers = [];
    for (let run = 0; run < 12; run++) answers.push(await postLarge(1_048_576, run % 2 === 1));
    expect(answers).toEqual(Array(12).fill({ status: 413, body: expect.stringContaining('"error":"too-large"') }));
  }, 60_000);
});
