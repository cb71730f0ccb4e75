// The demo's records endpoint, mounted at /api/consent by the dev and preview servers
// (vite.config.ts) and by the browser suite's server: a few lines, as on a site's own server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRecordsHandler, toNodeListener, type RecordStore } from '../src/records/index.ts';
import { openEmbeddedRecordStore } from '../src/records/embedded.ts';
import type { ConsentConfig } from '../src/core/config.ts';

/** The demo's "session": the email in the weroom_user cookie. A demo, not authentication. */
function demoUser(request: Request): string | null {
  const cookie = request.headers.get('cookie') ?? '';
  const match = /(?:^|;\s*)weroom_user=([^;]*)/.exec(cookie);
  return match ? decodeURIComponent(match[1]!) : null;
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
