// The demo previewed from each place (its "view as a visitor from…" switch, `?visitor=`): what
// loads before and after each choice under opt-in, opt-out and none (JUR-1, JUR-2, JUR-3).
import { afterEach, describe, expect, inject, it } from 'vitest';
import { banner, openSite, recordsDelivered, timelineOf, type Site, type SiteOptions } from './site';

const hasBrowser = inject('hasBrowser');
const OPT_OUT_LINK = 'Do Not Sell or Share My Personal Information';

let site: Site | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

async function visitFrom(place: string | null, options: SiteOptions = {}): Promise<Site> {
  site = await openSite(options);
  await site.page.goto(site.url(place ? `?visitor=${place}#/` : '#/'));
  await site.page.getByRole('heading', { name: 'Find your flatmates' }).waitFor();
  return site;
}

/** The Google tags configured on the page as it is now (the timeline starts afresh with each page). */
const tags = async (current: Site) => (await timelineOf(current.page)).filter((line) => line.startsWith('config ')).map((line) => line.slice(7)).sort();
const hotjar = (current: Site) => current.vendorRequests.filter((url) => url.includes('hotjar'));
const notice = (current: Site) => current.page.getByRole('region', { name: 'Your privacy choices' });
const settled = (current: Site) => current.page.waitForLoadState('networkidle');

describe.skipIf(!hasBrowser)('the demo, as a visitor from each place', () => {
  it('opt-in (France, and a place that is not one): the banner, and nothing optional loads before a choice (EU-1, JUR-1)', async () => {
    for (const place of ['FR', 'XX']) {
      const current = await visitFrom(place);
      await expect(banner(current.page).isVisible()).resolves.toBe(true);
      await settled(current);
      expect(await tags(current)).toEqual([]);
      expect(current.googleRequests).toEqual([]);
      expect(hotjar(current)).toEqual([]);
      expect(await current.context.cookies()).toEqual([]);
      await current.close();
      site = undefined;
    }
  });

  it('opt-out (California): a notice and the footer link, everything runs until the opt-out, which stops advertising and deletes its cookies (JUR-2)', async () => {
    const current = await visitFrom('US-CA');
    const { page } = current;
    await expect(notice(current).isVisible()).resolves.toBe(true);
    await expect(banner(page).count()).resolves.toBe(0);
    await page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    await settled(current);
    await page.waitForFunction(() => (window as unknown as { __timeline: string[] }).__timeline.filter((line) => line.startsWith('config ')).length === 2);
    expect(await tags(current)).toEqual(['AW-1234567890', 'G-WEROOMDEMO']);
    expect(hotjar(current).length).toBeGreaterThan(0);
    expect((await timelineOf(page)).find((line) => line.startsWith('consent update'))).toMatch(/"ad_storage":"granted"/);

    await page.evaluate(() => void (document.cookie = '_gcl_au=set-by-ads; Path=/'));
    await page.evaluate(() => ((window as unknown as { __timeline: string[] }).__timeline.length = 0));
    await page.getByRole('contentinfo').getByRole('button', { name: OPT_OUT_LINK }).click();
    const dialog = page.getByRole('dialog', { name: 'Your privacy choices' });
    await dialog.getByRole('button', { name: 'Opt out of the sale or sharing of my personal information' }).click();
    await dialog.waitFor({ state: 'detached' });
    const timeline = await timelineOf(page);
    expect(timeline[0]).toMatch(/^consent update .*"ad_storage":"denied".*"analytics_storage":"granted"/);
    expect(timeline).toContain('delete _gcl_au');
    await expect(notice(current).count()).resolves.toBe(0);

    await recordsDelivered(page);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    await settled(current);
    expect(await tags(current)).toEqual(['G-WEROOMDEMO']);
    await expect(notice(current).count()).resolves.toBe(0);
    expect(current.errors).toEqual([]);
  });

  it('opt-out with Global Privacy Control: advertising never loads, and the page says the opt-out is honored (GPC-1, JUR-2)', async () => {
    const current = await visitFrom('US-CA', { gpc: true });
    await expect(notice(current).getByText(/Opt-out request honored/).isVisible()).resolves.toBe(true);
    await current.page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    await settled(current);
    expect(await tags(current)).toEqual(['G-WEROOMDEMO']);
    const defaults = (await timelineOf(current.page)).find((line) => line.startsWith('consent default'));
    expect(defaults).toMatch(/"ad_storage":"denied"/);
    await notice(current).getByRole('button', { name: 'Close' }).click();
    await recordsDelivered(current.page);
    await current.page.reload();
    await settled(current);
    await current.page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    expect(await tags(current)).toEqual(['G-WEROOMDEMO']);
  });

  it('none (Japan): no banner, what the config grants by default runs, and the settings turn it off (CLR-1)', async () => {
    const current = await visitFrom('JP');
    const { page } = current;
    await page.waitForFunction(() => (window as unknown as { __gtagLoads?: number }).__gtagLoads === 1);
    await settled(current);
    await expect(banner(page).count()).resolves.toBe(0);
    await expect(notice(current).count()).resolves.toBe(0);
    expect(await tags(current)).toEqual(['G-WEROOMDEMO']);
    await expect(page.getByRole('button', { name: OPT_OUT_LINK }).count()).resolves.toBe(0);

    await page.evaluate(() => ((window as unknown as { __timeline: string[] }).__timeline.length = 0));
    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.getByRole('switch', { name: 'Performance cookies' }).click();
    await dialog.getByRole('button', { name: 'Save preferences' }).click();
    expect((await timelineOf(page))[0]).toMatch(/^consent update .*"analytics_storage":"denied"/);
  });

  it('a visitor who travels is asked again where the regime is stricter: closed the notice in California, then in France (JUR-3)', async () => {
    const current = await visitFrom('US-CA');
    const { page } = current;
    await notice(current).getByRole('button', { name: 'Close' }).click();
    await recordsDelivered(page);
    await page.goto(current.url('?visitor=FR#/'));
    await expect(banner(page).isVisible()).resolves.toBe(true);
    await settled(current);
    expect(await tags(current)).toEqual([]);
    await page.goto(current.url('?visitor=JP#/'));
    await page.getByRole('heading', { name: 'Find your flatmates' }).waitFor();
    await settled(current);
    await expect(banner(page).count()).resolves.toBe(0);
    await expect(notice(current).count()).resolves.toBe(0);
  });
});
