import type { ReactNode } from 'react';
import {
  ConsentProvider,
  createConsentStore,
  createMemoryStorage,
  defineConsentConfig,
  type ConsentStorage,
} from '@weroom/cookie-consent';

/** Weroom's categories and cookies, as the stories show them. */
export const storyConfig = defineConsentConfig({
  revision: 1,
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

type StoryProviderProps = {
  children: ReactNode;
  storage?: ConsentStorage;
  locale?: string;
  config?: typeof storyConfig;
};

/** A provider that keeps the story's decision in memory, never in the real cookie. */
export function StoryProvider({ children, storage = createMemoryStorage(), locale, config = storyConfig }: StoryProviderProps) {
  return (
    <ConsentProvider config={config} storage={storage} {...(locale ? { locale } : {})}>
      {children}
    </ConsentProvider>
  );
}
