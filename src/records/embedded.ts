// `@weroom/cookie-consent/records/embedded`: an entry of its own, so that a site's bundler
// resolves only the database package the site uses.
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lockfile from 'proper-lockfile';
import { createSqlRecordStore, type RecordStore, type SqlClient } from './store.js';
import { extractDataDir } from './template.js';

/** Who holds a folder: written beside its lock, read by the process that is refused. */
export type FolderHolder = { pid: number; host: string; startedAt: string };

/** Thrown when another process holds the folder: two engines on the same files lose records. */
export class RecordsFolderLockedError extends Error {
  readonly code = 'ERR_RECORDS_FOLDER_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly holder: FolderHolder | null,
  ) {
    const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.startedAt}` : 'another process';
    super(
      `The records folder ${dataDir} is in use by ${who}. Only one process may open an embedded ` +
        'store: two engines on the same files lose records. Read the records through the process that ' +
        'holds the folder (exportRecords(store) in your own admin route), or stop that process first. ' +
        'Several processes need a Postgres server (openPostgresRecordStore).',
    );
    this.name = 'RecordsFolderLockedError';
  }
}

// How the lock is kept: its time is renewed every UPDATE_MS; a lock not renewed for STALE_MS
// belongs to a process that died (or hung) and may be taken over. Generous, because PGlite works
// synchronously and can hold the event loop for seconds (a new folder's initdb).
const STALE_MS = 30_000;
const UPDATE_MS = 5_000;

type Open = { store: Promise<RecordStore>; users: number };
// One engine per folder in a process, shared by every caller, on the global object so that a
// framework that evaluates this module again (a development server's reload) finds it too.
const OPEN_KEY = Symbol.for('@weroom/cookie-consent/records/embedded');
const openFolders: Map<string, Open> = ((globalThis as Record<symbol, unknown>)[OPEN_KEY] ??= new Map()) as Map<string, Open>;

const lockPath = (dataDir: string) => `${dataDir}.lock`;
const holderPath = (dataDir: string) => `${dataDir}.lock.json`;

function readHolder(dataDir: string): FolderHolder | null {
  try {
    const holder = JSON.parse(readFileSync(holderPath(dataDir), 'utf8')) as Partial<FolderHolder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' && typeof holder.startedAt === 'string'
      ? { pid: holder.pid, host: holder.host, startedAt: holder.startedAt }
      : null;
  } catch {
    return null;
  }
}

/** Whether a process of this host is running; a process of another host cannot be asked. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder for this process. A lock whose holder died on this host is taken over at once
 * (marked stale, then taken the way any stale lock is); one left by a process of another host,
 * once it has not been renewed for STALE_MS. A live holder: refused at once, naming it.
 */
async function lockFolder(dataDir: string, onLost: (error: Error) => void): Promise<() => Promise<void>> {
  const options = { realpath: false, stale: STALE_MS, update: UPDATE_MS, lockfilePath: lockPath(dataDir), onCompromised: onLost };
  mkdirSync(dirname(dataDir), { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = readHolder(dataDir);
    const deadHere = holder !== null && holder.host === hostname() && holder.pid !== process.pid && !isRunning(holder.pid);
    if (!deadHere) throw new RecordsFolderLockedError(dataDir, holder);
    try {
      utimesSync(lockPath(dataDir), new Date(0), new Date(0));
      release = await lockfile.lock(dataDir, options);
    } catch {
      throw new RecordsFolderLockedError(dataDir, readHolder(dataDir));
    }
  }
  const holder: FolderHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  writeFileSync(holderPath(dataDir), `${JSON.stringify(holder)}\n`);
  return async () => {
    rmSync(holderPath(dataDir), { force: true });
    await release();
  };
}

/** Options of the embedded store. */
export type EmbeddedStoreOptions = {
  /** The folder the records are kept in; in memory without one. */
  dataDir?: string;
  /**
   * A prepared data directory (a gzip tar from PGlite's `dumpDataDir`) that a new folder starts
   * from, or `false` to run initdb. @default the one the package ships, made by its PGlite
   */
  template?: string | false;
};

// The package's prepared data directory, made at build time beside this module.
const SHIPPED_TEMPLATE = (() => {
  try {
    // Made at build time beside the built module, not a source file: the bundler leaves it be.
    return fileURLToPath(new URL(/* @vite-ignore */ './pgdata.tar.gz', import.meta.url));
  } catch {
    return undefined;
  }
})();

/**
 * PGlite's own start parameters with 16 MB of shared buffers instead of initdb's 128 MB: the
 * engine's memory never shrinks, and a records table needs little cache (measured: the same
 * throughput, about 130 MB less resident). Older PGlite versions without the defaults keep theirs.
 */
function engineOptions(): { startParams?: string[] } {
  const defaults = (PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams;
  return Array.isArray(defaults) ? { startParams: [...defaults, '-c', 'shared_buffers=16MB'] } : {};
}

async function startEngine(dataDir: string | undefined, template: string | false | undefined): Promise<PGlite> {
  const prepared = template === undefined ? SHIPPED_TEMPLATE : template || undefined;
  const usable = prepared !== undefined && existsSync(prepared);
  if (dataDir === undefined) {
    const db = new PGlite({ ...engineOptions(), ...(usable ? { loadDataDir: new Blob([readFileSync(prepared)]) } : {}) });
    await db.waitReady;
    return db;
  }
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh && usable) {
    try {
      extractDataDir(prepared, dataDir);
      const db = new PGlite({ dataDir, ...engineOptions() });
      await db.waitReady;
      return db;
    } catch (error) {
      // A template of another Postgres version than the installed PGlite's: start as PGlite
      // would, with initdb, from a folder that held nothing.
      console.warn(`[cookie-consent] records: the prepared data directory did not start (${(error as Error).message}); running initdb instead.`);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.partial`, { recursive: true, force: true });
    }
  }
  const db = new PGlite({ dataDir, ...engineOptions() });
  await db.waitReady;
  return db;
}

async function openFolder(dataDir: string, template: string | false | undefined): Promise<RecordStore> {
  let lost: Error | null = null;
  const unlock = await lockFolder(dataDir, (error) => {
    // Another process took the folder (this one hung past the stale time): write nothing more,
    // so that the endpoint answers 503 and browsers keep their records for later.
    lost = new Error(`The records folder ${dataDir} was taken by another process: ${error.message}`);
    console.error('[cookie-consent] records:', lost.message);
  });
  let db: PGlite;
  try {
    db = await startEngine(dataDir, template);
  } catch (error) {
    await unlock();
    throw error;
  }
  const client: SqlClient = {
    query: async <T,>(sql: string, params: unknown[] = []) => {
      if (lost) throw lost;
      return { rows: (await db.query<T>(sql, params)).rows };
    },
    close: async () => {
      try {
        await db.close();
      } finally {
        await unlock().catch(() => undefined);
      }
    },
  };
  try {
    return await createSqlRecordStore(client);
  } catch (error) {
    await client.close();
    throw error;
  }
}

/**
 * The embedded store: PGlite, Postgres compiled to WebAssembly, persisted to `dataDir` (in memory
 * without one). Nothing to install but the `@electric-sql/pglite` package, nothing to start. A new
 * folder starts from the package's prepared data directory, so that a first start needs no more
 * memory than any other (about 250 MB resident for the whole engine).
 *
 * The folder is this process's while the store is open: another process (the command line, a
 * second server) is refused with a `RecordsFolderLockedError` that names the holder. Opening the
 * same folder again in this process hands back the store already open; it closes with its last
 * user.
 */
export async function openEmbeddedRecordStore(options: EmbeddedStoreOptions = {}): Promise<RecordStore> {
  if (!options.dataDir) {
    const db = await startEngine(undefined, options.template);
    return createSqlRecordStore({
      query: async <T,>(sql: string, params: unknown[] = []) => ({ rows: (await db.query<T>(sql, params)).rows }),
      close: () => db.close(),
    });
  }
  const dataDir = resolve(options.dataDir);
  let open = openFolders.get(dataDir);
  if (!open) {
    const store = openFolder(dataDir, options.template);
    open = { store, users: 0 };
    openFolders.set(dataDir, open);
    store.catch(() => openFolders.delete(dataDir));
  }
  const entry = open;
  entry.users += 1;
  let shared: RecordStore;
  try {
    shared = await entry.store;
  } catch (error) {
    entry.users -= 1;
    throw error;
  }
  let closed = false;
  return {
    ...shared,
    async close() {
      if (closed) return;
      closed = true;
      entry.users -= 1;
      if (entry.users > 0) return;
      openFolders.delete(dataDir);
      await shared.close();
    },
  };
}
