// @vitest-environment node
// The records endpoint on a real database, the embedded store and a Postgres server alike
// (REC-3, REC-5, REC-6). One file, so that the tests never share the Postgres schema at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defineConsentConfig } from '@weroom/cookie-consent/server';
import {
  accountConsent,
  createRecordsHandler,
  exportRecords,
  exportShownTexts,
  purgeRecords,
  type RecordStore,
  type RecordsHandlerOptions,
  type SqlClient,
} from '@weroom/cookie-consent/records';
import { hashShownPolicy, shownTexts } from '../../src/core/consent-record';
import { resolveConfig } from '../../src/core/config';
import { resolveFirstLayer } from '../../src/core/texts';
import fr from '@weroom/cookie-consent/locales/fr';
import { weroomConfig } from '../helpers';
import { POSTGRES_URL, databases } from './support';

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);
const config = defineConsentConfig({ ...weroomConfig });
const resolved = resolveConfig(config);
// The French banner as the browser hashes it (the first layer under opt-in).
const frenchHash = hashShownPolicy(resolved, shownTexts(resolveFirstLayer(fr.texts, resolved.categoryIds, resolved.texts, 'fr'), 'opt-in', false));
const SITE = 'https://weroom.example';

let counter = 0;
/** A record as the browser sends it, with a fresh record id. */
function aRecord(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    recordId: `rec${String(counter).padStart(13, '0')}`,
    consentId: 'q1W2e3R4t5Y6u7I8',
    decidedAt: new Date(NOW - 60_000).toISOString(),
    revision: '1',
    shownHash: frenchHash,
    locale: 'fr',
    choices: { features: true, performance: true, advertising: false },
    method: 'custom',
    surface: 'banner',
    gpc: false,
    jurisdiction: 'FR',
    regime: 'opt-in',
    ...overrides,
  };
}

function post(body: unknown, init: { headers?: Record<string, string>; raw?: string } = {}) {
  return new Request(`${SITE}/api/consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE, ...init.headers },
    body: init.raw ?? JSON.stringify(body),
  });
}

describe.each(databases)('the records endpoint on $name', (database) => {
  // Needs a Postgres server: `.ci/run` starts one and sets CONSENT_TEST_POSTGRES_URL; without it,
  // only the embedded store is tested here.
  const skip = database.name.includes('Postgres') && !POSTGRES_URL;
  let store: RecordStore;
  let sql: SqlClient;
  let wipe: () => Promise<void>;
  const handlerWith = (options: Partial<RecordsHandlerOptions> = {}) => createRecordsHandler({ config, store, now: () => NOW, ...options });

  beforeAll(async () => {
    if (skip) return;
    ({ store, sql, wipe } = await database.open());
  }, 30_000);
  afterAll(async () => {
    if (!skip) await store.close();
  });
  beforeEach(async () => {
    if (!skip) await wipe();
  });

  describe.skipIf(skip)('', () => {
    it('stores a record with the exact texts behind its hash, and gives it back to its person (REC-3, REC-5)', async () => {
      const handler = handlerWith();
      const record = aRecord();
      const response = await handler(post(record));
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ ok: true, stored: true, recordId: record.recordId, textsKnown: true, regimeMatches: true });
      const shown = await store.texts(frenchHash);
      expect(shown).toMatchObject({ revision: '1', locale: 'fr', texts: { banner: { title: fr.texts.banner.title } } });
      const history = await handler(new Request(`${SITE}/api/consent?consentId=${record.consentId}`));
      const body = (await history.json()) as { records: Record<string, unknown>[] };
      expect(body.records).toEqual([expect.objectContaining({ recordId: record.recordId, choices: record.choices, method: 'custom', textsKnown: true })]);
      expect(body.records[0]).not.toHaveProperty('subjectHash');
    });

    it('stores a record sent three times once (REC-3)', async () => {
      const handler = handlerWith();
      const record = aRecord();
      const statuses = [];
      for (let attempt = 0; attempt < 3; attempt++) statuses.push((await handler(post(record))).status);
      expect(statuses).toEqual([201, 200, 200]);
      expect(await store.count()).toBe(1);
    });

    it('keeps and flags a record whose hash matches no known texts', async () => {
      const handler = handlerWith();
      const response = await handler(post(aRecord({ shownHash: 'fnv1a64:0123456789abcdef' })));
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ textsKnown: false });
      expect(await store.texts('fnv1a64:0123456789abcdef')).toBeNull();
      expect((await store.history('q1W2e3R4t5Y6u7I8'))[0]).toMatchObject({ textsKnown: false });
    });

    it('keeps and flags a record whose regime the table would no longer give its place, and one in a language the site no longer ships', async () => {
      // The site has since moved California from opt-out to opt-in, and dropped Polish.
      const handler = handlerWith({ config: defineConsentConfig({ ...weroomConfig, jurisdictions: { regimes: { 'US-CA': 'opt-in' } } }) });
      const travelled = await handler(post(aRecord({ jurisdiction: 'US-CA', regime: 'opt-out', method: 'acknowledge' })));
      expect(travelled.status).toBe(201);
      expect(await travelled.json()).toMatchObject({ stored: true, regimeMatches: false });
      const polish = await handler(post(aRecord({ locale: 'pl' })));
      expect(polish.status).toBe(201);
      expect(await polish.json()).toMatchObject({ stored: true, textsKnown: false, regimeMatches: true });
      const kept = await store.history('q1W2e3R4t5Y6u7I8');
      expect(kept.map((record) => [record.regime, record.regimeMatches, record.locale, record.textsKnown])).toEqual([
        ['opt-out', false, 'fr', false],
        ['opt-in', true, 'pl', false],
      ]);
    });

    it('refuses "Accept all" with Global Privacy Control that grants a category the signal holds off, which the library never sends', async () => {
      const handler = handlerWith();
      const forged = await handler(post(aRecord({ method: 'accept-all', gpc: true, choices: { features: true, performance: true, advertising: true } })));
      expect(forged.status).toBe(422);
      expect(await forged.json()).toMatchObject({ ok: false, error: 'gpc-granted' });
      // As the library sends it: advertising held off.
      const honest = await handler(post(aRecord({ method: 'accept-all', gpc: true, choices: { features: true, performance: true, advertising: false } })));
      expect(honest.status).toBe(201);
      // Without the signal, or chosen one by one, it is a plain record.
      expect((await handler(post(aRecord({ method: 'accept-all', choices: { features: true, performance: true, advertising: true } })))).status).toBe(201);
      expect(await store.count()).toBe(2);
    });

    it('answers 408 when a body does not arrive within the bound, and stores nothing', async () => {
      const handler = handlerWith({ bodyTimeoutMs: 300 });
      const body = new TextEncoder().encode(JSON.stringify(aRecord()));
      // Half the body, then nothing: a client that stalls.
      const stalled = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(body.slice(0, 40)) });
      const started = Date.now();
      const response = await handler(new Request(`${SITE}/api/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: SITE }, body: stalled, duplex: 'half' } as RequestInit));
      expect(response.status).toBe(408);
      expect(await response.json()).toMatchObject({ ok: false, error: 'too-slow' });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await store.count()).toBe(0);
    });

    it('exports the texts behind the hashes of a period beside its records', async () => {
      const handler = handlerWith();
      await handler(post(aRecord()));
      await handler(post(aRecord({ shownHash: 'fnv1a64:0123456789abcdef' })));
      const lines: string[] = [];
      for await (const line of exportShownTexts(store, { from: new Date(NOW - 86_400_000), to: new Date(NOW) })) lines.push(line);
      expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([expect.objectContaining({ shownHash: frenchHash, locale: 'fr', texts: expect.objectContaining({ banner: expect.any(Object) }) })]);
      const none: string[] = [];
      for await (const line of exportShownTexts(store, { from: new Date(NOW - 10 * 86_400_000), to: new Date(NOW - 5 * 86_400_000) })) none.push(line);
      expect(none).toEqual([]);
    });

    const far = (days: number) => new Date(NOW + days * 86_400_000).toISOString();
    it.each([
      ['a body over 4 KB', { raw: JSON.stringify({ ...aRecord(), padding: 'x'.repeat(5000) }) }, 413, 'too-large'],
      ['a wrong content type', { headers: { 'content-type': 'text/plain' } }, 415, 'content-type'],
      ['malformed JSON', { raw: '{"recordId": ' }, 400, 'bad-json'],
      ['not an object', { raw: '[1, 2, 3]' }, 400, 'not-a-record'],
      ['an unknown field', { body: { ...aRecord(), ip: '203.0.113.7' } }, 400, 'unknown-field'],
      ['a missing field', { body: (({ gpc: _gpc, ...rest }) => rest)(aRecord()) }, 400, 'missing-field'],
      ['a category the config does not have', { body: aRecord({ choices: { features: true, performance: true, advertising: false, social: true } }) }, 422, 'unknown-category'],
      ['a required category denied', { body: aRecord({ choices: { features: false, performance: true, advertising: false } }) }, 422, 'required-denied'],
      ['an unknown revision', { body: aRecord({ revision: '7' }) }, 422, 'unknown-revision'],
      ['a time two days ahead', { body: aRecord({ decidedAt: far(2) }) }, 422, 'time-out-of-range'],
      ['a time forty days ago', { body: aRecord({ decidedAt: far(-40) }) }, 422, 'time-out-of-range'],
      ['a time that is not ISO UTC', { body: aRecord({ decidedAt: 'yesterday' }) }, 400, 'bad-time'],
      ['a forged consent id shape', { body: aRecord({ consentId: '../../etc/passwd' }) }, 400, 'bad-consent-id'],
      ['SQL in the consent id', { body: aRecord({ consentId: "x'; DROP TABLE consent_records; --" }) }, 400, 'bad-consent-id'],
      ['SQL in the locale', { body: aRecord({ locale: "fr'); DELETE FROM consent_records; --" }) }, 400, 'bad-locale'],
      ['SQL in a category id', { body: aRecord({ choices: { features: true, "performance' OR '1'='1": true } }) }, 422, 'unknown-category'],
      ['SQL in the hash', { body: aRecord({ shownHash: "fnv1a64:' OR 1=1 --" }) }, 400, 'bad-hash'],
      ['a choice that is not a boolean', { body: aRecord({ choices: { features: true, performance: 'yes', advertising: false } }) }, 400, 'bad-choices'],
      ['an unknown method', { body: aRecord({ method: 'forced' }) }, 400, 'bad-method'],
      ['a forged jurisdiction', { body: aRecord({ jurisdiction: 'France' }) }, 400, 'bad-jurisdiction'],
      ['a post from another site', { headers: { origin: 'https://evil.example' } }, 403, 'origin'],
      ['a cross-site post without an origin', { headers: { origin: '', 'sec-fetch-site': 'cross-site' } }, 403, 'origin'],
    ] as const)('refuses %s with a clear 4xx and a JSON reason, and stores nothing (REC-5)', async (_, input, status, error) => {
      const handler = handlerWith();
      const options = input as { body?: unknown; raw?: string; headers?: Record<string, string> };
      const headers = { ...options.headers };
      if (headers.origin === '') delete (headers as Record<string, string>).origin;
      const request = options.headers && 'origin' in options.headers && options.headers.origin === ''
        ? new Request(`${SITE}/api/consent`, { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body: JSON.stringify(aRecord()) })
        : post(options.body ?? aRecord(), { headers, ...(options.raw ? { raw: options.raw } : {}) });
      const response = await handler(request);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { ok: boolean; error: string; reason: string };
      expect(body).toMatchObject({ ok: false, error });
      expect(body.reason.length).toBeGreaterThan(10);
      expect(await store.count()).toBe(0);
      // The tables are all still there.
      expect((await sql.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('consent_records', 'consent_texts')")).rows[0]).toMatchObject({ n: expect.anything() });
      expect(Number((await sql.query<{ n: string }>("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('consent_records', 'consent_texts')")).rows[0]!.n)).toBe(2);
    });

    it('refuses a body over 4 KB sent without a length, as it streams', async () => {
      const handler = handlerWith();
      const big = new TextEncoder().encode(JSON.stringify({ ...aRecord(), padding: 'x'.repeat(8000) }));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < big.length; at += 1000) controller.enqueue(big.slice(at, at + 1000));
          controller.close();
        },
      });
      const request = new Request(`${SITE}/api/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: SITE }, body: stream, duplex: 'half' } as RequestInit);
      expect((await handler(request)).status).toBe(413);
      expect(await store.count()).toBe(0);
    });

    it('takes posts from an origin the site allows, with CORS, and answers its preflight', async () => {
      const handler = handlerWith({ allowedOrigins: ['https://shop.weroom.example'] });
      const preflight = await handler(new Request(`${SITE}/api/consent`, { method: 'OPTIONS', headers: { origin: 'https://shop.weroom.example' } }));
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.weroom.example');
      const response = await handler(post(aRecord(), { headers: { origin: 'https://shop.weroom.example' } }));
      expect(response.status).toBe(201);
      expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.weroom.example');
    });

    it('takes a post from the host the browser asked for, behind a proxy that rewrites the URL', async () => {
      const handler = handlerWith();
      const proxied = (origin: string) =>
        new Request('http://10.0.0.5:3000/api/consent', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, 'x-forwarded-host': 'weroom.example' },
          body: JSON.stringify(aRecord()),
        });
      expect((await handler(proxied('https://weroom.example'))).status).toBe(201);
      expect((await handler(proxied('https://weroom.example.evil.test'))).status).toBe(403);
    });

    it('answers a flood from one client with 429 and stores only what came within the limit', async () => {
      const handler = handlerWith({ rateLimit: 5 });
      const statuses = [];
      for (let index = 0; index < 8; index++) statuses.push((await handler(post(aRecord()), { clientAddress: '203.0.113.7' })).status);
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
      expect((await handler(post(aRecord()), { clientAddress: '198.51.100.2' })).status).toBe(201);
      expect(await store.count()).toBe(6);
      const flooded = await handler(post(aRecord()), { clientAddress: '203.0.113.7' });
      expect(Number(flooded.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('keeps no IP address, and refuses to change a stored record (append-only)', async () => {
      const handler = handlerWith();
      await handler(post(aRecord(), { headers: { 'x-forwarded-for': '203.0.113.7' } }), { clientAddress: '198.51.100.23' });
      const { rows } = await sql.query<{ row: unknown }>('SELECT row_to_json(r) AS row FROM consent_records r');
      expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113\.7|198\.51\.100\.23/);
      await expect(sql.query("UPDATE consent_records SET method = 'accept-all'")).rejects.toThrow(/append-only/);
    });

    it('refuses other methods and a history read without a well-formed id', async () => {
      const handler = handlerWith();
      expect((await handler(new Request(`${SITE}/api/consent`, { method: 'DELETE', headers: { origin: SITE } }))).status).toBe(405);
      expect((await handler(new Request(`${SITE}/api/consent?consentId=' OR 1=1 --`))).status).toBe(400);
      expect((await handler(new Request(`${SITE}/api/consent`))).status).toBe(400);
    });

    it('exports the records of a period as JSON Lines and as CSV, oldest first', async () => {
      const handler = handlerWith();
      const days = [-10, -3, -2, -1];
      for (const day of days) expect((await handler(post(aRecord({ decidedAt: new Date(NOW + day * 86_400_000).toISOString() })))).status).toBe(201);
      const from = new Date(NOW - 3.5 * 86_400_000);
      const to = new Date(NOW - 1.5 * 86_400_000);
      const lines: string[] = [];
      for await (const line of exportRecords(store, { from, to })) lines.push(line);
      expect(lines).toHaveLength(2);
      const parsed = lines.map((line) => JSON.parse(line) as { decidedAt: string });
      expect(parsed.map((record) => record.decidedAt)).toEqual([new Date(NOW - 3 * 86_400_000).toISOString(), new Date(NOW - 2 * 86_400_000).toISOString()]);
      let csv = '';
      for await (const line of exportRecords(store, { from, to, format: 'csv' })) csv += line;
      const rows = csv.trim().split('\n');
      expect(rows[0]).toBe('recordId,consentId,decidedAt,receivedAt,revision,shownHash,textsKnown,regimeMatches,locale,choices,method,surface,gpc,jurisdiction,regime');
      expect(rows).toHaveLength(3);
      // Choices as JSON in one quoted cell (the database may order their keys its own way).
      expect(rows[1]).toMatch(/,true,true,fr,"\{(""\w+"":(true|false),?){3}\}",custom,banner,false,FR,opt-in$/);
      expect(rows[1]).toContain('""advertising"":false');
    });

    it('purges the records past retention, and only those', async () => {
      const handler = handlerWith({ maxAgeDays: 400 });
      for (const day of [-380, -200, -5]) await handler(post(aRecord({ decidedAt: new Date(NOW + day * 86_400_000).toISOString() })));
      expect(await purgeRecords(store, { retentionDays: 365, now: NOW })).toBe(1);
      expect(await store.count()).toBe(2);
      expect(() => purgeRecords(store, { retentionDays: 0 })).toThrow('retentionDays');
    });

    it('follows a signed-in person across devices, acceptance and refusal alike, keeping only a hash of their id (REC-6)', async () => {
      const subject = (request: Request) => request.headers.get('x-test-user');
      const handler = handlerWith({ subject, subjectSecret: 'test-secret' });
      const signedIn = { headers: { 'x-test-user': 'ada@example.com' } };
      await handler(post(aRecord({ method: 'accept-all', choices: { features: true, performance: true, advertising: true } }), signedIn));
      const { rows } = await sql.query<{ subject_hash: string }>('SELECT subject_hash FROM consent_records');
      expect(rows[0]!.subject_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(rows)).not.toContain('ada@example.com');
      const accepted = await accountConsent(store, { config, subject: 'ada@example.com', subjectSecret: 'test-secret', now: NOW });
      expect(accepted).toMatchObject({ status: 'decided', method: 'accept-all', choices: { advertising: true } });

      await handler(post(aRecord({ decidedAt: new Date(NOW - 1000).toISOString(), method: 'withdraw', choices: { features: true, performance: false, advertising: false } }), signedIn));
      const withdrawn = await accountConsent(store, { config, subject: 'ada@example.com', subjectSecret: 'test-secret', now: NOW });
      expect(withdrawn).toMatchObject({ status: 'decided', method: 'withdraw', choices: { performance: false, advertising: false } });
      const read = await handler(new Request(`${SITE}/api/consent?subject`, signedIn));
      expect(await read.json()).toMatchObject({ ok: true, record: { method: 'withdraw' }, decision: { status: 'decided', method: 'withdraw', choices: { advertising: false } } });
      expect((await handler(new Request(`${SITE}/api/consent?subject`))).status).toBe(401);
      expect(await accountConsent(store, { config, subject: 'grace@example.com', subjectSecret: 'test-secret', now: NOW })).toBeNull();
    });
  });
});
