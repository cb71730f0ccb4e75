import type { CSSProperties, ReactNode } from 'react';
import {
  ConsentProvider,
  createConsentStore,
  createMemoryStorage,
  defineConsentConfig,
  followAccount,
  jurisdiction,
  type ConsentDecision,
  type ConsentFeature,
  type ConsentStorage,
} from '@weroom/cookie-consent';
import fr from '@weroom/cookie-consent/locales/fr';

/** Weroom's categories and cookies, as the stories show them, in English and French. */
export const storyConfig = defineConsentConfig({
  revision: 1,
  locales: [fr],
  categories: {
    features: {
      required: true,
      cookies: [{ name: 'weroom_session', provider: 'Weroom', purpose: 'Signs you in when you ticked "Remember me".', duration: '30 days' }],
    },
    performance: {
      cookies: [
        { name: '_ga', provider: 'Google Analytics', purpose: 'Tells visitors apart, anonymously.', duration: '2 years' },
        { name: /^_ga_/, provider: 'Google Analytics', purpose: 'Keeps the state of a visit.', duration: '2 years' },
      ],
    },
    advertising: {
      cookies: [{ name: /^_gcl_/, provider: 'Google Ads', purpose: 'Links ad clicks to visits.', duration: '90 days' }],
    },
  },
  // A story gives the visitor's place with `parameters.consent.jurisdiction`; none means opt-in.
  jurisdictions: { regimes: { 'US-CA': 'opt-out', JP: 'none' } },
});

type Store = ReturnType<typeof createConsentStore<'features' | 'performance' | 'advertising'>>;

/** A storage holding the decision a story starts from, made the way the library makes it. */
export function storageAfter(decide?: (store: Store) => void, config = storyConfig): ConsentStorage {
  const storage = createMemoryStorage();
  if (decide) decide(createConsentStore(config, { storage }));
  return storage;
}

/** A page behind the consent components, so that the stories look like a site. */
export function StoryPage({ children }: { children?: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', padding: '2rem', fontFamily: 'system-ui, sans-serif' }}>
      <main>
        <h1 style={{ marginTop: 0 }}>Weroom</h1>
        <p>Find your flatmates.</p>
        {children}
      </main>
    </div>
  );
}

/** What a story may set of the provider, through `parameters.consent`. */
export type StoryConsent = {
  storage?: ConsentStorage;
  locale?: string;
  config?: typeof storyConfig;
  /** Simulates the browser's Global Privacy Control signal. */
  gpc?: boolean;
  /** The visitor's place (the `jurisdiction` feature): `US-CA` is opt-out, `JP` none, anything else opt-in. */
  jurisdiction?: string;
  /** A signed-in person's choice from their account (the `followAccount` feature, REC-6); `null`: signed in, none yet. */
  accountConsent?: ConsentDecision<'features' | 'performance' | 'advertising'> | null;
};

/** A provider that keeps the story's decision in memory, never in the real cookie, with the features the story's parameters ask for. */
export function StoryProvider({ children, storage = createMemoryStorage(), locale, config = storyConfig, gpc, jurisdiction: place, accountConsent }: StoryConsent & { children: ReactNode }) {
  const features: ConsentFeature[] = [];
  // Always the feature, given a place or not: the story config has a table of regimes.
  features.push(jurisdiction(place ?? null));
  if (accountConsent !== undefined) features.push(followAccount(accountConsent));
  return (
    <ConsentProvider config={config} storage={storage} globalPrivacyControl={gpc ?? false} features={features} {...(locale ? { locale } : {})}>
      {children}
    </ConsentProvider>
  );
}

/** A 320 px wide viewport, the narrowest that WCAG reflow asks for. */
export const narrowViewport = {
  parameters: { viewport: { options: { narrow: { name: '320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' } } } },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** Wraps a story in a themed, optionally right-to-left, full-page area. */
export function Themed({ children, theme, dir, style }: { children?: ReactNode; theme?: 'light' | 'dark' | 'system'; dir?: 'rtl' | 'ltr'; style?: CSSProperties }) {
  const page: CSSProperties =
    theme === 'system'
      ? { colorScheme: 'light dark', background: 'Canvas', color: 'CanvasText' }
      : theme === 'dark'
        ? { background: '#14161b', color: '#eceef2' }
        : { background: '#f6f4f1', color: '#1f2430' };
  return (
    <div data-theme={theme} dir={dir} style={{ minHeight: '100vh', ...page, ...style }}>
      {children}
    </div>
  );
}
