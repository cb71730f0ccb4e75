import { resolveConfig, type ConsentConfig, type ResolvedConfig } from '../core/config.js';
import { interpretStoredDecision, type ConsentDecision } from '../core/consent-state.js';
import { regimeFor } from '../core/jurisdiction.js';
import { hmacHex } from './hash.js';
import type { RecordStore, StoredRecord } from './store.js';

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
  return latest ? decisionOfRecord<C>(latest, resolveConfig(options.config), options.now ?? Date.now(), options.jurisdiction) : null;
}

/** The decision a stored record stands for, under today's config and the visitor's regime; `null` when it no longer holds. */
export function decisionOfRecord<C extends string>(latest: StoredRecord, config: ResolvedConfig<C>, now: number, jurisdiction?: string | null): ConsentDecision<C> | null {
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
    now,
    regimeFor(config.jurisdictions, jurisdiction),
  );
  return decision.status === 'decided' ? decision : null;
}
