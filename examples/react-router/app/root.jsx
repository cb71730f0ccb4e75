import '@weroom/cookie-consent/styles.css';
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
import { consentModeScript, negotiateLocale, readConsent, readJurisdiction } from '@weroom/cookie-consent/server';
import { useState } from 'react';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData, useRouteLoaderData } from 'react-router';
import { consentConfig } from './consent-config';

export const links = () => [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }];

/** What the server reads from each request, handed to the document and to the provider as plain data. */
export function loader({ request }) {
  // Where the visitor is, from the CDN's headers (Cloudflare, Vercel, CloudFront): its regime
  // decides between the banner, the opt-out notice and nothing.
  const jurisdiction = readJurisdiction(request.headers);
  return {
    jurisdiction,
    initialConsent: readConsent(request.headers.get('cookie'), consentConfig, { jurisdiction }),
    globalPrivacyControl: request.headers.get('sec-gpc') === '1',
    // The banner is in the visitor's language in the server HTML, and hydration keeps it.
    locale: negotiateLocale(request.headers.get('accept-language'), consentConfig),
    // The script's text travels with the loader data, so that hydration renders the same string.
    consentModeHead: consentModeScript(consentConfig, { jurisdiction }),
  };
}

/** The document. Also wraps the error boundary, where the loader may not have run. */
export function Layout({ children }) {
  const fromServer = useRouteLoaderData('root');
  return (
    <html lang={fromServer?.locale ?? 'en'}>
      <head>
        <meta charSet="utf-8" />
        {/* Google Consent Mode, right after <meta charset>, before any other script: the regime's
            defaults for this visitor, then the stored choice, before any Google tag runs. */}
        {fromServer && <script dangerouslySetInnerHTML={{ __html: fromServer.consentModeHead }} />}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  const { jurisdiction: place, initialConsent, globalPrivacyControl, locale } = useLoaderData();
  // Read once, when the provider is created: the visitor's place gives its regime, and each
  // decision is kept as proof by the resource route in routes/api.consent.js.
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
      {/* Tells Google of every change (the head script in Layout sets the default first). */}
      <GoogleConsentMode />
      <Outlet />
      <footer>
        <CookieSettingsButton />
        {/* Where the regime is opt-out: "Do Not Sell or Share My Personal Information". */}
        <OptOutLink />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}
