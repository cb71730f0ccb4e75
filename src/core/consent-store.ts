import { resolveConfig, type ConsentConfig, type ResolvedConfig } from './config.js';
import { hashShownPolicy, type ConsentRecord, type ShownPolicy } from './consent-record.js';
import {
  CONSENT_SURFACES,
  grantsOf,
  soldOrShared,
  interpretStoredDecision,
  toStoredDecision,
  type ConsentDecision,
  type ConsentMethod,
  type ConsentSurface,
  type Decision,
  type UndecidedReason,
} from './consent-state.js';
import { createCookieStorage, type ConsentStorage } from './consent-storage.js';
import { decodeConsentValue, encodeConsentValue } from './cookie-codec.js';
import { normalizeJurisdiction, regimeFor, type ConsentRegime } from './jurisdiction.js';
import { matchLocale, resolveLocale, spokenLocales, warnOfUnshippedLanguage } from './locale.js';

// Replaced by the app's bundler; see ARCHITECTURE.md, "Development-only code".
declare const process: { env: { NODE_ENV?: string } };
import { readGlobalPrivacyControl } from './privacy-signals.js';

type CommonState<C extends string> = {
  /** Whether each category may run now (GPC and required categories included). */
  granted: Readonly<Record<C, boolean>>;
  /** Whether a Global Privacy Control signal is on. */
  gpc: boolean;
  /** Whether the preferences dialog is open. */
  preferences: 'open' | 'closed';
  /** The locale the texts are shown in. */
  locale: string;
};

/**
 * What the store knows. `pending` until the browser's cookie has been read (and always on the
 * server, where nothing is read): nothing optional is granted, and no banner shows yet.
 */
export type ConsentState<C extends string = string> =
  | (CommonState<C> & { status: 'pending' })
  | (CommonState<C> & { status: 'undecided'; reason: UndecidedReason })
  | (CommonState<C> & { status: 'decided'; decision: Decision<C> });

export type ConsentStoreOptions<C extends string = string> = {
  /** Where the decision is kept. @default the consent cookie of the config */
  storage?: ConsentStorage;
  /** Receives a record of every decision (REC-2). */
  onDecision?: (record: ConsentRecord<C>) => void;
  /** The locale of the texts. @default `<html lang>`, then the browser's, then English */
  locale?: string;
  /** Overrides the detection of Global Privacy Control (tests, previews). */
  globalPrivacyControl?: boolean;
  /** The clock. @default Date.now */
  now?: () => number;
  /** The page's Content-Security-Policy nonce, for the scripts the library adds. */
  nonce?: string;
  /**
   * The decision as the server read it from the request (`readConsent`), so that the server HTML
   * and hydration already show the banner, or not, instead of waiting for the cookie in the browser.
   */
  initialConsent?: ConsentDecision<C>;
  /**
   * Where the visitor is, as an ISO 3166 code (`FR`, `US-CA`): the config's `jurisdictions` give
   * its regime. Unknown or unreadable, the config's `unknown` regime applies, `opt-in` by default.
   */
  jurisdiction?: string | null | undefined;
  /**
   * A signed-in person's latest choice as kept with their account (`accountConsent()` on the
   * server, or the records endpoint's `?subject`): given, even `null`, the person's choice follows
   * them across devices (REC-6). A decision newer than this device's is adopted when the store
   * starts, with no banner; refusals and withdrawals alike.
   */
  accountConsent?: ConsentDecision<C> | null | undefined;
};

export type DecisionOptions = {
  /** Where the person decided, for the record. @default 'api' */
  surface?: ConsentSurface;
};

export type ConsentStore<C extends string = string> = {
  readonly config: ResolvedConfig<C>;
  /** The page's CSP nonce, given to the scripts the library adds. */
  readonly nonce: string | undefined;
  /** The visitor's place as given (`US-CA`), checked; `null` when unknown. */
  readonly jurisdiction: string | null;
  /** The regime in force for this visitor: what is asked before optional cookies run. */
  readonly regime: ConsentRegime;
  /** Whether the person's choice follows their account across devices (an `accountConsent` was given). */
  readonly followsAccount: boolean;
  /** Whether the decision now in force came from the person's account, made on another device. */
  readonly fromAccount: boolean;
  getState(): ConsentState<C>;
  /** The state before anything was read: what the server renders and hydration starts from. */
  getInitialState(): ConsentState<C>;
  subscribe(listener: () => void): () => void;
  /** Reads the stored decision and listens to other tabs; returns the function that stops it. */
  start(): () => void;
  isGranted(category: C): boolean;
  /**
   * Texts in a locale, resolved once per `key` and locale by `resolve`. The store knows no built-in
   * text: the components that show texts bring them, so an app with an interface of its own
   * ships none. Under {@link FIRST_LAYER_TEXTS}: what the consent record's hash covers.
   */
  getTexts<T>(key: unknown, resolve: (config: ResolvedConfig<C>, locale: string) => T, locale: string): T;
  /** Speaks `locale`, or the document's or browser's when it is undefined. */
  setLocale(locale: string | undefined): void;
  acceptAll(options?: DecisionOptions): void;
  /** Refuses every optional category; `method: 'close'` records a close or "continue without accepting" (EU-10). */
  rejectAll(options?: DecisionOptions & { method?: 'reject-all' | 'close' }): void;
  /** Records a choice per category; a category left out stays denied (EU-3). */
  save(choices: Partial<Record<C, boolean>>, options?: DecisionOptions): void;
  /**
   * Grants one category and leaves the others as they are (all denied before any decision),
   * recorded as a choice per category: a gated embed's "Allow" button. @default surface 'embed'
   */
  grant(category: C, options?: DecisionOptions): void;
  /**
   * Under opt-out: refuses the categories sold or shared (those Global Privacy Control covers) and
   * keeps the others as they run now. @default surface 'preferences'
   */
  optOut(options?: DecisionOptions): void;
  /** Closes the opt-out notice, keeping what runs now, so that it is not shown again. */
  acknowledge(options?: DecisionOptions): void;
  /** Forgets the decision: the banner asks again. */
  reset(): void;
  openPreferences(): void;
  closePreferences(): void;
};

/** The key of the first layer's texts (banner, gate, categories) in {@link ConsentStore.getTexts}. */
export const FIRST_LAYER_TEXTS = 'first-layer';
/**
 * The keys under which the interface leaves, in {@link ConsentStore.getTexts}, what a record's hash
 * covers (a {@link ShownPolicy}): the first layer as shown under the store's regime, and the
 * dialog's texts and tables. The store knows no text: what it hashes is what was shown.
 */
export const SHOWN_FIRST_LAYER = 'shown-first-layer';
export const SHOWN_DIALOG = 'shown-dialog';

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

function randomId(): string {
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
  const jurisdiction = normalizeJurisdiction(options.jurisdiction);
  const regime = regimeFor(resolved.jurisdictions, jurisdiction);
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

  /** The account's choice, when it is newer than this device's: kept in the cookie and in force. */
  function adoptAccountConsent(): void {
    const account = checkedInitialConsent(options.accountConsent);
    if (account?.status !== 'decided') return;
    if (state.status === 'decided' && state.decision.decidedAt >= account.decidedAt) return;
    getStorage().write(encodeConsentValue(toStoredDecision(account, resolved)), resolved.expiresAfterDays * DAY_SECONDS);
    store.fromAccount = true;
    setState(fromDecision(account, readGpc(), state.preferences, state.locale));
  }

  function record(decision: Decision<C>, surface: ConsentSurface, gpc: boolean): void {
    if (!options.onDecision) return;
    try {
      const { locale } = state;
      // What the library showed: the regime's first layer, and the dialog's texts and tables for a
      // decision made there; with an interface of the app's own, the texts its config gave.
      const shown = ((surface === 'preferences' ? texts.get(SHOWN_DIALOG)?.get(locale) : undefined) ?? texts.get(SHOWN_FIRST_LAYER)?.get(locale)) as ShownPolicy | undefined;
      const shownHash = shown ? hashShownPolicy(resolved, shown.texts, shown.purposes) : hashShownPolicy(resolved, resolved.texts);
      options.onDecision({
        recordId: randomId(),
        consentId: decision.consentId,
        decidedAt: new Date(decision.decidedAt).toISOString(),
        revision: decision.revision,
        shownHash,
        locale,
        choices: decision.choices,
        method: decision.method,
        surface,
        gpc,
        jurisdiction,
        regime,
      });
    } catch (error) {
      // The decision is already kept; a failing callback of the app must not undo it.
      console.error('[cookie-consent] onDecision threw:', error);
    }
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
    store.fromAccount = false;
    setState(fromDecision(decision, gpc, 'closed', state.locale));
    channel?.postMessage('changed');
    record(decision, surface, gpc);
  }

  const store: ConsentStore<C> & { fromAccount: boolean } = {
    config: resolved,
    followsAccount: options.accountConsent !== undefined,
    fromAccount: false,
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
      syncFromStorage();
      adoptAccountConsent();
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
        ownChannel?.close();
        if (channel === ownChannel) channel = null;
        if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
      };
    },
    isGranted: (category) => state.granted[category] === true,
    getTexts,
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
