import type { ConsentDecision, ConsentFeature } from '../core/types.js';

/** The id of {@link followAccount}'s feature: what `store.adoptedFrom` reads when its decision is in force. */
export const ACCOUNT_FEATURE = 'account';

/**
 * A signed-in person's latest choice as kept with their account (`accountConsent()` on the server,
 * or the records endpoint's `?subject`), for a signed-in person only: given, even `null` (no
 * choice kept yet), the person's choice follows them across devices and the banner says so
 * (REC-6). A decision newer than this device's is adopted when the store starts, with no banner;
 * refusals and withdrawals alike.
 *
 *     <ConsentProvider config={config} features={[followAccount(fromAccount)]}>
 */
export function followAccount(decision: ConsentDecision | null): ConsentFeature {
  return { id: ACCOUNT_FEATURE, decision };
}
