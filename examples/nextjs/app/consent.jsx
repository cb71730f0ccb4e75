'use client';

import { ConsentProvider, CookieBanner, CookieSettingsButton, GoogleConsentMode, PreferencesDialog } from '@weroom/cookie-consent';
import { consentConfig } from './consent-config';

/** The client side of consent: the provider, starting from what the server read. */
export function Consent({ initialConsent, globalPrivacyControl, locale, children }) {
  return (
    <ConsentProvider config={consentConfig} initialConsent={initialConsent} globalPrivacyControl={globalPrivacyControl} locale={locale}>
      <CookieBanner policyHref="/cookies" />
      {/* Tells Google of every change (the head script in layout.jsx sets the default first). */}
      <GoogleConsentMode />
      {children}
      <footer>
        <CookieSettingsButton />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}
