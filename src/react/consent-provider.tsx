import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ConsentConfig } from '../core/config';
import type { ConsentRecord } from '../core/consent-record';
import { createConsentStore, type ConsentStore } from '../core/consent-store';
import type { ConsentStorage } from '../core/consent-storage';
import { ConsentStoreProvider } from './consent-context';

// Layout effect in the browser, so a first-time visitor's banner is in the first paint; plain
// effect on the server, where React 18 warns about layout effects.
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export type ConsentProviderProps<C extends string = string> = {
  /** The site's consent config, from `defineConsentConfig`. Read once, when the provider is created. */
  config: ConsentConfig<C>;
  /** Receives a record of every decision, to keep as proof (REC-2). */
  onDecision?: (record: ConsentRecord<C>) => void;
  /** The locale of the texts. @default `<html lang>`, then the browser's, then English */
  locale?: string;
  /** Where the decision is kept. @default the consent cookie */
  storage?: ConsentStorage;
  children?: ReactNode;
};

/**
 * Holds one site's consent for everything below it. The config is checked here: a broken one
 * throws a `ConsentConfigError` that names the field.
 */
export function ConsentProvider<const C extends string>({ config, onDecision, locale, storage, children }: ConsentProviderProps<C>) {
  const latestOnDecision = useRef(onDecision);
  useBrowserLayoutEffect(() => {
    latestOnDecision.current = onDecision;
  });
  const [store] = useState(() =>
    createConsentStore(config, {
      ...(storage ? { storage } : {}),
      ...(locale ? { locale } : {}),
      onDecision: (record) => latestOnDecision.current?.(record),
    }),
  );
  useBrowserLayoutEffect(() => store.start(), [store]);
  useBrowserLayoutEffect(() => store.setLocale(locale), [store, locale]);
  return <ConsentStoreProvider value={store as unknown as ConsentStore}>{children}</ConsentStoreProvider>;
}
