'use client';

import { ConsentProvider, CookieBanner, CookieSettingsButton, PreferencesDialog } from '@weroom/cookie-consent';
import { consentConfig } from './consent-config';

/** The client side of consent: the provider, starting from what the server read. */
export function Consent({ initialConsent, globalPrivacyControl, children }) {
  return (
    <ConsentProvider config={consentConfig} initialConsent={initialConsent} globalPrivacyControl={globalPrivacyControl} locale="en">
      <CookieBanner policyHref="/cookies" />
      {children}
      <footer>
        <CookieSettingsButton />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}
