import type { ResolvedConfig } from '../core/config.js';
import { hashShownPolicy, shownCategories, shownTexts } from '../core/consent-record.js';
import type { ConsentRegime } from '../core/jurisdiction.js';
import { loadLocaleTexts, localeModuleFor, purposeText, resolveFirstLayer, withOverrides, type AllTexts } from '../core/texts.js';
import en from '../locales/en.js';
import type { ShownTexts } from './store.js';

/** What the finder needs of a record: where the texts were shown, to whom, under which regime. */
export type ShownContext = { locale: string; regime: ConsentRegime; inDialog: boolean; shownHash: string };

/**
 * The texts a record's hash can stand for, computed from the site's config as the browser does:
 * the regime's first layer in the record's locale (the library's banner or notice), with the
 * dialog's texts and tables for a decision made there, or the config's own texts (an interface of
 * the site's). `null` when none matches. Kept per locale, regime and layer, a few hundred at most.
 */
export function shownTextsFinder(config: ResolvedConfig): (context: ShownContext) => Promise<ShownTexts | null> {
  const known = new Map<string, ShownTexts>();
  const own: ShownTexts = { shownHash: hashShownPolicy(config, config.texts), revision: config.revision, locale: '*', texts: config.texts, categories: shownCategories(config) };

  async function compute({ locale, regime, inDialog }: ShownContext): Promise<ShownTexts> {
    const module = localeModuleFor(config.locales, locale) ?? en;
    const first = resolveFirstLayer(module.texts, config.categoryIds, config.texts, locale);
    if (!inDialog) {
      const texts = shownTexts(first, regime, false);
      return { shownHash: hashShownPolicy(config, texts), revision: config.revision, locale, texts, categories: shownCategories(config) };
    }
    // The dialog, as the browser resolves it: the second layer with the site's overrides, and each
    // cookie's purpose in the words of its table.
    const all = { ...first, ...withOverrides(await loadLocaleTexts(module), config.texts, locale) } as AllTexts;
    const purposes = config.categoryList.map((category) => category.cookies.map((cookie) => purposeText(cookie.purpose, all, locale)));
    const texts = shownTexts(all, regime, true);
    return { shownHash: hashShownPolicy(config, texts, purposes), revision: config.revision, locale, texts, categories: shownCategories(config, purposes) };
  }

  return async (context) => {
    if (context.shownHash === own.shownHash) return own;
    const key = `${context.locale}|${context.regime}|${context.inDialog}`;
    let shown = known.get(key);
    if (!shown) {
      shown = await compute(context);
      if (known.size < 500) known.set(key, shown);
    }
    return shown.shownHash === context.shownHash ? shown : null;
  };
}
