// One pass in a fresh browser profile: every cookie write as it happens (each Set-Cookie response,
// each script's document.cookie or cookieStore write), each storage write and IndexedDB database,
// every request to another site and every iframe, with its time, page and phase (before or after
// the choice). A cookie that lives milliseconds was still placed, so writes are recorded, not
// only what is left in the jar; the jar and the storage are read too, for what no hook saw.
import type { BrowserContext, Page, Request, Response } from 'playwright-core';
import { makeChoice } from './choice.js';
import { isFollowable, isSameSite, pageKey, robotsAllow } from './crawl.js';
import type { ConsentInventory } from './inventory.js';
import { allowanceOf, type PassSpec } from './passes.js';
import type { AuditEvent, ChoiceMade, CookieEvent, PageVisit, PassResult, Phase, StorageEvent } from './types.js';

const BINDING = '__weroomConsentAudit';

/**
 * Runs in every frame before the page's own scripts: hooks the cookie setter, cookieStore.set,
 * Storage#setItem and indexedDB.open, and reports each write with the script that made it.
 */
const INSTRUMENT = (binding: string) => {
  const host = window as unknown as Record<string, unknown>;
  const send = (event: Record<string, unknown>) => {
    try {
      const report = host[binding];
      if (typeof report === 'function') void (report as (event: unknown) => Promise<unknown>)({ ...event, href: location.href, time: Date.now() }).catch(() => undefined);
    } catch {
      // A page that broke the binding only hides its own writes from the hooks; the jar still shows them.
    }
  };
  const scriptOf = () => {
    const stack = new Error().stack ?? '';
    const found = /(https?:\/\/[^\s)]+?)(?::\d+){1,2}\)?\s*$/m.exec(stack.split('\n').slice(2).join('\n'));
    return found ? found[1]!.split('?')[0] : undefined;
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set && cookie.get) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable ?? true,
      get() {
        return cookie.get!.call(this);
      },
      set(value: string) {
        send({ kind: 'cookie', raw: String(value), script: scriptOf() });
        cookie.set!.call(this, value);
      },
    });
  }
  const store = (host as { CookieStore?: { prototype: Record<string, unknown> } }).CookieStore;
  const storeSet = store?.prototype.set as ((...args: unknown[]) => Promise<void>) | undefined;
  if (store && storeSet) {
    store.prototype.set = function set(this: unknown, ...args: unknown[]) {
      const [first, second] = args;
      const options = (typeof first === 'object' && first !== null ? first : { name: first, value: second }) as { name?: unknown; value?: unknown; expires?: unknown; domain?: unknown };
      send({ kind: 'cookie-store', name: String(options.name ?? ''), value: String(options.value ?? ''), expires: typeof options.expires === 'number' ? options.expires : null, domain: typeof options.domain === 'string' ? options.domain : null, script: scriptOf() });
      return storeSet.apply(this, args);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function setItemRecorded(this: Storage, key: string, value: string) {
    let area = 'sessionStorage';
    try {
      if (this === window.localStorage) area = 'localStorage';
    } catch {
      // An opaque origin has no localStorage to compare with.
    }
    send({ kind: 'storage', area, key: String(key), value: String(value), script: scriptOf() });
    return setItem.call(this, key, value);
  };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function openRecorded(this: IDBFactory, name: string, version?: number) {
    send({ kind: 'storage', area: 'indexedDB', key: String(name), value: '', script: scriptOf() });
    return version === undefined ? open.call(this, name) : open.call(this, name, version);
  };
};

/** A Set-Cookie header or a document.cookie string, read as a write: name, value, domain, asked lifetime. */
export function parseCookieWrite(text: string, now: number): { name: string; value: string; domain?: string; requestedDays: number | null; deletion: boolean; httpOnly: boolean } | null {
  const [pair = '', ...attributes] = text.split(';');
  const equals = pair.indexOf('=');
  const name = (equals < 0 ? '' : pair.slice(0, equals)).trim();
  const value = (equals < 0 ? pair : pair.slice(equals + 1)).trim();
  if (!name && !value) return null;
  let maxAge: number | undefined;
  let expires: number | undefined;
  let domain: string | undefined;
  let httpOnly = false;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const raw = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (key === 'max-age' && /^-?\d+$/.test(raw)) maxAge = Number(raw);
    else if (key === 'expires' && !Number.isNaN(Date.parse(raw))) expires = Date.parse(raw);
    else if (key === 'domain' && raw) domain = raw.replace(/^\./, '').toLowerCase();
    else if (key === 'httponly') httpOnly = true;
  }
  // Max-Age wins over Expires (RFC 6265 §5.3).
  const seconds = maxAge !== undefined ? maxAge : expires !== undefined ? (expires - now) / 1000 : undefined;
  return {
    name,
    value,
    ...(domain ? { domain } : {}),
    requestedDays: seconds === undefined ? null : Math.round((seconds / 86_400) * 100) / 100,
    deletion: seconds !== undefined && seconds <= 0,
    httpOnly,
  };
}

/** Origin and path of an address, without its query or fragment. */
function withoutQuery(address: string): string {
  try {
    const url = new URL(address);
    return `${url.origin}${url.pathname}`;
  } catch {
    return address.split(/[?#]/)[0] ?? address;
  }
}

function hostOf(address: string): string {
  try {
    return new URL(address).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The pages a pass visits: a fixed list, or one that grows with the links found (the first pass). */
export class PageQueue {
  private readonly queued: string[] = [];
  private readonly seen = new Set<string>();
  private taken = 0;

  constructor(
    readonly origin: string,
    readonly limit: number,
    private readonly allowed: (address: string) => boolean,
  ) {}

  /** Adds the pages not seen yet, up to the limit. */
  add(addresses: readonly string[]): void {
    for (const address of addresses) {
      if (this.seen.size >= this.limit) return;
      if (!isFollowable(address, this.origin)) continue;
      const key = pageKey(address);
      if (this.seen.has(key) || !this.allowed(key)) continue;
      this.seen.add(key);
      this.queued.push(key);
    }
  }

  take(): string | undefined {
    if (this.taken >= this.queued.length) return undefined;
    return this.queued[this.taken++];
  }

  get all(): readonly string[] {
    return this.queued;
  }
}

export type PassOptions = {
  context: BrowserContext;
  inventory: ConsentInventory;
  spec: PassSpec;
  startUrl: string;
  /** The pages to visit after the start page; the first pass also follows the links it finds. */
  queue: PageQueue;
  discover: boolean;
  /** Watch the start page for `settleMs` before the choice too; not needed when a no-choice pass already sees that moment. */
  watchBeforeChoice: boolean;
  concurrency: number;
  settleMs: number;
  pageTimeoutMs: number;
  choiceTimeoutMs: number;
  /** The time when no new page should start (ms since the epoch). */
  deadline: number;
  values: boolean;
  robotsRules: readonly { allow: boolean; pattern: string }[];
  /** Cookies the audit itself set (`--cookie`): not the site's. */
  ownCookies: ReadonlySet<string>;
  onPage?: (page: string) => void;
};

/** Runs one pass in `context` (a fresh profile); the caller sets up headers, GPC and stubs. */
export async function runPass(options: PassOptions): Promise<PassResult> {
  const { context, inventory, spec, startUrl, queue, values } = options;
  const siteHost = hostOf(startUrl);
  const started = Date.now();
  const timeline: AuditEvent[] = [];
  const visits: PageVisit[] = [];
  const notes: string[] = [];
  const pageState = new Map<Page, { key: string; phase: Phase }>();
  // Before the choice on the start page, every page is "before"; after it, every page opened is "after".
  let passPhase: Phase = 'before';
  let choice: ChoiceMade = { method: 'none' };
  let screenshot: string | undefined;
  const stateOf = (page: Page | null | undefined) => (page ? pageState.get(page) : undefined);
  const now = () => Date.now() - started;
  const firstParty = (host: string) => isSameSite(host, siteHost);

  const addCookie = (raw: string, via: CookieEvent['via'], state: { key: string; phase: Phase }, host: string, source?: string) => {
    const parsed = parseCookieWrite(raw, Date.now());
    if (!parsed || !parsed.name) return;
    timeline.push({
      type: 'cookie',
      at: now(),
      page: state.key,
      phase: state.phase,
      name: parsed.name,
      ...(values ? { value: parsed.value } : {}),
      ...(parsed.domain ? { domain: parsed.domain } : {}),
      host,
      firstParty: firstParty(parsed.domain ?? host),
      via,
      requestedDays: parsed.requestedDays,
      deletion: parsed.deletion,
      ...(via === 'set-cookie' ? { httpOnly: parsed.httpOnly } : {}),
      ...(source ? { source } : {}),
    });
  };

  await context.exposeBinding(BINDING, (source, event: Record<string, unknown>) => {
    const state = stateOf(source.page);
    if (!state) return;
    const href = String(event.href ?? '');
    const host = hostOf(href) || siteHost;
    const script = typeof event.script === 'string' ? event.script : undefined;
    if (event.kind === 'cookie') {
      addCookie(String(event.raw ?? ''), 'document.cookie', state, host, script);
    } else if (event.kind === 'cookie-store') {
      const expires = typeof event.expires === 'number' ? `; expires=${new Date(event.expires).toUTCString()}` : '';
      const domain = typeof event.domain === 'string' ? `; domain=${event.domain}` : '';
      addCookie(`${String(event.name)}=${String(event.value)}${expires}${domain}`, 'cookie-store', state, host, script);
    } else if (event.kind === 'storage') {
      timeline.push({
        type: 'storage',
        at: now(),
        page: state.key,
        phase: state.phase,
        area: event.area as StorageEvent['area'],
        key: String(event.key ?? ''),
        ...(values ? { value: String(event.value ?? '') } : {}),
        host,
        firstParty: firstParty(host),
        via: 'script',
        ...(script ? { source: script } : {}),
      });
    }
  });
  await context.addInitScript(INSTRUMENT, BINDING);

  const pageOfRequest = (request: Request): Page | undefined => {
    try {
      return request.frame().page();
    } catch {
      // A service worker's request belongs to no page.
      return undefined;
    }
  };
  context.on('request', (request) => {
    const host = hostOf(request.url());
    if (!host || firstParty(host)) return;
    const state = stateOf(pageOfRequest(request));
    if (!state) return;
    timeline.push({ type: 'request', at: now(), page: state.key, phase: state.phase, host, url: withoutQuery(request.url()), resource: request.resourceType() });
  });
  context.on('response', (response: Response) => {
    const state = stateOf(pageOfRequest(response.request()));
    if (!state) return;
    const host = hostOf(response.url());
    // Read the phase now: the headers arrive a moment later, maybe after the click.
    const at = { ...state };
    void response
      .headersArray()
      .then((headers) => {
        for (const header of headers) if (header.name.toLowerCase() === 'set-cookie') for (const line of header.value.split('\n')) addCookie(line, 'set-cookie', at, host, withoutQuery(response.url()));
      })
      .catch(() => undefined);
  });

  const jarSeen = new Set<string>();
  const readJar = async (state: { key: string; phase: Phase }) => {
    const written = new Set(timeline.filter((event): event is CookieEvent => event.type === 'cookie').map((event) => event.name));
    for (const cookie of await context.cookies().catch(() => [])) {
      const id = `${cookie.name}@${cookie.domain}`;
      if (written.has(cookie.name) || jarSeen.has(id)) continue;
      jarSeen.add(id);
      // The audit's own fallback write of the consent cookie is not the site's.
      if (choice.method === 'consent-cookie' && cookie.name === inventory.consentCookie) continue;
      if (options.ownCookies.has(cookie.name)) continue;
      const domain = cookie.domain.replace(/^\./, '');
      timeline.push({
        type: 'cookie',
        at: now(),
        page: state.key,
        phase: state.phase,
        name: cookie.name,
        ...(values ? { value: cookie.value } : {}),
        domain,
        host: domain,
        firstParty: firstParty(domain),
        via: 'jar',
        // The jar caps a lifetime at 400 days: a lower bound of what was asked.
        requestedDays: cookie.expires > 0 ? Math.round(((cookie.expires * 1000 - Date.now()) / 86_400_000) * 100) / 100 : null,
        deletion: false,
        httpOnly: cookie.httpOnly,
      });
    }
  };

  const readStorage = async (page: Page, state: { key: string; phase: Phase }) => {
    for (const frame of page.frames()) {
      const keys = await frame
        .evaluate(async () => {
          const found: { area: string; key: string }[] = [];
          for (const area of ['localStorage', 'sessionStorage'] as const) {
            try {
              const storage = window[area];
              for (let index = 0; index < storage.length; index += 1) found.push({ area, key: storage.key(index) ?? '' });
            } catch {
              // Storage refused to this frame.
            }
          }
          try {
            for (const database of await indexedDB.databases()) if (database.name) found.push({ area: 'indexedDB', key: database.name });
          } catch {
            // No IndexedDB here.
          }
          return found;
        })
        .catch(() => [] as { area: string; key: string }[]);
      const host = hostOf(frame.url()) || siteHost;
      for (const { area, key } of keys) {
        const known = timeline.some((event) => event.type === 'storage' && event.area === area && event.key === key && event.host === host);
        if (known) continue;
        timeline.push({ type: 'storage', at: now(), page: state.key, phase: state.phase, area: area as StorageEvent['area'], key, host, firstParty: firstParty(host), via: 'snapshot' });
      }
    }
  };

  const visit = async (key: string, isStart: boolean) => {
    const page = await context.newPage();
    const state = { key, phase: passPhase };
    pageState.set(page, state);
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) return;
      const host = hostOf(frame.url());
      if (host && !firstParty(host)) timeline.push({ type: 'iframe', at: now(), page: key, phase: state.phase, host, url: withoutQuery(frame.url()) });
    });
    const visitRecord: PageVisit = { url: key, status: null };
    visits.push(visitRecord);
    try {
      const response = await page.goto(key, { waitUntil: 'load', timeout: options.pageTimeoutMs });
      visitRecord.status = response?.status() ?? null;
      const choosing = isStart && spec.action !== 'none';
      await settle(page, { ...options, settleMs: choosing && !options.watchBeforeChoice ? 0 : options.settleMs });
      if (choosing && spec.action !== 'none') {
        const after = allowanceOf(inventory, spec, 'after');
        choice = await makeChoice(page, context, inventory, spec.action, after, {
          timeoutMs: options.choiceTimeoutMs,
          onChoosing: () => {
            state.phase = 'after';
            passPhase = 'after';
          },
        });
        await settle(page, options);
      }
      if (options.discover) {
        const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href)).catch(() => [] as string[]);
        queue.add(links);
      }
      if (isStart) screenshot = (await page.screenshot({ type: 'png' }).catch(() => undefined))?.toString('base64');
      await readStorage(page, state);
    } catch (error) {
      visitRecord.error = (error as Error).message.split('\n')[0] ?? String(error);
    } finally {
      await readJar(state);
      await page.close().catch(() => undefined);
      options.onPage?.(key);
    }
  };

  await visit(pageKey(startUrl), true);
  if (visits[0]?.error && options.discover) return finish();
  const running = new Set<Promise<void>>();
  for (;;) {
    while (running.size < options.concurrency) {
      if (Date.now() > options.deadline) break;
      const next = queue.take();
      if (!next) break;
      if (!robotsAllow(options.robotsRules, next)) continue;
      const task: Promise<void> = visit(next, false).finally(() => running.delete(task));
      running.add(task);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  if (Date.now() > options.deadline) notes.push('The time limit was reached: some pages were not visited in this pass.');
  return finish();

  function finish(): PassResult {
    const allowance = allowanceOf(inventory, spec, spec.action === 'none' ? 'before' : 'after');
    timeline.sort((a, b) => a.at - b.at);
    return {
      id: spec.id,
      action: spec.action,
      gpc: spec.gpc,
      place: spec.place,
      regime: allowance.regime,
      granted: allowance.granted,
      choice,
      pages: visits,
      timeline,
      notes,
      ...(screenshot ? { screenshot } : {}),
      durationMs: Date.now() - started,
    };
  }
}

/** Waits for the page to go quiet (or a cap), then watches it for `settleMs` more, so that late writes are seen. */
async function settle(page: Page, options: { settleMs: number; pageTimeoutMs: number }): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: Math.min(10_000, options.pageTimeoutMs) }).catch(() => undefined);
  await page.waitForTimeout(options.settleMs);
}

export { BINDING as AUDIT_BINDING };
