// The demo's records endpoint, mounted at /api/consent by the dev and preview servers
// (vite.config.ts) and by the browser suite's server: a few lines, as on a site's own server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { consentStats, createRecordsHandler, renderStatsHtml, type RecordStore } from '../src/records/index.ts';
import { toNodeListener } from '../src/records/node.ts';
import { openEmbeddedRecordStore } from '../src/records/embedded.ts';
import type { ConsentConfig } from '../src/core/config.ts';

/** The demo's "session": the email in the weroom_user cookie. A demo, not authentication. */
function demoUser(request: Request): string | null {
  const cookie = request.headers.get('cookie') ?? '';
  const match = /(?:^|;\s*)weroom_user=([^;]*)/.exec(cookie);
  return match ? decodeURIComponent(match[1]!) : null;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The demo's admin route, /api/consent/stats: the consent rates of the last twelve weeks, as JSON
 * or (`?format=html`) as the report page, for the signed-in person only. A site checks its own
 * admin role here; the demo has none, so anyone signed in is its admin.
 */
async function statsRoute(store: RecordStore, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const user = demoUser(new Request('http://demo.invalid/', { headers: { cookie: request.headers.cookie ?? '' } }));
  if (!user) {
    response.writeHead(401, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ ok: false, error: 'sign-in-required' }));
    return;
  }
  const to = new Date();
  const stats = await consentStats(store, { from: new Date(to.getTime() - 12 * WEEK_MS), to, by: 'week' });
  const html = new URL(request.url ?? '/', 'http://demo.invalid/').searchParams.get('format') === 'html';
  response
    .writeHead(200, { 'content-type': html ? 'text/html; charset=utf-8' : 'application/json', 'cache-control': 'no-store' })
    .end(html ? await renderStatsHtml(stats, { title: 'Weroom: what the consent records say' }) : JSON.stringify(stats));
}

/**
 * A Connect middleware for /api/consent over the embedded store, persisted to `dataDir` (in
 * memory without one). The store opens on the first request: the dev server starts at once.
 */
export function consentRecords(loadConfig: () => Promise<ConsentConfig<string>>, options: { dataDir?: string } = {}) {
  let listener: ReturnType<typeof toNodeListener> | undefined;
  let store: Promise<RecordStore> | undefined;
  const open = () => (store ??= openEmbeddedRecordStore(options.dataDir ? { dataDir: options.dataDir } : {}));
  const middleware = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const opened = open();
    // Connect hands the path below the mount point: /stats is the admin's, on the store already open.
    if (request.method === 'GET' && /^\/stats(?:\?|$)/.test(request.url ?? '')) return statsRoute(await opened, request, response);
    listener ??= toNodeListener(
      createRecordsHandler({
        config: await loadConfig(),
        store: opened,
        subject: demoUser,
        // A demo's key; a site keeps its own secret out of the repository.
        subjectSecret: 'weroom-demo-only',
      }),
    );
    await listener(request, response);
  };
  /** Opens the store now rather than on the first request (a test server that must answer at once). */
  const ready = async (): Promise<void> => void (await open());
  return { middleware, ready, close: async () => (store ? (await store).close() : undefined) };
}
