import { useState } from 'react';
import {
  ConsentProvider,
  CookieBanner,
  CookieSettingsButton,
  GoogleConsentMode,
  OptOutLink,
  PreferencesDialog,
  jurisdiction,
  recordConsent,
} from '@weroom/cookie-consent';
import { consentConfig } from './consent-config.js';

export function App({ visitor }) {
  // Read once, when the provider is created: the visitor's place gives its regime, and each
  // decision is kept as proof by server.js in production, and by the Vite plugin under `vite` and
  // `vite preview`.
  const [features] = useState(() => [jurisdiction(visitor.jurisdiction), recordConsent({ endpoint: '/api/consent' })]);
  return (
    <ConsentProvider
      config={consentConfig}
      locale={visitor.locale}
      globalPrivacyControl={visitor.globalPrivacyControl}
      features={features}
    >
      <CookieBanner policyHref="/cookies" />
      {/* Tells Google of every change (the head script sets the default first). */}
      <GoogleConsentMode />
      <main>
        <h1>Find your flatmates</h1>
        <p>By creating an account you agree to the terms and conditions.</p>
      </main>
      <footer>
        <CookieSettingsButton />
        {/* Where the regime is opt-out: "Do Not Sell or Share My Personal Information". */}
        <OptOutLink />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}
