// What a second newcomer found on the page (issue 23): a page that jumped after a choice, a cramped
// dialog at 320 px, a policy link hidden in the banner's scrolling text, a language that was not
// spoken loaded with the dialog, and warnings in the console.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { banner, openSite, recordsDelivered, type Site, type SiteOptions } from './site';

const hasBrowser = inject('hasBrowser');

let site: Site | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

async function visit(path: string, options: SiteOptions = {}): Promise<Site> {
  site = await openSite(options);
  await site.page.goto(site.url(path));
  return site;
}

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (page: Page, selector: string): Promise<Box> => (await page.locator(selector).first().boundingBox())!;

describe.skipIf(!hasBrowser)('the demo on small screens and long pages (issue 23)', () => {
  for (const [width, height] of [
    [1280, 800],
    [320, 640],
  ] as const) {
    for (const choice of ['Accept all', 'Reject all', 'Save preferences'] as const) {
      it(`does not scroll a long page when focus moves after "${choice}" at ${width} px (A11Y-1)`, async () => {
        const { page } = await visit('#/', { width, height });
        await banner(page).waitFor();
        // The shop's page: its main content much taller than the window.
        await page.addStyleTag({ content: 'main { min-block-size: 3000px; }' });
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        if (choice === 'Save preferences') {
          await banner(page).getByRole('button', { name: 'Customize' }).click();
          await page.getByRole('dialog').getByRole('button', { name: choice }).click();
          await page.getByRole('dialog').waitFor({ state: 'detached' });
        } else {
          await banner(page).getByRole('button', { name: choice }).click();
          await banner(page).waitFor({ state: 'detached' });
        }
        await page.waitForTimeout(100);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        // Focus still lands somewhere sensible: the start of the main content, or what opened the dialog.
        expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
      });
    }
  }

  for (const language of ['de', 'fi', 'hu', 'el', 'pl', 'ar']) {
    it(`lays out the opt-out notice and dialog at 320 px in ${language}: stacked choices, a 24 px close button, room for the categories (A11Y-5, I18N-4)`, async () => {
      const { page } = await visit(`?visitor=US-CA#/${language}/`, { width: 320, height: 640 });
      const notice = page.locator('[data-consent-banner][data-consent-notice]');
      await notice.waitFor();
      const noticeActions = await boxOf(page, '[data-consent-notice] [data-consent-actions]');
      for (const button of await notice.locator('[data-consent-actions] button').all()) {
        const box = (await button.boundingBox())!;
        expect(Math.round(box.width)).toBe(Math.round(noticeActions.width));
        // Two or three lines at most, not five.
        expect(box.height).toBeLessThan(80);
      }
      await notice.locator('[data-consent-button="opt-out"]').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      const whole = await boxOf(page, '[data-consent-dialog]');
      const actions = await boxOf(page, '[data-consent-dialog] [data-consent-actions]');
      for (const button of await dialog.locator('[data-consent-actions] button').all()) {
        const box = (await button.boundingBox())!;
        expect(box.width).toBeGreaterThan(actions.width - 40);
      }
      const close = await boxOf(page, '[data-consent-close]');
      expect(close.width).toBeGreaterThanOrEqual(24);
      expect(close.height).toBeGreaterThanOrEqual(24);
      const body = await boxOf(page, '[data-consent-dialog-body]');
      expect(body.height).toBeGreaterThanOrEqual(whole.height / 2);
      // Nothing wider than the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  for (const language of ['en', 'de', 'pl', 'ga']) {
    it(`keeps the link to the policy in view in the banner at 320 px, without scrolling the banner, in ${language}`, async () => {
      const { page } = await visit(`#/${language === 'en' ? '' : `${language}/`}`, { width: 320, height: 640 });
      await page.locator('[data-consent-banner]').waitFor();
      const link = page.locator('[data-consent-banner] a[data-consent-link]');
      const box = (await link.boundingBox())!;
      const region = await boxOf(page, '[data-consent-banner]');
      expect(box.y).toBeGreaterThanOrEqual(region.y);
      expect(box.y + box.height).toBeLessThanOrEqual(region.y + region.height);
      // Not clipped by a scrolling part of the banner either: the link is hit where it is drawn.
      const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href') ?? null, { x: box.x + 4, y: box.y + box.height / 2 });
      expect(hit).toBe(await link.getAttribute('href'));
      // The banner covers half the screen at most (A11Y-5).
      expect(region.height).toBeLessThanOrEqual(640 * 0.6);
    });
  }

  for (const [language, path] of [
    ['pl', '#/pl/'],
    ['en', '#/'],
  ] as const) {
    it(`loads the second layer of the language spoken alone when the dialog opens (${language})`, async () => {
      const { page } = await visit(path);
      const secondLayers: string[] = [];
      page.on('response', async (response) => {
        if (!/\/assets\/[\w-]+\.js$/.test(response.url())) return;
        const code = await response.text().catch(() => '');
        // English's "Save preferences", Polish's "Zapisz preferencje": the second layers' own words.
        if (code.includes('Save preferences')) secondLayers.push('en');
        if (code.includes('Zapisz preferencje')) secondLayers.push('pl');
      });
      await page.locator('[data-consent-banner]').waitFor();
      await page.locator('[data-consent-button="customize"]').click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(500);
      expect(secondLayers).toEqual([language]);
    });
  }

  it('prints no warning or error in the console, the video allowed and the policy read', async () => {
    const { page } = await visit('#/');
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') messages.push(`${message.type()}: ${message.text()}`);
    });
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.locator('iframe[src*="youtube-nocookie.com"]').waitFor({ state: 'attached' });
    // The record goes with keepalive, which a navigation would leave pending for ever.
    await recordsDelivered(page);
    await page.goto(site!.url('#/cookies'));
    await page.locator('[data-consent-policy]').waitFor();
    await page.waitForTimeout(500);
    expect(messages).toEqual([]);
    expect(site!.errors).toEqual([]);
  });
});
