import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSite, type Site } from './site';

const hasBrowser = inject('hasBrowser');

let site: Site | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

// The longest languages the library ships, and the right-to-left one, on a phone 320 px wide (I18N-4, A11Y-5).
describe.skipIf(!hasBrowser)('the banner and the dialog at 320 px wide', () => {
  it.each(['de', 'fi', 'hu', 'el', 'ar'])('in %s: nothing overflows, the choices keep equal weight, the banner leaves most of the screen, the dialog stays usable', async (code) => {
    site = await openSite({ width: 320, height: 640 });
    const { page } = site;
    await page.goto(site.url(`#/${code}/`));
    const banner = page.locator('[data-consent-banner]');
    await banner.waitFor();
    expect(await banner.getAttribute('lang')).toBe(code);
    expect(await banner.getAttribute('dir')).toBe(code === 'ar' ? 'rtl' : 'ltr');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect((await banner.boundingBox())!.height).toBeLessThan(320);

    const buttons = ['accept-all', 'reject-all', 'customize'].map((name) => banner.locator(`[data-consent-button="${name}"]`));
    const boxes = await Promise.all(buttons.map(async (button) => (await button.boundingBox())!));
    const styles = await Promise.all(
      buttons.map((button) =>
        button.evaluate((element) => {
          const style = getComputedStyle(element);
          return [style.backgroundColor, style.color, style.fontSize, style.fontWeight, style.borderTopWidth, style.borderTopColor].join(' ');
        }),
      ),
    );
    // Same style and height for all three; "Accept all" and "Reject all" side by side, the same size (EU-2).
    expect(new Set(styles).size).toBe(1);
    expect(new Set(boxes.map((box) => Math.round(box.height))).size).toBe(1);
    expect(Math.round(boxes[0]!.width)).toBe(Math.round(boxes[1]!.width));
    for (const box of boxes) expect(box.x >= 0 && box.x + box.width <= 320).toBe(true);
    // Right to left, the first choice sits on the right.
    if (code === 'ar') expect(boxes[0]!.x).toBeGreaterThan(boxes[1]!.x);
    else expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);

    await buttons[2]!.click();
    const dialog = page.locator('[data-consent-dialog]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('lang')).toBe(code);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const close = dialog.locator('[data-consent-close]');
    const closeBox = (await close.boundingBox())!;
    expect(closeBox.x >= 0 && closeBox.x + closeBox.width <= 320 && closeBox.y >= 0).toBe(true);
    for (const control of await dialog.getByRole('switch').all()) {
      await control.scrollIntoViewIfNeeded();
      const box = (await control.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= 320 && box.y >= 0 && box.y + box.height <= 640).toBe(true);
    }
  });
});
