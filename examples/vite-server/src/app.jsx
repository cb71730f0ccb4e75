import { ConsentProvider, CookieBanner, CookieSettingsButton, GoogleConsentMode, OptOutLink, PreferencesDialog } from '@weroom/cookie-consent';
import { consentConfig } from './consent-config.js';

export function App({ visitor }) {
  return (
    <ConsentProvider
      config={consentConfig}
      jurisdiction={visitor.jurisdiction}
      locale={visitor.locale}
      globalPrivacyControl={visitor.globalPrivacyControl}
      // Kept by server.js in production, and by the Vite plugin under `vite` and `vite preview`.
      recordsEndpoint="/api/consent"
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
