import { createContext, useContext } from 'react';
import type { ConsentStore } from '../core/consent-store.js';

/**
 * The provider's store, in an object that the provider renews once the store has read the cookie:
 * that re-renders every consumer in the same frame (see consent-provider.tsx).
 */
export type ConsentContextValue = { readonly store: ConsentStore };

// No default value: a hook outside the provider must say so, not read a fake store.
const ConsentStoreContext = /* @__PURE__ */ createContext<ConsentContextValue | null>(null);

export const ConsentStoreProvider = ConsentStoreContext.Provider;

/** The store of the nearest `<ConsentProvider>`; `hookName` names the caller in the error. */
export function useConsentStore(hookName: string): ConsentStore {
  const value = useContext(ConsentStoreContext);
  if (!value) throw new Error(`\`${hookName}\` must be used within <ConsentProvider>.`);
  return value.store;
}
