import '@weroom/cookie-consent/styles.css';
import { cookies, headers } from 'next/headers';
import { consentModeScript, negotiateLocale, readConsent, readJurisdiction } from '@weroom/cookie-consent/server';
import { Consent } from './consent';
import { consentConfig } from './consent-config';

export const metadata = { title: 'Weroom on Next.js' };

export default async function RootLayout({ children }) {
  const requestHeaders = await headers();
  // Where the visitor is, from the CDN's headers (Cloudflare, Vercel, CloudFront): its regime
  // decides between the banner, the opt-out notice and nothing.
  const jurisdiction = readJurisdiction(requestHeaders);
  // Read where the request arrives: the server HTML already has the banner, or not.
  const initialConsent = readConsent(await cookies(), consentConfig, { jurisdiction });
  const globalPrivacyControl = requestHeaders.get('sec-gpc') === '1';
  // The banner is in the visitor's language in the server HTML, and hydration keeps it.
  const locale = negotiateLocale(requestHeaders.get('accept-language'), consentConfig);
  return (
    <html lang={locale}>
      <head>
        {/* Google Consent Mode, first in the layout's <head> (Next.js puts <meta charset> and its own
            framework chunks before it): the default, then the stored choice, before any Google tag. */}
        <script dangerouslySetInnerHTML={{ __html: consentModeScript(consentConfig, { jurisdiction }) }} />
      </head>
      <body>
        <Consent initialConsent={initialConsent} globalPrivacyControl={globalPrivacyControl} locale={locale} place={jurisdiction}>
          {children}
        </Consent>
      </body>
    </html>
  );
}
