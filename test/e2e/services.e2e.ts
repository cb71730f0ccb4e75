import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBenchPages } from '../bench/pages.mjs';
import { launchFreshContext } from '../browser/chromium.mjs';

const hasBrowser = inject('hasBrowser');

let pages: { base: string; close: () => Promise<void> } | undefined;
beforeAll(async () => {
  if (hasBrowser) pages = await serveBenchPages(new URL('../../build/e2e-services/', import.meta.url).pathname);
}, 60_000);
afterAll(async () => pages?.close());

/** A fresh profile on the services page; every request off this machine answered by an empty stub and recorded. */
async function open() {
  const browser = await launchFreshContext({ viewport: { width: 1280, height: 800 } });
  const vendorRequests: string[] = [];
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
    vendorRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
  });
  const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
  await tab.goto(`${pages!.base}services.html`);
  await tab.getByRole('region', { name: 'Cookie consent' }).waitFor();
  return { browser, tab, vendorRequests };
}

const scriptsOf = (tab: Page) => tab.evaluate(() => [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')!).filter((src) => !src.includes('127.0.0.1') && /^https?:/.test(src)));

describe.skipIf(!hasBrowser)('every service of the catalogue, its vendor called at once by the page (SVC-1, SVC-2)', () => {
  it('sends not one request to any vendor before a choice, nor after "Reject all"', async () => {
    const { browser, tab, vendorRequests } = await open();
    try {
      await tab.waitForTimeout(300);
      expect(vendorRequests).toEqual([]);
      await tab.getByRole('button', { name: 'Reject all' }).click();
      await tab.waitForTimeout(300);
      expect(vendorRequests).toEqual([]);
      expect(await scriptsOf(tab)).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('loads each service exactly once after its category is granted, and tells the vendors with a consent API of a withdrawal, deleting their cookies and loading nothing new', async () => {
    const { browser, tab, vendorRequests } = await open();
    try {
      await tab.getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => scriptsOf(tab)).toHaveLength(18);
      const scripts = await scriptsOf(tab);
      expect(new Set(scripts).size).toBe(scripts.length);
      for (const host of ['www.googletagmanager.com', 'weroom.matomo.cloud', 'plausible.io', 'connect.facebook.net', 'analytics.tiktok.com', 'www.clarity.ms', 'widget.intercom.io', 'client.crisp.chat']) {
        expect(scripts.some((src) => new URL(src).host === host), host).toBe(true);
      }
      // The vendors' first-party cookies, as their scripts would set them.
      await tab.evaluate(() => {
        for (const name of ['_fbp', '_fbc', '_ttp', '_clck', '_clsk']) document.cookie = `${name}=1; Path=/`;
      });
      const loadedBefore = vendorRequests.length;
      await tab.getByRole('button', { name: 'Withdraw everything' }).click();
      const told = await tab.evaluate(() => {
        const page = window as unknown as Record<string, { queue?: unknown[][]; q?: unknown[][] } & unknown[]>;
        const last = (name: string) => (page[name] as unknown as unknown[]).at(-1);
        return {
          meta: page.fbq!.queue!.at(-1),
          clarity: page.clarity!.q!.at(-1),
          matomo: last('_paq'),
          tiktok: last('ttq'),
          posthog: last('posthog'),
          mixpanel: last('mixpanel'),
          hubspot: last('_hsp'),
          intercom: (page.Intercom as unknown as { q: unknown[] }).q.at(-1),
        };
      });
      // Each vendor with a consent API heard the withdrawal, on its own function (SVC-2).
      expect(told).toEqual({
        meta: ['consent', 'revoke'],
        clarity: ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
        matomo: ['forgetConsentGiven'],
        tiktok: ['revokeConsent'],
        posthog: ['opt_out_capturing'],
        mixpanel: ['opt_out_tracking'],
        hubspot: ['revokeCookieConsent'],
        intercom: ['shutdown'],
      });
      const cookies = (await browser.context.cookies()).map((cookie) => cookie.name);
      for (const name of ['_fbp', '_fbc', '_ttp', '_clck', '_clsk']) expect(cookies).not.toContain(name);
      await tab.waitForTimeout(300);
      expect(vendorRequests.length).toBe(loadedBefore);
      expect(await scriptsOf(tab)).toHaveLength(18);
    } finally {
      await browser.close();
    }
  });
});
