import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchFreshContext } from '../browser/chromium.mjs';

/** Google's hosts: every request to them is answered by a stub and recorded. */
const GOOGLE = /^https?:\/\/([^/]*\.)?(googletagmanager|google-analytics|google|doubleclick|googleadservices|googlesyndication|gstatic|youtube-nocookie|youtube|ytimg)\.com\//;

/**
 * Runs in the page before its own scripts: records what Google is told (the data layer) and
 * each cookie deletion, in one timeline, and every Content-Security-Policy violation.
 */
const INSTRUMENT = () => {
  const host = window as unknown as Record<string, unknown>;
  const timeline: string[] = [];
  const violations: string[] = [];
  host.__timeline = timeline;
  host.__violations = violations;
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  const layer: unknown[] = [];
  const push = layer.push.bind(layer);
  layer.push = (...entries: unknown[]) => {
    for (const entry of entries) {
      if (Object.prototype.toString.call(entry) === '[object Arguments]') {
        const [name, action, values] = Array.from(entry as IArguments);
        timeline.push(name === 'consent' ? `consent ${action} ${JSON.stringify(values)}` : `${String(name)} ${name === 'js' ? '' : String(action)}`.trim());
      } else {
        timeline.push(`push ${JSON.stringify(entry)}`);
      }
    }
    return push(...entries);
  };
  host.dataLayer = layer;
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get!.call(this);
    },
    set(value: string) {
      if (/max-age=0/i.test(value)) timeline.push(`delete ${value.split('=')[0]}${/domain=([^;]+)/i.exec(value)?.[1] ? ` @${/domain=([^;]+)/i.exec(value)![1]}` : ''}`);
      cookie.set!.call(this, value);
    },
  });
};

export type SiteOptions = {
  /** The host name to serve the demo on; `*.localhost` resolves to loopback. @default 'localhost' */
  host?: string;
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** Simulates Global Privacy Control with `navigator.globalPrivacyControl === true`. */
  gpc?: boolean;
  /** The port of a demo server of the test's own. @default the suite's */
  port?: number;
};

export type Site = {
  context: BrowserContext;
  page: Page;
  /** The demo's address, with `path` (a hash route, or `?csp=…#/`). */
  url: (path?: string) => string;
  /** Every request that left the machine for Google, in order. */
  googleRequests: string[];
  /** Every request that left the machine for any other vendor (Hotjar…), in order. */
  vendorRequests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  close: () => Promise<void>;
};

/** A fresh Chromium profile on the demo, with Google stubbed and the page instrumented. */
export async function openSite(options: SiteOptions = {}): Promise<Site> {
  const { host = 'localhost', width = 1280, height = 800, colorScheme = 'light', gpc = false } = options;
  const browser = await launchFreshContext({
    viewport: { width, height },
    colorScheme,
    extraArgs: ['--host-resolver-rules=MAP *.localhost 127.0.0.1'],
  });
  const { context } = browser;
  const googleRequests: string[] = [];
  const errors: string[] = [];
  const vendorRequests: string[] = [];
  // Every other host off this machine: answered by an empty script and recorded. Registered first:
  // Playwright tries the routes last-registered first, so Google's below takes Google's hosts.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost|[^/]*\.localhost)/, (route) => {
    vendorRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
  });
  await context.route(GOOGLE, (route) => {
    const url = route.request().url();
    googleRequests.push(url);
    if (url.includes('/gtag/js')) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.__gtagLoads = (window.__gtagLoads || 0) + 1;' });
    }
    return route.fulfill({ status: 204, body: '' });
  });
  await context.addInitScript(INSTRUMENT);
  if (gpc) {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });
    });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const watch = (target: Page) => {
    target.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    target.on('pageerror', (error) => errors.push(error.message));
  };
  watch(page);
  context.on('page', watch);
  const port = options.port ?? inject('demoPort');
  return {
    context,
    page,
    url: (path = '#/') => `http://${host}:${port}/${path}`,
    googleRequests,
    vendorRequests,
    errors,
    close: browser.close,
  };
}

/** The page's recorded timeline: data layer commands and cookie deletions, in order. */
export const timelineOf = (page: Page) => page.evaluate(() => (window as unknown as { __timeline: string[] }).__timeline);

export const banner = (page: Page) => page.getByRole('region', { name: 'Cookie consent' });

/**
 * Waits until the demo's records endpoint has the records of the decisions made (the outbox is
 * empty). Before a reload: a record still on its way is sent with `keepalive` across the
 * navigation, which Playwright never counts as finished, and `networkidle` would wait forever.
 */
export const recordsDelivered = (page: Page) => page.waitForFunction(() => localStorage.getItem('weroom-cookie-consent:outbox') === null);
