import { createContext, useContext } from 'react';
import type { ConsentStore } from '../core/consent-store.js';

// No default value: a hook outside the provider must say so, not read a fake store.
const ConsentStoreContext = /* @__PURE__ */ createContext<ConsentStore | null>(null);

export const ConsentStoreProvider = ConsentStoreContext.Provider;

/** The store of the nearest `<ConsentProvider>`; `hookName` names the caller in the error. */
export function useConsentStore(hookName: string): ConsentStore {
  const store = useContext(ConsentStoreContext);
  if (!store) throw new Error(`\`${hookName}\` must be used within <ConsentProvider>.`);
  return store;
}
