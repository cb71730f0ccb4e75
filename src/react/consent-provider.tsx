import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ConsentConfig } from '../core/config.js';
import type { ConsentRecord } from '../core/consent-record.js';
import type { ConsentDecision } from '../core/consent-state.js';
import { followPageColorScheme } from '../core/color-scheme.js';
import { startConsentEffects, watchUndeclaredCookies, type WithdrawEvent } from '../core/consent-effects.js';
import { createConsentStore, type ConsentStore } from '../core/consent-store.js';
import { outboxHoldsRecords, queueRecord, readOutbox, writeOutbox } from '../core/records-queue.js';
import type { ConsentStorage } from '../core/consent-storage.js';
import { ConsentStoreProvider } from './consent-context.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';

declare const process: { env: { NODE_ENV?: string } };

const OUTBOX_QUEUE = { readOutbox, writeOutbox };


export type ConsentProviderProps<C extends string = string> = {
  /** The site's consent config, from `defineConsentConfig`. Read once, when the provider is created. */
  config: ConsentConfig<C>;
  /** Receives a record of every decision, to keep as proof (REC-2). */
  onDecision?: (record: ConsentRecord<C>) => void;
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
  /**
   * Where the visitor is (`FR`, `US-CA`), as the server read it with `readJurisdiction()` or the
   * site knows it: the config's `jurisdictions` give the regime. Unknown, `opt-in` unless the
   * config says otherwise. Read once, when the provider is created.
   */
  jurisdiction?: string | null | undefined;
  /**
   * Where each record is sent (`/api/consent`, a `createRecordsHandler` from
   * `@weroom/cookie-consent/records`), with an outbox that keeps it until the endpoint has it.
   */
  recordsEndpoint?: string;
  /**
   * A signed-in person's latest choice as kept with their account (the records endpoint's
   * `?subject`, or `accountConsent()` on the server): given, even `null`, the choice follows them
   * across devices and the banner says so (REC-6). Read once, when the provider is created.
   */
  accountConsent?: ConsentDecision<C> | null | undefined;
  children?: ReactNode;
};

/**
 * Holds one site's consent for everything below it. The config is checked here: a broken one
 * throws a `ConsentConfigError` that names the field.
 */
export function ConsentProvider<const C extends string>({
  config,
  onDecision,
  onWithdraw,
  locale,
  storage,
  nonce,
  globalPrivacyControl,
  initialConsent,
  jurisdiction,
  recordsEndpoint,
  accountConsent,
  children,
}: ConsentProviderProps<C>) {
  const latest = useRef({ onDecision, onWithdraw, recordsEndpoint });
  useBrowserLayoutEffect(() => {
    latest.current = { onDecision, onWithdraw, recordsEndpoint };
  });
  const [store] = useState(() =>
    createConsentStore(config, {
      ...(storage ? { storage } : {}),
      ...(locale ? { locale } : {}),
      ...(nonce ? { nonce } : {}),
      ...(globalPrivacyControl === undefined ? {} : { globalPrivacyControl }),
      ...(initialConsent ? { initialConsent } : {}),
      ...(jurisdiction ? { jurisdiction } : {}),
      ...(accountConsent === undefined ? {} : { accountConsent }),
      onDecision: (record) => {
        const endpoint = latest.current.recordsEndpoint;
        if (endpoint) {
          // Kept at once, then sent by code that loads now: the record survives a network that is gone.
          queueRecord(endpoint, record);
          void import('../core/records-outbox.js').then((outbox) => outbox.flushOutbox(OUTBOX_QUEUE));
        }
        latest.current.onDecision?.(record);
      },
    }),
  );
  // Renewed once the store has read the cookie. `useSyncExternalStore` subscribes in a passive
  // effect, after the browser has painted, so the components would hear of the step out of
  // `pending` only in a later frame; a state update in a layout effect re-renders before the paint,
  // and the new context value takes every consumer along: the first frame that shows the app
  // shows the banner to an undecided visitor and the granted content to a decided one.
  const [started, setStarted] = useState(0);
  const value = useMemo(() => ({ store: store as unknown as ConsentStore, started }), [store, started]);
  // The services' signals before the store starts, so that they hear the decision it reads.
  useBrowserLayoutEffect(() => {
    const stops = store.config.services.map((service) => service.start(store as unknown as ConsentStore, store.nonce ? { nonce: store.nonce } : {}));
    return () => stops.forEach((stop) => stop());
  }, [store]);
  useBrowserLayoutEffect(() => {
    // Effects first, so that they see the step out of `pending` when start() reads the cookie.
    const stopEffects = startConsentEffects(store, { onWithdraw: (event) => latest.current.onWithdraw?.(event) });
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
  // Records that could not be delivered on an earlier page (REC-4); the sender's code loads only then.
  useEffect(() => {
    if (recordsEndpoint && outboxHoldsRecords()) void import('../core/records-outbox.js').then((outbox) => outbox.flushOutbox(OUTBOX_QUEUE));
  }, [recordsEndpoint]);
  // Before the first paint, like the banner: the theme turns dark with a page that is.
  useBrowserLayoutEffect(followPageColorScheme, []);
  return <ConsentStoreProvider value={value}>{children}</ConsentStoreProvider>;
}
