import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveBenchPages } from '../bench/pages.mjs';
import { FRAME_PROBE, firstMountedFrame, timeDialogOpening } from '../bench/frames.mjs';
import { createRequire } from 'node:module';
import { launchFreshContext } from '../browser/chromium.mjs';
import { encodeConsentValue } from '../../src/core/cookie-codec';

const hasBrowser = inject('hasBrowser');

type Frame = { at: number; content: boolean; mounted: boolean; banner: boolean; granted: boolean; title: string | null };

let pages: { base: string; close: () => Promise<void> } | undefined;
beforeAll(async () => {
  if (hasBrowser) pages = await serveBenchPages(new URL('../../build/e2e-pages/', import.meta.url).pathname);
}, 60_000);
afterAll(async () => pages?.close());

/** The frames a fresh profile paints of `page`, with or without a stored "Accept all". */
async function framesOf(page: string, decided: boolean): Promise<Frame[]> {
  const browser = await launchFreshContext({ viewport: { width: 1280, height: 800 } });
  try {
    const url = new URL(`${pages!.base}${page}`);
    if (decided) {
      const value = encodeConsentValue({ revision: '1', decidedAt: Date.now() - 60_000, consentId: 'framesVisitor1234', method: 'accept-all', granted: ['features', 'performance', 'advertising'], denied: [] });
      await browser.context.addCookies([{ name: 'cookie_consent', value, url: url.origin }]);
    }
    const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
    await tab.addInitScript(FRAME_PROBE);
    await tab.goto(url.href);
    await tab.waitForFunction(() => (window as unknown as { __frames: Frame[] }).__frames.filter((frame) => frame.mounted).length >= 3);
    return await tab.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
  } finally {
    await browser.close();
  }
}

describe.skipIf(!hasBrowser)('the first frame that shows the app (I18N-3, A11Y-2)', () => {
  it('shows the banner to an undecided visitor with createRoot', async () => {
    const frames = await framesOf('first-paint.html', false);
    const first = firstMountedFrame(frames)!;
    // The app's content and the banner arrive in one frame: no frame shows the page without it.
    expect(first.firstContent).toBe(first.index);
    expect(first).toMatchObject({ content: true, banner: true, granted: false });
  });

  it('shows the granted content, and no banner, to a decided visitor with createRoot', async () => {
    const first = firstMountedFrame(await framesOf('first-paint.html', true))!;
    expect(first).toMatchObject({ content: true, banner: false, granted: true });
  });

  it('shows the banner in the first frame after hydrateRoot', async () => {
    const frames = await framesOf('hydrate.html', false);
    const first = firstMountedFrame(frames)!;
    // The server's HTML was painted before hydration, without the banner: the server read no cookie.
    expect(frames[first.firstContent]).toMatchObject({ content: true, banner: false, mounted: false });
    expect(first).toMatchObject({ banner: true, granted: false });
  });

  it('shows the granted content in the first frame after hydrateRoot', async () => {
    const first = firstMountedFrame(await framesOf('hydrate.html', true))!;
    expect(first).toMatchObject({ banner: false, granted: true });
  });
});

describe.skipIf(!hasBrowser)('opening the preferences', () => {
  it('paints the dialog well within 100 ms of the click once a hover prefetched it (a generous 250 ms guard; npm run bench measures)', async () => {
    const browser = await launchFreshContext({ viewport: { width: 1280, height: 800 } });
    try {
      const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
      await tab.goto(`${pages!.base}with-library.html`);
      const elapsed = await timeDialogOpening(tab, { prefetch: true });
      expect(elapsed).toBeLessThan(250);
      expect(await tab.getByRole('dialog', { name: 'Cookie preferences' }).isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!hasBrowser)('the demo in French', () => {
  const demo = `http://127.0.0.1:${inject('demoPort')}/`;

  it('paints the French banner in the app’s first frame, with no request beyond the page’s own bundle (I18N-3)', async () => {
    const browser = await launchFreshContext({ viewport: { width: 1280, height: 800 } });
    try {
      const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
      const requests: string[] = [];
      tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await tab.addInitScript(FRAME_PROBE);
      await tab.goto(`${demo}#/fr/`);
      await tab.waitForFunction(() => (window as unknown as { __frames: Frame[] }).__frames.some((frame) => frame.banner));
      const frames = await tab.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
      const first = frames.find((frame) => frame.content)!;
      expect(first.title).toBe('Nous utilisons des cookies');
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe('fr');
      // The page, its bundle (with the bundler's runtime, shared with the lazy pages) and its
      // stylesheet: no language chunk was fetched for the first paint.
      const fetched = requests.filter((path) => /\.(js|css)$/.test(path)).map((path) => path.replace(/-[\w-]{8}\.(js|css)$/, '.$1'));
      expect(fetched.filter((path) => path !== '/assets/rolldown-runtime.js')).toEqual(['/assets/index.js', '/assets/index.css']);
    } finally {
      await browser.close();
    }
  });

});

describe.skipIf(!hasBrowser)('without the theme (no styles.css)', () => {
  it('opens the dialog as a modal over the page, and each switch shows its state by itself', async () => {
    const browser = await launchFreshContext({ viewport: { width: 1024, height: 700 } });
    try {
      const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
      await tab.goto(`${pages!.base}unstyled.html`);
      await tab.getByRole('button', { name: 'Customize' }).click();
      const dialog = tab.getByRole('dialog', { name: 'Cookie preferences' });
      await dialog.waitFor();
      // In the browser's top layer, over the page and within the window, and the page behind inert.
      expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
      const box = (await dialog.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(700);
      const performance = dialog.getByRole('switch', { name: 'Analytics' });
      expect(await performance.evaluate((element) => getComputedStyle(element).appearance)).toBe('auto');
      // The switch looks different on and off: a native checkbox draws its own check.
      const off = await performance.screenshot();
      await performance.click();
      expect(await performance.isChecked()).toBe(true);
      const on = await performance.screenshot();
      expect(on.equals(off)).toBe(false);
    } finally {
      await browser.close();
    }
  });
});

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.skipIf(!hasBrowser)('the theme follows the site, for a visitor whose system is dark', () => {
  it.each([
    ['a light-only site', '', 'rgb(255, 255, 255)'],
    ['data-theme="dark" on a wrapper around the provider', '?theme=dark', 'rgb(28, 31, 38)'],
    ['data-theme="system" on a wrapper', '?theme=system', 'rgb(28, 31, 38)'],
    ['a page in color-scheme: light dark', '?scheme=light-dark', 'rgb(28, 31, 38)'],
  ])('%s: the banner and the dialog alike, with no axe violation (A11Y-5)', async (_, query, background) => {
    const browser = await launchFreshContext({ viewport: { width: 1024, height: 700 }, colorScheme: 'dark' });
    try {
      const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
      await tab.goto(`${pages!.base}themes.html${query}`);
      const banner = tab.getByRole('region', { name: 'Cookie consent' });
      expect(await banner.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(background);
      await tab.getByRole('button', { name: 'Customize' }).click();
      const dialog = tab.getByRole('dialog', { name: 'Cookie preferences' });
      await dialog.waitFor();
      await tab.waitForFunction(() => getComputedStyle(document.querySelector('[data-consent-dialog]')!).borderRadius !== '0px');
      expect(await dialog.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(background);
      await tab.addScriptTag({ path: AXE_SOURCE });
      const violations = await tab.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run(document)).violations.map((violation) => violation.id);
      });
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
