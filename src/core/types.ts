// The library's types, in one module that imports no other of ours but leaf modules' types: every
// other module may name any of them without an import circle (ARCHITECTURE.md, "The kernel").
import type { ConsentStorage } from './consent-storage.js';
import type { BuiltInPurpose, ConsentLocale, ConsentTextsOverride } from './texts.js';

/** A text given once for every locale, or per locale (`{ en: '1 year', fr: '1 an' }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * How long a cookie lasts, formatted in each language (`Intl`): one unit (`{ years: 2 }`,
 * `{ days: 90 }`), `{ session: true }` for a cookie gone when the browser closes, or a text.
 */
export type CookieDuration =
  | LocalizedText
  | { readonly session: true }
  | { readonly minutes: number }
  | { readonly hours: number }
  | { readonly days: number }
  | { readonly months: number }
  | { readonly years: number };

/** One cookie (or family of cookies) that a category sets, as the policy declares it (EU-9). */
export type CookieDeclaration = {
  /** The cookie's name, or a pattern for a family such as `/^_ga_/`. */
  name: string | RegExp;
  /** Who sets it: the site itself or a third party such as Google. */
  provider: string;
  /** What it is for: a text, or the key of a purpose every language module describes (the library's own lists). */
  purpose: LocalizedText | { readonly builtIn: BuiltInPurpose };
  /** How long it lasts. */
  duration: CookieDuration;
};

/** One purpose people can allow or refuse. */
export type CategoryConfig = {
  /** Strictly necessary: always granted, shown as "Always active", never asked. @default false */
  required?: boolean;
  /**
   * Held denied while the browser sends Global Privacy Control, even through "Accept all"; only an
   * explicit opt-in for this category in the preferences overrides it (GPC-1).
   * @default true for a category named `advertising`, false otherwise
   */
  gpc?: boolean;
  /** The cookies this category sets, listed in the preferences and the policy. @default [] */
  cookies?: readonly CookieDeclaration[];
  /**
   * Where the regime asks no consent (`none`): runs before the person chooses, until they turn it
   * off. Never under `opt-in`; under `opt-out` every optional category runs until the opt-out.
   * @default false
   */
  grantedByDefault?: boolean;
};

/** Where the decision is kept (CK-1). */
export type ConsentCookieConfig = {
  /** @default 'cookie_consent' */
  name?: string;
  /** Set only to share the decision across subdomains (`.example.com`); host-only otherwise. */
  domain?: string;
  /** @default '/' */
  path?: string;
};

/** The whole consent configuration of a site. `C` is the union of its category ids. */
export type ConsentConfig<C extends string = string> = {
  /** The policy's version. A decision stored under another revision is asked again (EU-11). */
  revision: number | string;
  /** The categories, in the order they are shown. */
  categories: { readonly [K in C]: CategoryConfig };
  /** Days a decision lasts before it is asked again (EU-12). @default 182 (at most 395) */
  expiresAfterDays?: number;
  /** The consent cookie's name, domain and path. */
  cookie?: ConsentCookieConfig;
  /**
   * The languages the site speaks besides English, each a module of its own:
   * `import fr from '@weroom/cookie-consent/locales/fr'`, then `locales: [fr]`. @default [] (English only)
   */
  locales?: readonly ConsentLocale[];
  /**
   * The third-party services the site uses, each held to its category's consent:
   * `services: [metaPixel({ pixelId: '…' })]` from `@weroom/cookie-consent/services`. Their cookies
   * join their category's. @default []
   */
  services?: readonly ConsentService<NoInfer<C>>[];
  /** Text overrides per locale (`en`, `fr`, `fr-CA`); every text has a default. */
  texts?: Readonly<Record<string, ConsentTextsOverride<NoInfer<C>>>>;
  /** Google Consent Mode v2: present (even `{}`), every change is told to Google tags. */
  consentMode?: ConsentModeConfig<NoInfer<C>>;
  /**
   * The regime (`opt-in`, `opt-out`, `none`) per place of the visitor, given to the provider as
   * `jurisdiction`. @default `opt-in` everywhere
   */
  jurisdictions?: JurisdictionConfig;
};

/** The category ids of a config: `CategoryId<typeof config>` is `'features' | 'performance' | ...`. */

export type CategoryId<T> = T extends { categories: infer R } ? Extract<keyof R, string> : never;

/** A category after checking, with every default filled in. */
export type ResolvedCategory = {
  id: string;
  required: boolean;
  gpc: boolean;
  /** Runs before any choice where the regime is `none`. */
  grantedByDefault: boolean;
  cookies: readonly CookieDeclaration[];
};

/** A checked config with its defaults filled in: what the store works with. */
export type ResolvedConfig<C extends string = string> = {
  revision: string;
  categoryIds: readonly C[];
  categories: Readonly<Record<C, ResolvedCategory>>;
  /** The categories in the order they are shown. */
  categoryList: readonly ResolvedCategory[];
  expiresAfterDays: number;
  cookie: { name: string; path: string; domain?: string };
  /** The language modules the config lists; English is built in. */
  locales: readonly ConsentLocale[];
  /** The services the config lists, each under a category it has. */
  services: readonly ConsentService<C>[];
  texts: Readonly<Record<string, ConsentTextsOverride>>;
  consentMode?: ConsentModeConfig<C>;
  jurisdictions: JurisdictionConfig;
};

/**
 * What the law of the visitor's place asks before optional cookies run:
 * - `opt-in`: nothing optional before the person consents (the EU's ePrivacy rule, EU-1).
 * - `opt-out`: optional categories run until the person opts out of the sale or sharing of their
 *   personal information; Global Privacy Control is such an opt-out (US state laws).
 * - `none`: no banner; the categories marked `grantedByDefault` run, and the settings stay open.
 */
export type ConsentRegime = 'opt-in' | 'opt-out' | 'none';

/** Which regime applies where. The presets are in `@weroom/cookie-consent/jurisdictions`. */
export type JurisdictionConfig = {
  /**
   * The regime per place: a country by its ISO 3166-1 code (`FR`), or a country's first-level
   * region by its ISO 3166-2 code (`US-CA`), which wins over its country's entry.
   */
  regimes?: Readonly<Record<string, ConsentRegime>>;
  /** Every known place the table does not name. @default 'opt-in' */
  default?: ConsentRegime;
  /** A visitor whose place is not known: no header, or one that names no country. @default 'opt-in' */
  unknown?: ConsentRegime;
};

/** The seven Google Consent Mode v2 keys (CM-1); `CONSENT_MODE_KEYS` lists them. */
export type ConsentModeKey =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

export type ConsentModeSignals = Record<ConsentModeKey, 'granted' | 'denied'>;

/** Google Consent Mode settings of a config; present (even `{}`), they switch Consent Mode on. */
export type ConsentModeConfig<C extends string = string> = {
  /** Which keys each category grants. @default by category name: see DEFAULT_CONSENT_MODE_MAPPING */
  mapping?: { readonly [K in C]?: readonly ConsentModeKey[] };
  /** Milliseconds Google tags wait for an update before sending (CM-4). */
  waitForUpdate?: number;
  /** ISO 3166 codes (`FR`, `US-CA`) the default applies to; elsewhere Google sets none (CM-4). */
  region?: readonly string[];
  /** Redact ad click identifiers while `ad_storage` is denied (CM-4). @default false */
  adsDataRedaction?: boolean;
  /** Pass ad click information through URLs while storage is denied (CM-4). @default false */
  urlPassthrough?: boolean;
  /**
   * `basic`: Google tags load only once their category is granted. `advanced`: they load at once,
   * with everything denied, and send cookieless pings before any choice (CM-5). @default 'basic'
   */
  mode?: 'basic' | 'advanced';
  /** @default 'dataLayer' */
  dataLayerName?: string;
};

/**
 * How a decision was given (REC-1). Under the opt-out regime, `opt-out` refuses the categories
 * sold or shared, and `acknowledge` closes the notice, keeping what runs.
 */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'close' | 'withdraw' | 'opt-out' | 'acknowledge';

/** Where a decision was given (REC-1). `embed` is a gated placeholder's "Allow" button; `api` is code. */
export type ConsentSurface = 'banner' | 'preferences' | 'embed' | 'api';

/** A choice the person made, as kept in the consent cookie. */
export type Decision<C extends string = string> = {
  status: 'decided';
  /** The choice per category as stored; required categories are always `true`. */
  choices: Readonly<Record<C, boolean>>;
  /** When it was decided, in milliseconds since the epoch (stored to the second). */
  decidedAt: number;
  /** The policy revision it was given under. */
  revision: string;
  /** A random id, kept in the cookie and in every consent record, that ties the two together. */
  consentId: string;
  method: ConsentMethod;
  /** The regime in force where the person decided. @default 'opt-in' */
  regime?: ConsentRegime;
};

/** Why there is no valid decision: the banner can say that the policy changed. */
export type UndecidedReason = 'no-decision' | 'revision-changed' | 'expired' | 'categories-changed' | 'regime-changed';

export type Undecided = { status: 'undecided'; reason: UndecidedReason };

/** What is known of the person's choice: nothing yet, or a decision. */
export type ConsentDecision<C extends string = string> = Undecided | Decision<C>;

export type StoredDecision = {
  revision: string;
  /** Milliseconds since the epoch, whole seconds. */
  decidedAt: number;
  consentId: string;
  method: ConsentMethod;
  granted: readonly string[];
  denied: readonly string[];
  /** The regime the decision was given under. @default 'opt-in' */
  regime?: ConsentRegime;
};

/** Who runs a service: the legal entity that acts for visitors in the EU, and its country. */
export type ServiceCompany = {
  /** `Meta Platforms Ireland Limited` */
  name: string;
  /** ISO 3166 code of its country: `IE`. */
  country: string;
};

/**
 * A third-party service the site uses (a pixel, an analytics or chat script, an embed), held to
 * its category's consent: listed in the config (`services: [metaPixel({ pixelId })]`), its
 * cookies are declared under its category, it loads only once that category is granted, and its
 * own consent API hears every grant and withdrawal (SVC-1, SVC-2, SVC-3).
 */
export type ConsentService<C extends string = string> = ConsentFeature & {
  /** `meta-pixel` */
  readonly id: string;
  /** `Meta Pixel` */
  readonly name: string;
  readonly company: ServiceCompany;
  /** The vendor's privacy policy. */
  readonly privacyPolicy: string;
  /** The category it needs. */
  readonly category: C;
  /** What it is for, in a few words. */
  readonly purposes: readonly string[];
  /** The cookies and storage it sets, from the vendor's documentation. */
  readonly cookies: readonly CookieDeclaration[];
  /** The hosts it contacts. */
  readonly hosts: readonly string[];
  /**
   * Starts it on a page: hears every change of its category (and loads it once granted), until the
   * returned function stops it. The store's `start()` calls it; the code comes with the service's import.
   */
  // The store untyped: a service typed for one config's ids fits any store (stores are invariant).
  readonly start: (store: ConsentStore<string>, options: { nonce?: string }) => () => void;
};

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
  /**
   * The features the site uses beyond the kernel, each from its own import: `jurisdiction(place)`,
   * `recordConsent({ endpoint })`, `followAccount(decision)`. Read once, when the store is created.
   */
  features?: readonly ConsentFeature[];
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
};

export type DecisionOptions = {
  /** Where the person decided, for the record. @default 'api' */
  surface?: ConsentSurface;
};

export type ConsentStore<C extends string = string> = {
  readonly config: ResolvedConfig<C>;
  /** The page's CSP nonce, given to the scripts the library adds. */
  readonly nonce: string | undefined;
  /** The visitor's place (`US-CA`) as a feature gave it, checked; `null` when unknown or not given. */
  readonly jurisdiction: string | null;
  /** The regime in force for this visitor: what is asked before optional cookies run. @default 'opt-in' */
  readonly regime: ConsentRegime;
  /** The features the store was created with, the config's services after them. */
  readonly features: readonly ConsentFeature[];
  /** The id of the feature whose decision is in force, adopted when the store started (`account`); `null` otherwise. */
  readonly adoptedFrom: string | null;
  getState(): ConsentState<C>;
  /** The state before anything was read: what the server renders and hydration starts from. */
  getInitialState(): ConsentState<C>;
  subscribe(listener: () => void): () => void;
  /**
   * Starts the features, reads the stored decision (adopting a feature's newer one) and listens to
   * other tabs; returns the function that stops it all.
   */
  start(): () => void;
  isGranted(category: C): boolean;
  /**
   * Texts in a locale, resolved once per `key` and locale by `resolve`. The store knows no built-in
   * text: the components that show texts bring them, so an app with an interface of its own
   * ships none. Under `FIRST_LAYER_TEXTS` and `DIALOG_TEXTS`: what the person was shown.
   */
  getTexts<T>(key: unknown, resolve: (config: ResolvedConfig<C>, locale: string) => T, locale: string): T;
  /** The texts kept under `key` for `locale`, if any were resolved, without resolving them. */
  peekTexts(key: unknown, locale: string): unknown;
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

/** A decision made on this device, as the kernel tells the features (a record is built from it). */
export type DecisionEvent<C extends string = string> = {
  decision: Decision<C>;
  /** Where it was made. */
  surface: ConsentSurface;
  /** Whether Global Privacy Control was on. */
  gpc: boolean;
  /** The locale the person was shown. */
  locale: string;
};

/**
 * What a feature plugs into the kernel: each part optional, each read once when the store is
 * created. The kernel runs them and never names one; a feature never reaches into another. A
 * service of the config (`services: [metaPixel(…)]`) is a feature too. Untyped by category ids: a
 * feature fits any store (stores are invariant in their ids).
 */
export type ConsentFeature = {
  /** `jurisdiction`, `records`, `account`, a service's id. */
  readonly id: string;
  /** The visitor's place and its regime, decided when the store is created (without one: unknown, the table's `unknown` regime). */
  place?(config: ResolvedConfig): { jurisdiction: string | null; regime: ConsentRegime };
  /**
   * A decision made elsewhere (a signed-in person's, on another device), adopted when the store
   * starts if it is newer than this device's; `null`: none yet.
   */
  readonly decision?: ConsentDecision | null;
  /** Told of each decision made on this device, once it is kept. */
  decided?(event: DecisionEvent, store: ConsentStore): void;
  /** Runs on the page while the store runs; returns what stops it. */
  readonly start?: (store: ConsentStore<string>, options: { nonce?: string }) => () => void;
};
