// @weroom/cookie-consent/audit: checks a running site against its own consent config, in passes
// (no choice, after "Reject all", after "Accept all", with GPC, from a place), each in a fresh
// Chromium profile, and says what leaks, what is undeclared or mislabelled, what lives too long
// and what is declared but never seen. Node only, React-free; playwright-core is an optional peer.
import type { Route } from 'playwright-core';
import type { ConsentConfig } from '../core/config.js';
import { findBrowser, launchFreshProfile, loadPlaywright } from './browser.js';
import { PageQueue, runPass } from './collect.js';
import { isSameSite, pageKey, readSiteMaps } from './crawl.js';
import { judge, snippetsOf } from './findings.js';
import { resolveConsentInventory, type ConsentInventory } from './inventory.js';
import { DEFAULT_PASSES, passSpec, type PassName, type PassSpec } from './passes.js';
import { FINDING_KINDS, type AuditReport, type FindingKind, type PassResult } from './types.js';

export { AuditBrowserError, findBrowser } from './browser.js';
export { AuditConfigError, configFromJson, loadConsentConfig } from './load-config.js';
export { knownHost, knownName } from './catalogue.js';
export type { KnowledgeSource, KnownHost, KnownName, VendorCategory } from './catalogue.js';
export { declarationOf, resolveConsentInventory } from './inventory.js';
export type { ConsentInventory, DeclaredName, DeclaredService } from './inventory.js';
export { allowanceOf, passSpec, DEFAULT_PASSES } from './passes.js';
export type { Allowance, PassAction, PassName, PassSpec } from './passes.js';
export { FINDING_KINDS } from './types.js';
export type { AuditEvent, AuditReport, AuditSummary, ChoiceMade, CookieEvent, Finding, FindingKind, FrameEvent, PassResult, RequestEvent, StorageEvent, Suggestion } from './types.js';
export { formatTextReport, formatPassTable, formatSummaryLine } from './report-text.js';
export { toJsonReport } from './report-json.js';
export { toHtmlReport } from './report-html.js';

/** The site cannot be reached: the command exits with status 2. */
export class AuditSiteError extends Error {
  override name = 'AuditSiteError';
}

/** What the audit is doing, for a progress line. */
export type AuditProgress = { pass: string; passIndex: number; passCount: number; pagesDone: number; pagesPlanned: number };

/** A stub for a request to another host, when the audit must not leave the machine (`offline`). */
export type StubResponse = { status?: number; contentType?: string; body?: string | Buffer; headers?: Record<string, string> };

export type AuditOptions = {
  /** The start page. */
  url: string;
  /** The site's consent config, as it gives it to the provider (TypeScript module or `configFromJson`). */
  config: ConsentConfig;
  /** The passes, by name or spec. @default ['no-choice', 'reject', 'accept'], with 'gpc' when `gpc` is true */
  passes?: readonly (PassName | PassSpec)[];
  /** Adds the "Accept all" with Global Privacy Control pass. @default false */
  gpc?: boolean;
  /** Adds a no-choice pass as a visitor from this place (ISO 3166: `FR`, `US-CA`), told by a CDN header. */
  place?: string;
  /** The header that tells the place; its region goes in `cf-region-code` for Cloudflare's. @default 'cf-ipcountry' */
  placeHeader?: string;
  /** Pages per pass, the start page included. @default 10 */
  pages?: number;
  /** Pages of a pass visited at a time. @default 3 */
  concurrency?: number;
  /** How long each page is watched after it settles (and again after the choice), in ms. @default 5000 */
  settleMs?: number;
  /** The time limit of one page's load, in ms. @default 30000 */
  pageTimeoutMs?: number;
  /** The time limit of the whole audit, in ms: no page starts after it. @default 600000 */
  totalTimeoutMs?: number;
  /** How long to wait for the banner's button, in ms. @default 5000 */
  choiceTimeoutMs?: number;
  /** Headers sent to the site's own requests only (a preview token, a sign-in). */
  headers?: Readonly<Record<string, string>>;
  /** Cookies set on the site before each pass (a session for pages behind a sign-in). */
  cookies?: readonly { name: string; value: string }[];
  /** The browser to run; else Playwright's Chromium, else one on the PATH. */
  browser?: string;
  /** Respect the site's robots.txt. @default true */
  respectRobots?: boolean;
  /** Keep cookie and storage values in the report (personal data: off by default). @default false */
  values?: boolean;
  /** The longest lifetime accepted, in days: the CNIL's 13 months. @default 395 */
  maxDays?: number;
  /** Accept requests to Google's tag hosts before consent (Consent Mode's advanced mode); the report says it did. @default false */
  acceptConsentModePings?: boolean;
  /** Kinds that fail the run besides leaks. @default [] */
  failOn?: readonly FindingKind[];
  /**
   * Answer every request to another site with a stub instead of letting it out (still recorded):
   * `true` for an empty answer of the right kind, or a function of the address. @default false
   */
  offline?: boolean | ((url: string, resourceType: string) => StubResponse);
  onProgress?: (progress: AuditProgress) => void;
};

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function emptyStub(_url: string, resourceType: string): StubResponse {
  if (resourceType === 'script') return { contentType: 'text/javascript', body: '' };
  if (resourceType === 'image') return { contentType: 'image/gif', body: PIXEL };
  if (resourceType === 'document') return { contentType: 'text/html', body: '<!doctype html><title></title>' };
  if (resourceType === 'stylesheet') return { contentType: 'text/css', body: '' };
  return { status: 204, body: '' };
}

/** The passes to run, as specs. */
export function passesOf(options: Pick<AuditOptions, 'passes' | 'gpc' | 'place'>): PassSpec[] {
  const named = options.passes ?? [...DEFAULT_PASSES, ...(options.gpc ? (['gpc'] as const) : [])];
  const specs = named.map((pass) => passSpec(pass));
  if (options.place) specs.push(passSpec('no-choice', options.place));
  const ids = new Set<string>();
  for (const spec of specs) {
    if (ids.has(spec.id)) throw new TypeError(`The pass "${spec.id}" is listed twice`);
    ids.add(spec.id);
  }
  return specs;
}

/** The CDN headers that tell the site a visitor's place: Cloudflare's by default. */
function placeHeaders(place: string | null, header: string): Record<string, string> {
  if (!place) return {};
  const [country, region] = place.split('-');
  return { [header]: country!, ...(region && header === 'cf-ipcountry' ? { 'cf-region-code': region } : {}) };
}

/**
 * Audits a running site against its consent config. Resolves to the report whatever was found
 * (`summary.failed` says whether the run fails); throws AuditSiteError when the start page cannot
 * be loaded, AuditBrowserError when no browser can run, ConsentConfigError for a broken config.
 */
export async function auditSite(options: AuditOptions): Promise<AuditReport> {
  const started = Date.now();
  const start = new URL(options.url);
  if (start.protocol !== 'http:' && start.protocol !== 'https:') throw new TypeError(`The address must be http or https: ${options.url}`);
  const inventory: ConsentInventory = resolveConsentInventory(options.config);
  const specs = passesOf(options);
  const failOn = [...(options.failOn ?? [])];
  for (const kind of failOn) if (!FINDING_KINDS.includes(kind)) throw new TypeError(`Unknown finding kind "${kind}": one of ${FINDING_KINDS.join(', ')}`);
  const settings = {
    pages: Math.max(1, Math.floor(options.pages ?? 10)),
    concurrency: Math.max(1, Math.floor(options.concurrency ?? 3)),
    settleMs: Math.max(0, options.settleMs ?? 5000),
    pageTimeoutMs: options.pageTimeoutMs ?? 30_000,
    choiceTimeoutMs: options.choiceTimeoutMs ?? 5000,
    deadline: started + (options.totalTimeoutMs ?? 600_000),
  };
  const siteHeaders = { ...(options.headers ?? {}) };
  const cookieHeader = (options.cookies ?? []).map(({ name, value }) => `${name}=${value}`).join('; ');
  const playwright = await loadPlaywright();
  const executablePath = findBrowser(playwright, options.browser);
  const maps = await readSiteMaps(start.origin, { ...siteHeaders, ...(cookieHeader ? { cookie: cookieHeader } : {}) }, { respectRobots: options.respectRobots ?? true, timeoutMs: Math.min(10_000, settings.pageTimeoutMs) });
  const stub = options.offline === true ? emptyStub : typeof options.offline === 'function' ? options.offline : undefined;

  let planned: string[] = [];
  /** One pass in a fresh profile: the first discovers the pages, the others visit those. */
  const runOne = async (spec: (typeof specs)[number], passIndex: number): Promise<PassResult> => {
    const discover = passIndex === 0;
    const queue = new PageQueue(start.origin, settings.pages, () => true);
    // The start page is visited first and apart: it is where the choice is made.
    queue.add([pageKey(start.href)]);
    queue.take();
    queue.add(discover ? maps.pages : planned.slice(1));
    const extraHeaders = { ...siteHeaders, ...placeHeaders(spec.place, options.placeHeader ?? 'cf-ipcountry') };
    const browser = await launchFreshProfile(playwright, executablePath, {
      viewport: { width: 1280, height: 800 },
      ...(spec.gpc ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
    });
    try {
      const { context } = browser;
      if (spec.gpc) {
        await context.addInitScript(() => {
          Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });
        });
      }
      if (options.cookies?.length) await context.addCookies(options.cookies.map(({ name, value }) => ({ name, value, url: start.origin })));
      if (stub) {
        await context.route(
          (url) => !isSameSite(url.hostname, start.hostname) && (url.protocol === 'http:' || url.protocol === 'https:'),
          (route: Route) => {
            const request = route.request();
            const answer = stub(request.url(), request.resourceType());
            return route.fulfill({ status: answer.status ?? 200, ...(answer.contentType ? { contentType: answer.contentType } : {}), ...(answer.headers ? { headers: answer.headers } : {}), body: answer.body ?? '' });
          },
        );
      }
      if (Object.keys(extraHeaders).length > 0) {
        // The site's own requests only: a sign-in or preview header never goes to a third party.
        await context.route(
          (url) => url.origin === start.origin,
          (route: Route) => route.continue({ headers: { ...route.request().headers(), ...extraHeaders } }),
        );
      }
      let pagesDone = 0;
      const report = () =>
        options.onProgress?.({ pass: spec.id, passIndex, passCount: specs.length, pagesDone, pagesPlanned: discover ? Math.max(pagesDone, Math.min(settings.pages, queue.all.length + 1)) : planned.length });
      report();
      const result = await runPass({
        context,
        inventory,
        spec,
        startUrl: start.href,
        queue,
        discover,
        watchBeforeChoice: !specs.some((other) => other.action === 'none' && other.place === spec.place && !other.gpc),
        concurrency: settings.concurrency,
        settleMs: settings.settleMs,
        pageTimeoutMs: settings.pageTimeoutMs,
        choiceTimeoutMs: settings.choiceTimeoutMs,
        deadline: settings.deadline,
        values: options.values ?? false,
        robotsRules: maps.rules,
        ownCookies: new Set((options.cookies ?? []).map(({ name }) => name)),
        onPage: () => {
          pagesDone += 1;
          report();
        },
      });
      const first = result.pages[0];
      if (discover && (first?.error || first?.status === null)) {
        throw new AuditSiteError(`Cannot load ${start.href}: ${first?.error ?? 'no response'}`);
      }
      if (discover) planned = result.pages.filter((page) => !page.error).map((page) => page.url);
      return result;
    } finally {
      await browser.close();
    }
  };
  // The first pass finds the pages; the others then run side by side, each in its own profile
  // (their pages mostly wait out the settling time, which is what an audit's time is made of).
  const firstPass = await runOne(specs[0]!, 0);
  const results: PassResult[] = [firstPass, ...(await Promise.all(specs.slice(1).map((spec, index) => runOne(spec, index + 1))))];


  const findings = judge(inventory, results, { maxDays: options.maxDays ?? 395, acceptConsentModePings: options.acceptConsentModePings ?? false, failOn });
  const count = (kind: FindingKind) => findings.filter((finding) => finding.kind === kind).length;
  return {
    version: 1,
    url: start.href,
    startedAt: new Date(started).toISOString(),
    pages: planned,
    passes: results,
    findings,
    summary: {
      leak: count('leak'),
      undeclared: count('undeclared'),
      mislabelled: count('mislabelled'),
      'too-long': count('too-long'),
      'never-seen': count('never-seen'),
      pages: planned.length,
      failed: findings.some((finding) => finding.fails),
      durationMs: Date.now() - started,
    },
    options: { settleMs: settings.settleMs, maxDays: options.maxDays ?? 395, acceptConsentModePings: options.acceptConsentModePings ?? false, values: options.values ?? false, failOn },
    snippets: snippetsOf(findings),
  };
}
