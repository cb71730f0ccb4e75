import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ResolvedConfig } from '../core/config.js';
import type { RegisteredCategory } from '../core/register.js';
import { DIALOG_TEXTS, FIRST_LAYER_TEXTS } from '../core/consent-store.js';
import type { ConsentState, ConsentStore } from '../core/types.js';
import { loadScriptWhenGranted, type LoadScriptOptions } from '../core/script-loader.js';
import {
  loadLocaleTexts,
  loadedSecondLayer,
  localeModuleFor,
  resolveFirstLayer,
  withOverrides,
  type AllTexts,
  type FirstLayerTexts,
  type SecondLayerLocaleTexts,
} from '../core/texts.js';
import { directionOf } from '../core/locale.js';
import en from '../locales/en.js';
import { useConsentStore } from './consent-context.js';

// Replaced by the app's bundler; see ARCHITECTURE.md, "Development-only code".
declare const process: { env: { NODE_ENV?: string } };

export type { Register, RegisteredCategory } from '../core/register.js';

export type Store = ConsentStore<RegisteredCategory>;
type State = ConsentState<RegisteredCategory>;

/** Reads one slice of a store's state; the component re-renders only when the slice changes. */
export function useStoreSlice<T>(store: Store, selector: (state: State) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(store.getInitialState()),
  );
}

/**
 * Reads a slice of the consent state; the component re-renders only when the slice changes
 * (compared with `Object.is`, so select a primitive or a part the store keeps as it is).
 */
export function useConsentSelector<T>(selector: (state: State) => T): T {
  return useStoreSlice(useTypedStore('useConsentSelector'), selector);
}

/**
 * Whether `category` may run now: `true` only once the person granted it (always for a required
 * category). Re-renders only when that category changes.
 */
export function useConsent(category: RegisteredCategory): boolean {
  const store = useTypedStore('useConsent');
  let mistake: Error | undefined;
  try {
    // Development builds only, written so that a production build drops it (ARCHITECTURE.md).
    if (process.env.NODE_ENV !== 'production' && !Object.hasOwn(store.config.categories, category)) {
      mistake = new Error(`useConsent('${category}'): the consent config has no category "${category}" (it has ${store.config.categoryIds.join(', ')}).`);
    }
  } catch {
    // A page without a bundler has no `process`: it is a production page.
  }
  if (mistake) throw mistake;
  // An unknown id in production reads as not granted: fail closed.
  return useStoreSlice(store, (state) => state.granted[category] === true);
}

const wholeState = (state: State): State => state;
const localeOf = (state: State): string => state.locale;

/** The store of the nearest provider, typed with the registered category ids. */
export function useTypedStore(hookName: string): Store {
  return useConsentStore(hookName) as unknown as Store;
}

/**
 * The first layer's texts (banner, announcements, settings button, gate, categories) in the
 * locale being spoken, with the config's overrides: what a banner of your own needs.
 */
export function useConsentTexts(): FirstLayerTexts {
  const store = useTypedStore('useConsentTexts');
  const locale = useStoreSlice(store, localeOf);
  return store.getTexts(FIRST_LAYER_TEXTS, firstLayerOf, locale);
}

// The built-in texts come in through these hooks, not through the store: an app that never shows
// the library's texts does not ship them.
const firstLayerOf = (config: ResolvedConfig, locale: string): FirstLayerTexts =>
  resolveFirstLayer((localeModuleFor(config.locales, locale) ?? en).texts, config.categoryIds, config.texts, locale);

/**
 * The language the texts are in, for the `lang` and `dir` of the parts that show them: a page in a
 * language the site does not ship shows another one, and must say which (WCAG 3.1.2).
 */
export function useLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  const store = useTypedStore('useConsentTexts');
  const lang = useStoreSlice(store, localeOf);
  return { lang, dir: localeModuleFor(store.config.locales, lang)?.dir ?? directionOf(lang) };
}

/**
 * Every text, the second layer's included, or `null` while the language's second layer loads.
 * English's loads like any other language's, unless the caller brings it (`english`: the policy
 * page, which servers render at once); a page in Polish then never loads English's. Should a
 * language's fail to load (offline), English's stands in rather than a dialog that never opens.
 */
export function useAllTexts(english?: SecondLayerLocaleTexts): AllTexts | null {
  const store = useTypedStore('useConsentTexts');
  const locale = useStoreSlice(store, localeOf);
  const listed = localeModuleFor(store.config.locales, locale);
  const module = listed ?? en;
  const [failed, setFailed] = useState<unknown>(null);
  const [, setLoaded] = useState<unknown>(null);
  const englishTexts = english ?? loadedSecondLayer(en);
  const second = !listed && english ? english : (loadedSecondLayer(module) ?? (failed === module ? englishTexts : undefined));
  useEffect(() => {
    if (second) return;
    let live = true;
    const fallBack = () => {
      if (!live) return;
      setFailed(module);
      if (!englishTexts && module !== en) loadLocaleTexts(en).then((texts) => live && setLoaded(texts), () => undefined);
    };
    loadLocaleTexts(module).then((texts) => live && setLoaded(texts), fallBack);
    return () => {
      live = false;
    };
  }, [module, second, englishTexts]);
  const first = store.getTexts(FIRST_LAYER_TEXTS, firstLayerOf, locale);
  if (!second) return null;
  const all = store.getTexts(second, (config, at): AllTexts => ({ ...first, ...withOverrides(second, config.texts, at) }), locale);
  // What a decision in the dialog was shown, for its record (a feature's, which reads it there).
  store.getTexts(DIALOG_TEXTS, () => all, locale);
  return all;
}

/**
 * The decision and every action, for a banner or settings page of your own. Typed with the
 * registered config's category ids: a misspelt id in `save` or `grant` does not compile.
 */
export type ConsentManager<C extends string = RegisteredCategory> = {
  state: ConsentState<C>;
  categories: readonly C[];
  acceptAll: ConsentStore<C>['acceptAll'];
  rejectAll: ConsentStore<C>['rejectAll'];
  /** Records a choice per category; an id the config lacks throws in development and records nothing in production. */
  save: ConsentStore<C>['save'];
  /** Grants one category; an id the config lacks throws in development and records nothing in production. */
  grant: ConsentStore<C>['grant'];
  reset: ConsentStore<C>['reset'];
  /** Adds a script once its category is granted, exactly once per page (see `loadScriptWhenGranted`). */
  loadScript: (src: string | undefined, options: LoadScriptOptions<C>) => Promise<HTMLScriptElement>;
  openPreferences: ConsentStore<C>['openPreferences'];
  closePreferences: ConsentStore<C>['closePreferences'];
};

/** The decision and every action, for a banner or settings page of your own. */
export function useConsentManager(): ConsentManager {
  const store = useTypedStore('useConsentManager');
  const state = useStoreSlice(store, wholeState);
  return useMemo(
    () => ({
      state,
      categories: store.config.categoryIds,
      acceptAll: store.acceptAll,
      rejectAll: store.rejectAll,
      save: store.save,
      grant: store.grant,
      reset: store.reset,
      loadScript: (src: string | undefined, options: LoadScriptOptions<RegisteredCategory>) =>
        loadScriptWhenGranted(store, src, { ...(store.nonce ? { nonce: store.nonce } : {}), ...options }),
      openPreferences: store.openPreferences,
      closePreferences: store.closePreferences,
    }),
    [state, store],
  );
}
