import type { ConsentStore } from '../core/consent-store.js';
import { loadLocaleTexts, localeModuleFor } from '../core/texts.js';
import en from '../locales/en.js';

type DialogModule = typeof import('./preferences-dialog-content.js');

// The dialog's code, once loaded: like React.lazy's own cache, but read synchronously, so that a
// dialog prefetched on hover renders on the click itself instead of suspending first.
let loaded: DialogModule | undefined;
let loading: Promise<DialogModule> | undefined;

/** Whether the page uses the library's theme: styles.css sets `--consent-theme` on the root. */
function themeInUse(): boolean {
  try {
    return getComputedStyle(document.documentElement).getPropertyValue('--consent-theme').trim() !== '';
  } catch {
    return false;
  }
}

/** The dialog's module if it has loaded. */
export function loadedPreferencesDialog(): DialogModule | undefined {
  return loaded;
}

/**
 * Loads the preferences dialog, Radix and the second layer of the language being spoken: called
 * on first opening, and ahead of time when a button that opens the dialog is hovered or focused,
 * so that opening it feels instant.
 */
export function loadPreferencesDialog(store: ConsentStore): Promise<DialogModule> {
  // The theme's dialog rules come with the dialog, as a stylesheet the app's bundler serves (a
  // `<link>`: no inline style, so a strict Content-Security-Policy holds). Without a bundler that
  // takes CSS, the dialog still opens, unstyled.
  loading ??= Promise.all([import('./preferences-dialog-content.js'), themeInUse() ? import('../styles-dialog.css').catch(() => undefined) : undefined]).then(
    ([module]) => (loaded = module),
    (error: unknown) => {
      // Offline, or a deploy replaced the chunk: let the next attempt try again.
      loading = undefined;
      throw error;
    },
  );
  // The second layer of the language spoken, English's like any other's; English's stands in
  // should it fail (offline).
  const language = localeModuleFor(store.config.locales, store.getState().locale) ?? en;
  const texts = loadLocaleTexts(language).catch(() => (language === en ? undefined : loadLocaleTexts(en).catch(() => undefined)));
  return Promise.all([loading, texts]).then(([module]) => module);
}

/** Handlers that prefetch the dialog, for any element that opens it. */
export function prefetchHandlers(store: ConsentStore) {
  const prefetch = () => void loadPreferencesDialog(store).catch(() => undefined);
  return { onPointerEnter: prefetch, onFocus: prefetch };
}
