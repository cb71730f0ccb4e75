import { resolveConfig } from './config.js';
import { CONSENT_SURFACES, grantsOf, soldOrShared, interpretStoredDecision, toStoredDecision } from './consent-state.js';
import { createCookieStorage, type ConsentStorage } from './consent-storage.js';
import { decodeConsentValue, encodeConsentValue } from './cookie-codec.js';
import { isRegime, unknownPlaceRegime } from './jurisdiction.js';
import { matchLocale, resolveLocale, spokenLocales, warnOfUnshippedLanguage } from './locale.js';
import type {
  ConsentConfig,
  ConsentDecision,
  ConsentFeature,
  ConsentMethod,
  ConsentRegime,
  ConsentState,
  ConsentStore,
  ConsentStoreOptions,
  ConsentSurface,
  Decision,
  ResolvedConfig,
} from './types.js';

// Replaced by the app's bundler; see ARCHITECTURE.md, "Development-only code".
declare const process: { env: { NODE_ENV?: string } };
import { readGlobalPrivacyControl } from './privacy-signals.js';
export type { ConsentState, ConsentStore, ConsentStoreOptions, DecisionOptions } from './types.js';

/** The key of the first layer's texts (banner, gate, categories) in {@link ConsentStore.getTexts}. */
export const FIRST_LAYER_TEXTS = 'first-layer';
/**
 * The key under which the dialog leaves, in {@link ConsentStore.getTexts}, every text it showed
 * (the second layer's with the first's): a record's hash covers them. The store knows no text.
 */
export const DIALOG_TEXTS = 'dialog';

const DAY_SECONDS = 86_400;

/**
 * The options of an action, whatever was passed: `onClick={acceptAll}` hands over a click event,
 * and JavaScript callers can pass anything. Unknown values fall back to the defaults.
 */
function readOptions(options: unknown): { surface: ConsentSurface; close: boolean } {
  const given = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  const surface = CONSENT_SURFACES.find((value) => value === given.surface) ?? 'api';
  return { surface, close: given.method === 'close' };
}

/** The store's state for a decision (`null`: not read yet). */
function stateOf<C extends string>(
  config: ResolvedConfig<C>,
  regime: ConsentRegime,
  decision: ConsentDecision<C> | null,
  gpc: boolean,
  preferences: 'open' | 'closed',
  locale: string,
): ConsentState<C> {
  const common = { granted: grantsOf(config, decision, gpc, regime), gpc, preferences, locale };
  if (!decision) return { ...common, status: 'pending' };
  return decision.status === 'decided' ? { ...common, status: 'decided', decision } : { ...common, status: 'undecided', reason: decision.reason };
}

function channelName(cookieName: string): string {
  return `weroom-cookie-consent:${cookieName}`;
}

/** A random URL-safe id of 16 characters: a consent id, a record id. */
export function randomId(): string {
  const bytes = new Uint8Array(12);
  if (globalThis.crypto?.getRandomValues) {
    globalThis.crypto.getRandomValues(bytes);
  } else {
    for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(Math.random() * 256);
  }
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}

function openChannel(name: string): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
  } catch {
    return null;
  }
}

/** Runs a feature's part; one that throws is reported and skipped, the kernel goes on (`undefined`). */
function attempt<T>(feature: ConsentFeature, part: () => T): T | undefined {
  try {
    return part();
  } catch (error) {
    console.error(`[cookie-consent] the feature "${String(feature.id)}" threw:`, error);
    return undefined;
  }
}

/**
 * One site's consent: the decision, what it grants, and the actions that change it. React-free;
 * `<ConsentProvider>` creates one and reads it through `useSyncExternalStore`. Creating it checks
 * the config and touches no browser API; `start()` reads the cookie.
 */
export function createConsentStore<C extends string>(
  config: ConsentConfig<C>,
  options: ConsentStoreOptions<C> = {},
): ConsentStore<C> {
  const resolved = resolveConfig(config);
  const now = options.now ?? Date.now;
  // The site's features, then its services: the kernel runs their parts and names none of them.
  const features: ConsentFeature[] = [...(Array.isArray(options.features) ? options.features : []), ...resolved.services].filter(
    (feature) => typeof feature === 'object' && feature !== null,
  );
  // Where no feature knows the place, it is unknown: the table's `unknown` regime, as the server's
  // readConsent and the head script take it without a place; `opt-in` unless the table says so.
  let jurisdiction: string | null = null;
  let regime: ConsentRegime = unknownPlaceRegime(resolved.jurisdictions);
  for (const feature of features) {
    // A place that cannot be told (the feature threw, or gave no regime) leaves it unknown: no crash.
    const told = feature.place && attempt(feature, () => feature.place!(resolved));
    if (told && isRegime(told.regime)) ({ jurisdiction = null, regime } = told);
  }
  const fromDecision = (decision: ConsentDecision<C> | null, gpc: boolean, preferences: 'open' | 'closed', locale: string) =>
    stateOf(resolved, regime, decision, gpc, preferences, locale);
  const listeners = new Set<() => void>();
  // The languages the site speaks: its modules, the locales it gives texts for, then English.
  const available = spokenLocales(resolved);
  const warnedLanguages = new Set<string>();
  const texts = new Map<unknown, Map<string, unknown>>();
  let givenLocale = options.locale;
  // Nothing is read before start(): the server and the first client render agree.
  const initialState: ConsentState<C> = fromDecision(
    checkedInitialConsent(options.initialConsent),
    options.globalPrivacyControl ?? false,
    'closed',
    matchLocale(givenLocale, available) ?? available[0]!,
  );
  let state: ConsentState<C> = initialState;
  let storage: ConsentStorage | undefined;
  let channel: BroadcastChannel | null = null;

  const getStorage = (): ConsentStorage => (storage ??= options.storage ?? createCookieStorage(resolved.cookie));
  const readGpc = (): boolean => options.globalPrivacyControl ?? readGlobalPrivacyControl();

  function setState(next: ConsentState<C>): void {
    state = next;
    for (const listener of [...listeners]) listener();
  }

  /** A decision handed in from outside, held to the same rules as one read from the cookie. */
  function checkedInitialConsent(given: unknown): ConsentDecision<C> | null {
    if (typeof given !== 'object' || given === null) return null;
    const decision = given as ConsentDecision<C>;
    if (decision.status === 'undecided') return { status: 'undecided', reason: decision.reason ?? 'no-decision' };
    try {
      // Round-trip through the cookie format: anything it would not accept reads as undecided.
      return interpretStoredDecision(decodeConsentValue(encodeConsentValue(toStoredDecision(decision, resolved))), resolved, now(), regime);
    } catch {
      return { status: 'undecided', reason: 'no-decision' };
    }
  }

  function stateKey(value: ConsentState<C>): string {
    const detail =
      value.status === 'decided'
        ? encodeConsentValue(toStoredDecision(value.decision, resolved))
        : value.status === 'undecided'
          ? value.reason
          : '';
    return `${value.status}|${detail}|${value.gpc}|${value.preferences}|${value.locale}`;
  }

  /** Re-reads the stored decision; listeners hear of it only when something changed. */
  function syncFromStorage(): void {
    const decision = interpretStoredDecision(decodeConsentValue(getStorage().read()), resolved, now(), regime);
    const next = fromDecision(decision, readGpc(), state.preferences, resolveLocale(givenLocale, available));
    if (stateKey(next) !== stateKey(state)) setState(next);
  }

  /** A feature's decision made elsewhere, when it is newer than this device's: kept in the cookie and in force. */
  function adopt(feature: ConsentFeature): void {
    const given = checkedInitialConsent(feature.decision);
    if (given?.status !== 'decided') return;
    if (state.status === 'decided' && state.decision.decidedAt >= given.decidedAt) return;
    getStorage().write(encodeConsentValue(toStoredDecision(given, resolved)), resolved.expiresAfterDays * DAY_SECONDS);
    store.adoptedFrom = feature.id;
    setState(fromDecision(given, readGpc(), state.preferences, state.locale));
  }

  /** Tells the features of a decision kept; one that throws does not undo it, nor keep the others from hearing. */
  function tell(decision: Decision<C>, surface: ConsentSurface, gpc: boolean): void {
    for (const feature of features) attempt(feature, () => feature.decided?.({ decision, surface, gpc, locale: state.locale }, store as unknown as ConsentStore));
  }

  function getTexts<T>(key: unknown, resolve: (config: ResolvedConfig<C>, locale: string) => T, locale: string): T {
    let byLocale = texts.get(key);
    if (!byLocale) texts.set(key, (byLocale = new Map()));
    if (!byLocale.has(locale)) byLocale.set(locale, resolve(resolved, locale));
    return byLocale.get(locale) as T;
  }

  /**
   * Whether every id names a category of the config. An unknown one throws in development (a typo
   * would otherwise record every optional category denied, and the banner would go) and records
   * nothing in production: no decision the person did not make.
   */
  function knowsAll(action: string, ids: readonly string[]): boolean {
    const unknown = ids.filter((id) => !Object.hasOwn(resolved.categories, id));
    if (unknown.length === 0) return true;
    let mistake: Error | undefined;
    try {
      // Development builds only, written so that a production build drops it (ARCHITECTURE.md).
      if (process.env.NODE_ENV !== 'production') {
        mistake = new Error(
          `${action}(): the consent config has no category ${unknown.map((id) => `"${id}"`).join(', ')} (it has ${resolved.categoryIds.join(', ')}). Nothing was recorded.`,
        );
      }
    } catch {
      // A page without a bundler has no `process`: it is a production page.
    }
    if (mistake) throw mistake;
    return false;
  }

  function decide(method: ConsentMethod, choose: (id: C) => boolean, surface: ConsentSurface): void {
    const choices = {} as Record<C, boolean>;
    for (const id of resolved.categoryIds) choices[id] = resolved.categories[id].required || choose(id) === true;
    const decision: Decision<C> = {
      status: 'decided',
      choices,
      decidedAt: Math.floor(now() / 1000) * 1000,
      revision: resolved.revision,
      consentId: state.status === 'decided' ? state.decision.consentId : randomId(),
      method,
      regime,
    };
    const gpc = readGpc();
    getStorage().write(encodeConsentValue(toStoredDecision(decision, resolved)), resolved.expiresAfterDays * DAY_SECONDS);
    store.adoptedFrom = null;
    setState(fromDecision(decision, gpc, 'closed', state.locale));
    channel?.postMessage('changed');
    tell(decision, surface, gpc);
  }

  const store: ConsentStore<C> & { adoptedFrom: string | null } = {
    config: resolved,
    features,
    adoptedFrom: null,
    nonce: options.nonce,
    jurisdiction,
    regime,
    getState: () => state,
    getInitialState: () => initialState,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      // Features first, so that their signals hear the decision read next.
      const stops = features.map((feature) => attempt(feature, () => feature.start?.(store as unknown as ConsentStore, options.nonce ? { nonce: options.nonce } : {})));
      syncFromStorage();
      features.forEach(adopt);
      try {
        // Development builds only, written so that a production build drops it (ARCHITECTURE.md).
        if (process.env.NODE_ENV !== 'production') warnOfUnshippedLanguage(available, warnedLanguages);
      } catch {
        // A page without a bundler has no `process`: it is a production page.
      }
      channel = openChannel(channelName(resolved.cookie.name));
      const ownChannel = channel;
      ownChannel?.addEventListener('message', syncFromStorage);
      // Browsers without BroadcastChannel, and a decision that expired while the tab slept.
      const onVisible = (): void => {
        if (document.visibilityState === 'visible') syncFromStorage();
      };
      if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
      return () => {
        stops.forEach((stop, index) => attempt(features[index]!, () => stop?.()));
        ownChannel?.close();
        if (channel === ownChannel) channel = null;
        if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
      };
    },
    isGranted: (category) => state.granted[category] === true,
    getTexts,
    peekTexts: (key, locale) => texts.get(key)?.get(locale),
    setLocale(locale) {
      givenLocale = locale;
      const next = resolveLocale(locale, available);
      if (next !== state.locale) setState({ ...state, locale: next });
    },
    acceptAll(options) {
      const gpc = readGpc();
      decide('accept-all', (id) => !(gpc && resolved.categories[id].gpc), readOptions(options).surface);
    },
    rejectAll(options) {
      const { surface, close } = readOptions(options);
      decide(close ? 'close' : 'reject-all', () => false, surface);
    },
    save(choices, options) {
      const { surface } = readOptions(options);
      const given: Partial<Record<C, unknown>> = typeof choices === 'object' && choices !== null ? choices : {};
      if (!knowsAll('save', Object.keys(given))) return;
      // Only a real `true` grants: "yes", 1 or a stray object stay denied.
      const wanted = (id: C): boolean => given[id] === true;
      const withdraws = resolved.categoryIds.some((id) => state.granted[id] && !wanted(id) && !resolved.categories[id].required);
      decide(withdraws ? 'withdraw' : 'custom', wanted, surface);
    },
    grant(category, options) {
      if (!knowsAll('grant', [String(category)])) return;
      const surface = options?.surface === undefined ? 'embed' : readOptions(options).surface;
      const keep = (id: C): boolean => id === category || (state.status === 'decided' && state.granted[id]);
      decide('custom', keep, surface);
    },
    optOut(options) {
      const refused = soldOrShared(resolved);
      const surface = options?.surface === undefined ? 'preferences' : readOptions(options).surface;
      decide('opt-out', (id) => state.granted[id] && !refused.includes(id), surface);
    },
    acknowledge(options) {
      decide('acknowledge', (id) => state.granted[id], readOptions(options).surface);
    },
    reset() {
      getStorage().clear();
      // Built afresh, never from the initial state: that may be a decision the server handed in.
      setState(fromDecision({ status: 'undecided', reason: 'no-decision' }, readGpc(), state.preferences, state.locale));
      channel?.postMessage('changed');
    },
    openPreferences() {
      if (state.preferences !== 'open') setState({ ...state, preferences: 'open' });
    },
    closePreferences() {
      if (state.preferences !== 'closed') setState({ ...state, preferences: 'closed' });
    },
  };
  return store;
}
