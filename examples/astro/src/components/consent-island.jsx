import { useState } from 'react';
import { ConsentProvider, jurisdiction, recordConsent } from '@weroom/cookie-consent';
import { consentConfig } from '../consent-config.js';

/**
 * The consent of one island. Each island is a React root of its own, so each has its provider,
 * all starting from the same server reading (`visitor`) so that hydration matches. They share the
 * visitor's one decision through the consent cookie: a store that decides tells the others on the
 * page at once, as it tells the site's other tabs, and each re-reads the cookie.
 */
export function ConsentIsland({ visitor: { jurisdiction: place, ...visitor }, children }) {
  // Read once, when the provider is created: the visitor's place gives its regime, and each
  // decision is kept as proof by the endpoint in pages/api/consent.js.
  const [features] = useState(() => [jurisdiction(place), recordConsent({ endpoint: '/api/consent' })]);
  return (
    <ConsentProvider config={consentConfig} {...visitor} features={features}>
      {children}
    </ConsentProvider>
  );
}
