// The choice is made the way a visitor makes it: the banner's "Accept all" or "Reject all" button,
// found by role and name in the page's language (the library's texts for that locale, with the
// config's overrides). When no such button can be clicked (the site's banner is not the
// library's, or is hidden), the audit writes the library's own consent cookie for the config's
// revision and reloads, and the report says so.
import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { encodeConsentValue } from '../core/cookie-codec.js';
import type { ConsentRegime } from '../core/jurisdiction.js';
import { localeModuleFor, withOverrides } from '../core/texts.js';
import en from '../locales/en.js';
import type { ConsentInventory } from './inventory.js';
import type { Allowance } from './passes.js';
import type { ChoiceMade } from './types.js';

/** The banner's texts the visitor reads in `lang`: the site's language module (or English) with the config's overrides. */
export function bannerTexts(inventory: ConsentInventory, lang: string): { locale: string; acceptAll: string; rejectAll: string } {
  const module = (lang && localeModuleFor(inventory.config.locales, lang)) || en;
  const locale = module === en ? 'en' : module.code;
  const banner = withOverrides(module.texts, inventory.config.texts, lang || locale).banner;
  return { locale, acceptAll: banner.acceptAll, rejectAll: banner.rejectAll };
}

/** Clicks the banner's button for `action`; falls back to writing the consent cookie for the allowance it stands for. */
export async function makeChoice(
  page: Page,
  context: BrowserContext,
  inventory: ConsentInventory,
  action: 'accept' | 'reject',
  after: Allowance,
  options: { timeoutMs: number; onChoosing: () => void },
): Promise<ChoiceMade> {
  const lang = await page.evaluate(() => document.documentElement.lang || navigator.language || '').catch(() => '');
  const texts = bannerTexts(inventory, lang);
  const name = action === 'accept' ? texts.acceptAll : texts.rejectAll;
  const button = page.getByRole('button', { name, exact: true }).first();
  let reason: string;
  try {
    await button.waitFor({ state: 'visible', timeout: options.timeoutMs });
    // What the click's own handler sets or sends already follows the choice.
    options.onChoosing();
    await button.click({ timeout: options.timeoutMs });
    return { method: 'banner', button: name, locale: texts.locale };
  } catch (error) {
    const visible = await page.getByRole('button', { name, exact: true }).count().catch(() => 0);
    reason =
      visible === 0
        ? `no button named "${name}" on the page (language ${lang || 'not set'}, the library's ${texts.locale} texts): the banner is not the library's, or shows no such button in this place`
        : `the button "${name}" could not be clicked: ${(error as Error).message.split('\n')[0]}`;
  }
  options.onChoosing();
  await writeConsentCookie(page, context, inventory, action, after.regime, after.granted);
  return { method: 'consent-cookie', reason };
}

/** The library's consent cookie for the config's revision, as the store writes it, then a reload. */
async function writeConsentCookie(
  page: Page,
  context: BrowserContext,
  inventory: ConsentInventory,
  action: 'accept' | 'reject',
  regime: ConsentRegime,
  granted: Readonly<Record<string, boolean>>,
): Promise<void> {
  const config = inventory.config;
  const value = encodeConsentValue({
    revision: config.revision,
    decidedAt: Date.now(),
    consentId: randomBytes(12).toString('base64url'),
    method: action === 'accept' ? 'accept-all' : regime === 'opt-out' ? 'opt-out' : 'reject-all',
    regime,
    // The stored choice is the person's, before GPC holds anything: GPC is re-read on every page.
    granted: config.categoryIds.filter((id) => action === 'accept' || granted[id] === true || config.categories[id]?.required),
    denied: config.categoryIds.filter((id) => !(action === 'accept' || granted[id] === true || config.categories[id]?.required)),
  });
  const url = new URL(page.url());
  await context.addCookies([
    {
      name: config.cookie.name,
      value,
      ...(config.cookie.domain ? { domain: config.cookie.domain, path: config.cookie.path } : { url: `${url.origin}${config.cookie.path}` }),
      sameSite: 'Lax',
      secure: url.protocol === 'https:',
      expires: Math.floor(Date.now() / 1000) + config.expiresAfterDays * 86_400,
    },
  ]);
  await page.reload({ waitUntil: 'load' }).catch(() => undefined);
}
