import type { CookieDeclaration } from './config.js';
import type { ConsentState, ConsentStore } from './consent-store.js';
import { clearDeclaredCookies, isDeclared, pageCookieNames } from './cookie-clearing.js';

/** What `onWithdraw` is told when categories go from granted to denied (CLR-1, CLR-2). */
export type WithdrawEvent<C extends string = string> = {
  /** The categories withdrawn. */
  categories: C[];
  /** The cookies deleted from the page. */
  deletedCookies: string[];
  /** Reloads the page, so that scripts that already ran stop: an option to offer, never forced. */
  reload: () => void;
};

export type ConsentEffectsOptions<C extends string = string> = {
  onWithdraw?: (event: WithdrawEvent<C>) => void;
};

/** Told of every change of what is granted, before any cookie is deleted: Google Consent Mode, a vendor's consent API. */
export type ConsentSignal<C extends string = string> = (granted: Readonly<Record<C, boolean>>) => void;

// Per store, the signals that integrations brought in: an app that uses no Google tag ships no
// Google code, yet Google, when present, still hears a change before the cookies go (CLR-1).
const signalsByStore = new WeakMap<object, Set<ConsentSignal<never>>>();

/**
 * Adds a signal to `store`'s effects; it hears the current state at once unless nothing has been
 * read yet. Returns the function that removes it.
 */
export function addConsentSignal<C extends string>(store: ConsentStore<C>, signal: ConsentSignal<C>): () => void {
  let signals = signalsByStore.get(store);
  if (!signals) signalsByStore.set(store, (signals = new Set()));
  signals.add(signal as ConsentSignal<never>);
  const state = store.getState();
  if (state.status !== 'pending') signal(state.granted);
  return () => void signals.delete(signal as ConsentSignal<never>);
}

/**
 * What follows a change of consent, in the order the rules ask (CLR-1): first the signals (Google,
 * vendors) hear the new state, then the withdrawn categories' declared cookies are deleted, then
 * the app is told.
 * Leaving `pending` (the cookie read at load) also deletes the cookies of categories that are not
 * granted: left-overs from an earlier choice or revision must not outlive it.
 */
export function startConsentEffects<C extends string>(store: ConsentStore<C>, options: ConsentEffectsOptions<C> = {}): () => void {
  const { config } = store;
  let previous: ConsentState<C> = store.getState();

  const cookiesOf = (ids: readonly C[]): CookieDeclaration[] => ids.flatMap((id) => [...config.categories[id].cookies]);

  const onChange = () => {
    const next = store.getState();
    const before = previous;
    previous = next;
    if (next.status === 'pending' || next.granted === before.granted) return;
    for (const signal of signalsByStore.get(store) ?? []) {
      try {
        (signal as ConsentSignal<C>)(next.granted);
      } catch (error) {
        console.error('[cookie-consent] a consent signal threw:', error);
      }
    }
    if (before.status === 'pending') {
      clearDeclaredCookies(cookiesOf(config.categoryIds.filter((id) => !next.granted[id])));
      return;
    }
    const withdrawn = config.categoryIds.filter((id) => before.granted[id] && !next.granted[id]);
    if (withdrawn.length === 0) return;
    const deletedCookies = clearDeclaredCookies(cookiesOf(withdrawn));
    try {
      options.onWithdraw?.({ categories: withdrawn, deletedCookies, reload: () => window.location.reload() });
    } catch (error) {
      console.error('[cookie-consent] onWithdraw threw:', error);
    }
  };

  onChange();
  return store.subscribe(onChange);
}

/**
 * Development only: warns, once per name, about each cookie on the page that no category
 * declares, since the policy would then be silently wrong. Checked at start, after each decision
 * and whenever the browser reports a cookie change (CookieStore), else every few seconds.
 */
export function watchUndeclaredCookies<C extends string>(store: ConsentStore<C>, intervalMs = 5000): () => void {
  const { config } = store;
  const declarations = config.categoryList.flatMap((category) => [...category.cookies]);
  const warned = new Set<string>();
  const check = () => {
    let names: string[];
    try {
      names = pageCookieNames(document.cookie);
    } catch {
      return;
    }
    for (const name of names) {
      if (name === config.cookie.name || warned.has(name) || isDeclared(name, declarations)) continue;
      warned.add(name);
      console.warn(
        `[cookie-consent] The page holds the cookie "${name}", which no category of the consent config declares. Declare it (name, provider, purpose, duration), or the cookie policy is wrong.`,
      );
    }
  };
  check();
  const unsubscribe = store.subscribe(check);
  const cookieStore = (globalThis as { cookieStore?: EventTarget }).cookieStore;
  let timer: ReturnType<typeof setInterval> | undefined;
  if (cookieStore) cookieStore.addEventListener('change', check);
  else timer = setInterval(check, intervalMs);
  return () => {
    unsubscribe();
    cookieStore?.removeEventListener('change', check);
    if (timer) clearInterval(timer);
  };
}
