import type { CookieDeclaration } from './config.js';
import { hasConsentDefault, pushConsentUpdate } from './consent-mode.js';
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

/**
 * What follows a change of consent, in the order the rules ask (CLR-1): first Google hears the
 * new state, then the withdrawn categories' declared cookies are deleted, then the app is told.
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
    // Google hears every change once it has heard anything: a Google tag component sets the
    // default itself even when the config has no `consentMode`, and must hear a withdrawal too.
    if (config.consentMode || hasConsentDefault()) pushConsentUpdate(config, next.granted);
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
