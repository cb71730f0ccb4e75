'use client';

import { ConsentProvider, CookieBanner, CookieSettingsButton, GoogleConsentMode, OptOutLink, PreferencesDialog } from '@weroom/cookie-consent';
import { consentConfig } from './consent-config';

/** The client side of consent: the provider, starting from what the server read. */
export function Consent({ initialConsent, globalPrivacyControl, locale, jurisdiction, children }) {
  return (
    <ConsentProvider
      config={consentConfig}
      initialConsent={initialConsent}
      globalPrivacyControl={globalPrivacyControl}
      locale={locale}
      jurisdiction={jurisdiction}
      // Each decision is kept as proof by the route handler in app/api/consent/route.js.
      recordsEndpoint="/api/consent"
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
