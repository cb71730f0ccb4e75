import { useMemo, useRef, useState, type ReactNode } from 'react';
import { followPageColorScheme } from '../core/color-scheme.js';
import { startConsentEffects, watchUndeclaredCookies, type WithdrawEvent } from '../core/consent-effects.js';
import { createConsentStore } from '../core/consent-store.js';
import type { ConsentStorage } from '../core/consent-storage.js';
import type { ConsentConfig, ConsentDecision, ConsentFeature, ConsentStore } from '../core/types.js';
import { ConsentStoreProvider } from './consent-context.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';

declare const process: { env: { NODE_ENV?: string } };

export type ConsentProviderProps<C extends string = string> = {
  /** The site's consent config, from `defineConsentConfig`. Read once, when the provider is created. */
  config: ConsentConfig<C>;
  /**
   * The features the site uses beyond the kernel, each from its own import, so that a site pays
   * only for those it lists: `jurisdiction(place)` (the regime by place, the opt-out notice),
   * `recordConsent({ endpoint, onDecision })` (proof of consent), `followAccount(decision)` (a
   * signed-in person's choice across devices). Read once, when the provider is created.
   */
  features?: readonly ConsentFeature[];
  /** The locale of the texts. @default `<html lang>`, then the browser's, then English */
  locale?: string;
  /** Where the decision is kept. @default the consent cookie */
  storage?: ConsentStorage;
  /**
   * Told when categories go from granted to denied, after Google heard it and their declared
   * cookies were deleted (CLR-1). `event.reload()` is there to offer, never to force (CLR-2).
   */
  onWithdraw?: (event: WithdrawEvent<C>) => void;
  /** The page's Content-Security-Policy nonce, given to every script the library adds. */
  nonce?: string;
  /**
   * Overrides the browser's Global Privacy Control signal: on the server, from the request's
   * `Sec-GPC: 1` header; in previews and tests. @default read from `navigator`
   */
  globalPrivacyControl?: boolean;
  /**
   * The decision the server read from the request with `readConsent()`: the server HTML then
   * holds the banner for an undecided visitor and none for a decided one, and hydration matches.
   */
  initialConsent?: ConsentDecision<C>;
  children?: ReactNode;
};

/** The props that became features (issue 24), with what replaces each. */
const BECAME_FEATURES: Readonly<Record<string, string>> = {
  jurisdiction: 'features={[jurisdiction(place)]}',
  recordsEndpoint: "features={[recordConsent({ endpoint: '/api/consent' })]}",
  onDecision: 'features={[recordConsent({ onDecision })]}',
  accountConsent: 'features={[followAccount(decision)]}',
};

/**
 * Development only: a prop that became a feature would otherwise be ignored without a word (no
 * records sent, every visitor from an unknown place), so it throws, naming what replaces it; and a
 * config that maps places to regimes with no feature that gives the place is most likely one
 * that lost its `jurisdiction` prop.
 */
function checkProps(props: object, config: unknown, features: readonly ConsentFeature[] | undefined): Error | undefined {
  const old = Object.keys(BECAME_FEATURES).find((name) => Object.hasOwn(props, name));
  if (old) return new Error(`<ConsentProvider ${old}>: this prop became a feature; write ${BECAME_FEATURES[old]} (see the CHANGELOG).`);
  const regimes = (config as { jurisdictions?: { regimes?: object } } | null)?.jurisdictions?.regimes;
  if (regimes && Object.keys(regimes).length > 0 && !features?.some((feature) => feature?.place)) {
    console.warn(
      "[cookie-consent] The consent config maps places to regimes, but the provider has no feature that gives the visitor's place: every visitor is taken as from an unknown place. Add features={[jurisdiction(place)]}.",
    );
  }
  return undefined;
}

/**
 * Holds one site's consent for everything below it. The config is checked here: a broken one
 * throws a `ConsentConfigError` that names the field.
 */
export function ConsentProvider<const C extends string>({
  config,
  features,
  onWithdraw,
  locale,
  storage,
  nonce,
  globalPrivacyControl,
  initialConsent,
  children,
  ...rest
}: ConsentProviderProps<C>) {
  const latest = useRef(onWithdraw);
  useBrowserLayoutEffect(() => {
    latest.current = onWithdraw;
  });
  const [store] = useState(() => {
    let mistake: Error | undefined;
    try {
      // Development builds only, written so that a production build drops it (ARCHITECTURE.md).
      if (process.env.NODE_ENV !== 'production') mistake = checkProps(rest, config, features);
    } catch {
      // A page without a bundler has no `process`: it is a production page.
    }
    if (mistake) throw mistake;
    return createConsentStore(config, {
      ...(storage ? { storage } : {}),
      ...(locale ? { locale } : {}),
      ...(nonce ? { nonce } : {}),
      ...(globalPrivacyControl === undefined ? {} : { globalPrivacyControl }),
      ...(initialConsent ? { initialConsent } : {}),
      ...(features ? { features } : {}),
    });
  });
  // Renewed once the store has read the cookie. `useSyncExternalStore` subscribes in a passive
  // effect, after the browser has painted, so the components would hear of the step out of
  // `pending` only in a later frame; a state update in a layout effect re-renders before the paint,
  // and the new context value takes every consumer along: the first frame that shows the app
  // shows the banner to an undecided visitor and the granted content to a decided one.
  const [started, setStarted] = useState(0);
  const value = useMemo(() => ({ store: store as unknown as ConsentStore, started }), [store, started]);
  useBrowserLayoutEffect(() => {
    // Effects first, so that they see the step out of `pending` when start() reads the cookie; the
    // store starts its features (the services' signals among them) before it reads.
    const stopEffects = startConsentEffects(store, { onWithdraw: (event) => latest.current?.(event) });
    const stop = store.start();
    setStarted((count) => count + 1);
    return () => {
      stop();
      stopEffects();
    };
  }, [store]);
  useBrowserLayoutEffect(() => {
    // Development only, and written so that a production build drops it (ARCHITECTURE.md).
    try {
      if (process.env.NODE_ENV !== 'production') return watchUndeclaredCookies(store);
    } catch {
      // No bundler defined `process`: a production page.
    }
    return undefined;
  }, [store]);
  useBrowserLayoutEffect(() => store.setLocale(locale), [store, locale]);
  // Before the first paint, like the banner: the theme turns dark with a page that is.
  useBrowserLayoutEffect(followPageColorScheme, []);
  return <ConsentStoreProvider value={value}>{children}</ConsentStoreProvider>;
}
