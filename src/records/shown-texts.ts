import type { ResolvedConfig } from '../core/config.js';
import { hashShownPolicy, shownCategories } from '../core/consent-record.js';
import { localeModuleFor, resolveFirstLayer } from '../core/texts.js';
import en from '../locales/en.js';
import type { ShownTexts } from './store.js';

/**
 * The texts a record's hash can stand for, computed from the site's config as the browser does:
 * the first layer in the record's locale (the library's banner), or the config's own texts (an
 * interface of the site's). Kept per locale, a few hundred at most.
 */
export function shownTextsFinder(config: ResolvedConfig): (locale: string, shownHash: string) => ShownTexts | null {
  const byLocale = new Map<string, ShownTexts>();
  const own: ShownTexts = { shownHash: hashShownPolicy(config, config.texts), revision: config.revision, locale: '*', texts: config.texts, categories: shownCategories(config) };
  return (locale, shownHash) => {
    if (shownHash === own.shownHash) return own;
    let shown = byLocale.get(locale);
    if (!shown) {
      const texts = resolveFirstLayer((localeModuleFor(config.locales, locale) ?? en).texts, config.categoryIds, config.texts, locale);
      shown = { shownHash: hashShownPolicy(config, texts), revision: config.revision, locale, texts, categories: shownCategories(config) };
      if (byLocale.size < 500) byLocale.set(locale, shown);
    }
    return shown.shownHash === shownHash ? shown : null;
  };
}
