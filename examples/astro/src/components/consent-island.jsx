import { ConsentProvider } from '@weroom/cookie-consent';
import { consentConfig } from '../consent-config.js';

/**
 * The consent of one island. Each island is a React root of its own, so each has its provider,
 * all starting from the same server reading (`visitor`) so that hydration matches. They share the
 * visitor's one decision through the consent cookie: a store that decides tells the others on the
 * page at once, as it tells the site's other tabs, and each re-reads the cookie.
 */
export function ConsentIsland({ visitor, children }) {
  return (
    <ConsentProvider config={consentConfig} {...visitor} recordsEndpoint="/api/consent">
      {children}
    </ConsentProvider>
  );
}
