import { resolveConfig, type ConsentConfig } from '../core/config.js';
import { interpretStoredDecision, type ConsentDecision } from '../core/consent-state.js';
import { regimeFor } from '../core/jurisdiction.js';
import { hmacHex } from './hash.js';
import type { RecordStore } from './store.js';

/**
 * A signed-in person's latest choice, as kept with their account, for the provider's
 * `accountConsent` on another device (REC-6): whatever it was (acceptance, refusal, withdrawal),
 * held to the same rules as a cookie (revision, expiry, a stricter regime). `null` when they have
 * none that holds.
 */
export async function accountConsent<C extends string>(
  store: RecordStore,
  options: { config: ConsentConfig<C>; subject: string; subjectSecret: string; jurisdiction?: string | null; now?: number },
): Promise<ConsentDecision<C> | null> {
  if (!options.subject) return null;
  const latest = await store.latestForSubject(await hmacHex(options.subjectSecret, options.subject));
  if (!latest) return null;
  const config = resolveConfig(options.config);
  const ids = config.categoryIds as readonly string[];
  const decision = interpretStoredDecision<C>(
    {
      revision: latest.revision,
      decidedAt: Date.parse(latest.decidedAt),
      consentId: latest.consentId,
      method: latest.method,
      granted: ids.filter((id) => latest.choices[id] === true),
      denied: ids.filter((id) => latest.choices[id] === false),
      regime: latest.regime,
    },
    config,
    options.now ?? Date.now(),
    regimeFor(config.jurisdictions, options.jurisdiction),
  );
  return decision.status === 'decided' ? decision : null;
}
