import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { encodeConsentValue } from '../../src/core/cookie-codec';
import { banner, openSite, recordsDelivered, timelineOf, type Site, type SiteOptions } from './site';

const DAY_MS = 86_400_000;
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const hasBrowser = inject('hasBrowser');

let site: Site | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

async function visit(path = '#/', options: SiteOptions = {}): Promise<Site> {
  site = await openSite(options);
  await site.page.goto(site.url(path));
  return site;
}

const cookieNames = async (current: Site) => (await current.context.cookies()).map((cookie) => `${cookie.name}@${cookie.domain}`).sort();
const gtagRequests = (current: Site) => current.googleRequests.filter((url) => url.includes('/gtag/js'));
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer: unknown[] }).dataLayer ?? []).map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as IArguments).map(String).join(' ') : JSON.stringify(entry),
    ),
  );

async function axe(page: Page, include?: string) {
  await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async (selector) => {
    const axeRun = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axeRun.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, include);
}

/** A consent cookie as the library writes it, for a visitor who came before. */
function storedConsent({ revision = '1', ageDays = 1, method = 'accept-all' as const, granted = ['features', 'performance', 'advertising'], denied = [] as string[] } = {}) {
  return encodeConsentValue({
    revision,
    decidedAt: Math.floor((Date.now() - ageDays * DAY_MS) / 1000) * 1000,
    consentId: 'e2eVisitor123456',
    method,
    granted,
    denied,
  });
}

describe.skipIf(!hasBrowser)('the Weroom demo in Chromium', () => {
  it('1. on a first visit shows the banner and sets no cookie, stores nothing and asks nothing of Google (EU-1)', async () => {
    const { page, context, googleRequests } = await visit();
    await expect(banner(page).isVisible()).resolves.toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(googleRequests).toEqual([]);
  });

  it('2. after "Reject all" keeps only the consent cookie, and a reload shows no banner and asks nothing of Google (EU-11)', async () => {
    const current = await visit();
    await current.page.getByRole('button', { name: 'Reject all' }).click();
    // The jar the test reads hears of the page's cookie write a moment later (see test 5).
    await expect.poll(() => cookieNames(current), { timeout: 5000 }).toEqual(['cookie_consent@localhost']);
    await recordsDelivered(current.page);
    await current.page.reload();
    await current.page.waitForLoadState('networkidle');
    await expect(banner(current.page).count()).resolves.toBe(0);
    expect(current.googleRequests).toEqual([]);
  });

  it('3. after "Accept all" loads gtag.js once, with the consent default before js and config, then an update granting (CM-2)', async () => {
    const current = await visit();
    await current.page.getByRole('button', { name: 'Accept all' }).click();
    await current.page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    expect(gtagRequests(current)).toHaveLength(1);
    const layer = await dataLayer(current.page);
    const at = (prefix: string) => layer.findIndex((entry) => entry.startsWith(prefix));
    expect(at('consent default')).toBe(0);
    expect(at('consent default')).toBeLessThan(at('js'));
    expect(at('js')).toBeLessThan(at('config G-WEROOMDEMO'));
    expect(at('consent update')).toBeGreaterThan(at('consent default'));
    const timeline = await timelineOf(current.page);
    expect(timeline.find((line) => line.startsWith('consent update'))).toContain('"analytics_storage":"granted"');

    await recordsDelivered(current.page);
    await current.page.reload();
    await current.page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    await expect(banner(current.page).count()).resolves.toBe(0);
    expect(gtagRequests(current)).toHaveLength(2);
    expect((await timelineOf(current.page)).slice(0, 2)).toEqual([
      expect.stringMatching(/^consent default .*"analytics_storage":"denied"/),
      expect.stringMatching(/^consent update .*"analytics_storage":"granted"/),
    ]);
  });

  it('4. with performance alone chosen in "Customize" loads the analytics tag and not the ad tag', async () => {
    const { page, googleRequests } = await visit();
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('switch', { name: 'Performance cookies' }).click();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    const layer = await dataLayer(page);
    expect(layer.filter((entry) => entry.startsWith('config'))).toEqual(['config G-WEROOMDEMO']);
    expect(googleRequests.filter((url) => url.includes('AW-'))).toEqual([]);
    expect(await page.getByTitle('Map of Weroom’s office (Google Maps)').count()).toBe(0);
  });

  it('5. on withdrawal from the footer tells Google first, then deletes _ga, _ga_XYZ and _gcl_au on the host and the parent domain (CLR-1)', async () => {
    const current = await visit('#/', { host: 'www.weroom.localhost' });
    const { page } = current;
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.evaluate(() => {
      for (const name of ['_ga', '_ga_XYZ', '_gcl_au']) {
        document.cookie = `${name}=host; Path=/`;
        document.cookie = `${name}=parent; Path=/; Domain=weroom.localhost`;
      }
    });
    // A page's document.cookie writes reach the browser's cookie jar, which the test reads, a moment
    // later (an IPC message in Chromium): under load the jar could be read first. Poll until they land.
    await expect
      .poll(() => cookieNames(current), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['_ga@.weroom.localhost', '_ga@www.weroom.localhost', '_gcl_au@.weroom.localhost', '_ga_XYZ@www.weroom.localhost']));
    await page.evaluate(() => ((window as unknown as { __timeline: string[] }).__timeline.length = 0));

    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.getByRole('switch', { name: 'Performance cookies' }).click();
    await dialog.getByRole('switch', { name: 'Targeting or advertising cookies' }).click();
    await dialog.getByRole('button', { name: 'Save preferences' }).click();

    const timeline = await timelineOf(page);
    expect(timeline[0]).toMatch(/^consent update .*"ad_storage":"denied".*"analytics_storage":"denied"/);
    const firstDeletion = timeline.findIndex((line) => line.startsWith('delete'));
    expect(firstDeletion).toBeGreaterThan(0);
    expect(timeline.slice(firstDeletion)).toEqual(
      expect.arrayContaining(['delete _ga', 'delete _ga @weroom.localhost', 'delete _ga_XYZ @weroom.localhost', 'delete _gcl_au @www.weroom.localhost']),
    );
    await expect.poll(() => cookieNames(current), { timeout: 5000 }).toEqual(['cookie_consent@www.weroom.localhost']);
  });

  it.each([
    ['a bumped policy revision', { revision: '0' }, 'Our cookie policy has changed'],
    ['an expired decision', { ageDays: 200 }, 'Weroom uses cookies to offer you'],
  ])('6. with %s shows the banner again (EU-11, EU-12)', async (_, stored, text) => {
    site = await openSite();
    await site.context.addCookies([{ name: 'cookie_consent', value: storedConsent(stored), url: site.url() }]);
    await site.page.goto(site.url());
    await expect(banner(site.page).textContent()).resolves.toContain(text);
    await site.page.waitForLoadState('networkidle');
    expect(site.googleRequests).toEqual([]);
  });

  it.each([
    ['a truncated', storedConsent().slice(0, 20)],
    ['a tampered', storedConsent().replace('.a.', '.q.')],
    ['a foreign JSON', encodeURIComponent('{"performance":true,"advertising":true}')],
    ['a future-format', storedConsent().replace(/^1\./, '7.')],
    ['a future-dated', storedConsent({ ageDays: -30 })],
    ['a badly escaped', '%E0%A4%A'],
  ])('7. with %s consent cookie shows the banner, loads nothing and logs no error (CK-4)', async (_, value) => {
    site = await openSite();
    await site.context.addCookies([{ name: 'cookie_consent', value, url: site.url() }]);
    await site.page.goto(site.url());
    await expect(banner(site.page).isVisible()).resolves.toBe(true);
    await site.page.waitForLoadState('networkidle');
    expect(site.googleRequests).toEqual([]);
    expect(site.errors).toEqual([]);
  });

  it('8. with Global Privacy Control keeps advertising denied through "Accept all", never loads its tag, and the dialog says why (GPC-1)', async () => {
    const { page, googleRequests } = await visit('#/', { gpc: true });
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    const layer = await dataLayer(page);
    expect(layer.filter((entry) => entry.startsWith('config'))).toEqual(['config G-WEROOMDEMO']);
    expect(googleRequests.some((url) => url.includes('AW-'))).toBe(false);
    expect((await timelineOf(page)).find((line) => line.startsWith('consent update'))).toContain('"ad_storage":"denied"');
    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await expect(dialog.getByRole('switch', { name: 'Targeting or advertising cookies' }).isChecked()).resolves.toBe(false);
    await expect(dialog.textContent()).resolves.toContain('Off because your browser sends a Global Privacy Control signal.');
  });

  it('9. works by keyboard alone: Tab reaches the banner, the dialog keeps Tab inside, Escape closes it undecided and focus returns (A11Y-1, A11Y-2)', async () => {
    const { page, context } = await visit();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await banner(page).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Read our cookie policy');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Accept all');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Reject all');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Customize');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.waitFor();
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    // Focus comes back once the dialog has closed, within a frame or two, not in the same task.
    await expect.poll(focused, { timeout: 2000 }).toBe('Customize');
    expect(await context.cookies()).toEqual([]);
  });

  it('10. never hides a focused element behind the banner while it shows (A11Y-3)', async () => {
    const { page } = await visit('#/', { width: 1024, height: 600 });
    await banner(page).waitFor();
    const hidden: string[] = [];
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab');
      const result = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const region = document.querySelector('[data-consent-banner]');
        if (!element || element === document.body || !region || region.contains(element)) return null;
        const box = element.getBoundingClientRect();
        const top = region.getBoundingClientRect().top;
        return { name: element.textContent?.trim() || element.tagName, visible: box.top < top && box.bottom > 0 };
      });
      if (result && !result.visible) hidden.push(result.name);
    }
    expect(hidden).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('11. passes axe on the banner, the dialog and the policy page, %s', async (colorScheme) => {
    const { page } = await visit('#/', { colorScheme });
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    expect(await axe(page, '[data-consent-dialog]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.goto(site!.url('#/cookies'));
    await page.getByRole('heading', { name: 'The use of cookies' }).waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('12. adds no layout shift when the banner appears', async () => {
    const { page } = await visit();
    await banner(page).waitFor();
    await page.waitForTimeout(300);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBe(0);
  });

  it('13. gives "Accept all" and "Reject all" the same size and the same computed styles (EU-2)', async () => {
    const { page } = await visit();
    const measure = (name: string) =>
      page.getByRole('button', { name, exact: true }).evaluate((button) => {
        const style = getComputedStyle(button);
        const box = button.getBoundingClientRect();
        const keys = ['color', 'background-color', 'font-size', 'font-weight', 'font-family', 'border', 'border-radius', 'padding', 'text-decoration-line', 'opacity'];
        return { width: Math.round(box.width), height: Math.round(box.height), ...Object.fromEntries(keys.map((key) => [key, style.getPropertyValue(key)])) };
      });
    const accept = await measure('Accept all');
    expect(await measure('Reject all')).toEqual(accept);
    expect(await measure('Customize')).toEqual(accept);
  });

  it('14. takes a decision made in one tab into the other without a reload', async () => {
    const { page, context } = await visit();
    const other = await context.newPage();
    await other.goto(site!.url());
    await banner(other).waitFor();
    await page.getByRole('button', { name: 'Reject all' }).click();
    await other.getByRole('region', { name: 'Cookie consent' }).waitFor({ state: 'detached' });
    await expect(other.getByRole('status').textContent()).resolves.toBe('Optional cookies rejected.');
  });

  it('15. under a strict Content-Security-Policy reports no violation, and the gated scripts carry the nonce', async () => {
    const { page } = await visit('?csp=c3BlY3RhY3VsYXI#/');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    const scripts = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLScriptElement>('script[data-consent-script]'), (script) => ({ src: script.src, nonce: script.nonce })),
    );
    expect(scripts).toHaveLength(2);
    expect(scripts).toEqual(
      expect.arrayContaining([
        { src: expect.stringContaining('static.hotjar.com'), nonce: 'c3BlY3RhY3VsYXI' },
        { src: expect.stringContaining('googletagmanager.com/gtag/js'), nonce: 'c3BlY3RhY3VsYXI' },
      ]),
    );
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect((await timelineOf(page))[0]).toMatch(/^consent default/);
  });

  it('16. at 320 px wide leaves most of the screen visible and nothing overflows sideways (A11Y-5)', async () => {
    const { page } = await visit('#/', { width: 320, height: 640 });
    const region = await banner(page).boundingBox();
    expect(region!.height).toBeLessThan(640 / 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('17. loads the preferences dialog only when wanted: not on a first visit, but as soon as "Customize" is hovered', async () => {
    site = await openSite();
    const dialogChunks: string[] = [];
    site.page.on('request', (request) => {
      if (/preferences-dialog-content/.test(request.url())) dialogChunks.push(request.url());
    });
    await site.page.goto(site.url());
    await banner(site.page).waitFor();
    await site.page.waitForLoadState('networkidle');
    expect(dialogChunks).toEqual([]);
    await site.page.getByRole('button', { name: 'Customize' }).hover();
    await expect.poll(() => dialogChunks.length).toBe(1);
    await site.page.getByRole('button', { name: 'Customize' }).click();
    await site.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    expect(dialogChunks).toHaveLength(1);
  });

  it('18. lets a person watch the library work in the demo’s consent inspector', async () => {
    const { page } = await visit();
    await page.getByRole('button', { name: 'Consent inspector' }).click();
    const panel = page.getByRole('region', { name: 'Consent inspector' });
    await expect(panel.textContent()).resolves.toContain('undecided (no-decision)');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => panel.textContent()).toContain('"method":"accept-all"');
    await expect.poll(() => panel.textContent()).toContain('gtag("consent", "update"');
    await expect(panel.textContent()).resolves.toContain('Consent records (1)');
  });

  it('19. keeps a person signed in with "Remember me" through the weroom_session features cookie, needing no consent', async () => {
    const { page, context } = await visit('#/sign-in');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Password').fill('correct horse');
    await page.getByRole('checkbox', { name: 'Remember me' }).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as ada@example.com.').waitFor();
    // Two features cookies, both declared: the 30-day "Remember me" one and the session's own.
    expect((await context.cookies()).map((cookie) => cookie.name).sort()).toEqual(['weroom_session', 'weroom_user']);
    expect((await context.cookies()).find((cookie) => cookie.name === 'weroom_user')?.expires).toBe(-1);
    await expect(banner(page).isVisible()).resolves.toBe(true);
  });

  it('20. gives markup from a CMS its address only once its category is granted (ConsentMarkup)', async () => {
    const { page } = await visit();
    const pixel = page.locator('[data-cms] img');
    expect(await pixel.getAttribute('src')).toBeNull();
    await page.getByRole('button', { name: 'Reject all' }).click();
    expect(await pixel.getAttribute('src')).toBeNull();
    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => pixel.getAttribute('src')).toBe('./cms-pixel.svg');
  });

  it('21. loads Hotjar and the YouTube video only with consent, once each (SVC-1)', async () => {
    const current = await visit();
    const { page } = current;
    await page.waitForTimeout(200);
    expect(current.vendorRequests).toEqual([]);
    expect(await page.locator('iframe[src*="youtube-nocookie.com"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => current.vendorRequests.filter((url) => url.includes('static.hotjar.com')).length).toBe(1);
    await expect.poll(() => page.locator('iframe[src*="youtube-nocookie.com"]').count()).toBe(1);
  });
});
