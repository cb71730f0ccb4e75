'use client';

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
import { consentConfig } from './consent-config';

/** The client side of consent: the provider, starting from what the server read. */
export function Consent({ initialConsent, globalPrivacyControl, locale, place, children }) {
  // Read once, when the provider is created: the visitor's place gives its regime, and each
  // decision is kept as proof by the route handler in app/api/consent/route.js.
  const [features] = useState(() => [jurisdiction(place), recordConsent({ endpoint: '/api/consent' })]);
  return (
    <ConsentProvider
      config={consentConfig}
      initialConsent={initialConsent}
      globalPrivacyControl={globalPrivacyControl}
      locale={locale}
      features={features}
    >
      <CookieBanner policyHref="/cookies" />
      {/* Tells Google of every change (the head script in layout.jsx sets the default first). */}
      <GoogleConsentMode />
      {children}
      <footer>
        <CookieSettingsButton />
        {/* Where the regime is opt-out: "Do Not Sell or Share My Personal Information". */}
        <OptOutLink />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}
