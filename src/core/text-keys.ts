// The names of every text a language module gives, for the development checks of a config's
// overrides (config-checks.ts) without importing a language: `core` knows no text. Each list is
// held to the texts' types, so a text added to a language module and not here fails to compile.
import type { BuiltInPurpose, FirstLayerLocaleTexts, SecondLayerLocaleTexts } from './texts.js';

type Names<T> = { [Section in keyof T]: { [Key in keyof T[Section]]: 1 } };

/** The first layer's sections (the categories' aside), each with its text names. */
export const FIRST_LAYER_TEXT_NAMES = {
  banner: { label: 1, title: 1, description: 1, policyChanged: 1, policyLink: 1, acceptAll: 1, rejectAll: 1, customize: 1, continueWithoutAccepting: 1, acrossDevices: 1 },
  status: { acceptedAll: 1, rejectedAll: 1, saved: 1 },
  settings: { open: 1 },
  gate: { message: 1, allow: 1, service: 1, settings: 1 },
  optOut: { title: 1, notice: 1, link: 1, dismiss: 1, gpcHonored: 1, optedOut: 1 },
} satisfies Names<Omit<FirstLayerLocaleTexts, 'categories'>>;

/** The second layer's sections (the purposes aside), each with its text names. */
export const SECOND_LAYER_TEXT_NAMES = {
  preferences: {
    title: 1,
    description: 1,
    acceptAll: 1,
    rejectAll: 1,
    save: 1,
    close: 1,
    alwaysActive: 1,
    heldByGpc: 1,
    optOut: 1,
    optOutDescription: 1,
    defaultCategoryDescription: 1,
  },
  cookies: { caption: 1, name: 1, provider: 1, purpose: 1, duration: 1, none: 1, session: 1, services: 1, privacyPolicy: 1 },
  policy: {
    whatTitle: 1,
    what: 1,
    useTitle: 1,
    use: 1,
    manageTitle: 1,
    manage: 1,
    changesTitle: 1,
    changes: 1,
    choiceTitle: 1,
    choiceUndecided: 1,
    choiceDecided: 1,
    granted: 1,
    denied: 1,
    change: 1,
    history: 1,
  },
  account: { notice: 1 },
} satisfies Names<Omit<SecondLayerLocaleTexts, 'purposes'>>;

/** The purposes every language module describes, for `purpose: { builtIn }`. */
export const BUILT_IN_PURPOSES = {
  gaClientId: 1,
  gaSessionState: 1,
  gaDailyId: 1,
  gaThrottle: 1,
  gclConversion: 1,
  adBrowserId: 1,
  adClickId: 1,
  analyticsUserId: 1,
  analyticsSession: 1,
} satisfies Record<BuiltInPurpose, 1>;
