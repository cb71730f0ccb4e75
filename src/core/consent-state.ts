import { isStricter } from './jurisdiction.js';
import type { ConsentDecision, ConsentMethod, ConsentRegime, ConsentSurface, Decision, ResolvedConfig, StoredDecision } from './types.js';
export type { ConsentDecision, ConsentMethod, ConsentSurface, Decision, Undecided, UndecidedReason } from './types.js';

/** Every surface, for the code that reads one from outside (options, a record sent to the endpoint). */
export const CONSENT_SURFACES: readonly ConsentSurface[] = ['banner', 'preferences', 'embed', 'api'];

/** Status codes of the decision as the cookie holds them: compact and stable. */
export const METHOD_CODES: Readonly<Record<ConsentMethod, string>> = {
  'accept-all': 'a',
  'reject-all': 'r',
  custom: 'c',
  close: 'x',
  withdraw: 'w',
  'opt-out': 'o',
  acknowledge: 'k',
};

const DAY_MS = 86_400_000;
/** A decision dated further ahead than this is tampered with, or the clock is broken: ask again. */
const CLOCK_SKEW_MS = DAY_MS;

/**
 * What a stored decision means under the current config at `now`: undecided when there is none,
 * the revision differs, it expired, it is dated in the future, or an optional category of the
 * config is missing from it (EU-11, EU-12, CK-3, CK-4); and when it was given under a regime less
 * strict than today's, for a visitor who travelled (JUR-3).
 */
export function interpretStoredDecision<C extends string>(
  stored: StoredDecision | null,
  config: ResolvedConfig<C>,
  now: number,
  regime: ConsentRegime = 'opt-in',
): ConsentDecision<C> {
  if (!stored) return { status: 'undecided', reason: 'no-decision' };
  if (stored.revision !== config.revision) return { status: 'undecided', reason: 'revision-changed' };
  if (stored.decidedAt > now + CLOCK_SKEW_MS) return { status: 'undecided', reason: 'no-decision' };
  if (now - stored.decidedAt > config.expiresAfterDays * DAY_MS) return { status: 'undecided', reason: 'expired' };
  const choices = {} as Record<C, boolean>;
  for (const id of config.categoryIds) {
    if (config.categories[id].required) {
      choices[id] = true;
    } else if (stored.granted.includes(id)) {
      choices[id] = true;
    } else if (stored.denied.includes(id)) {
      choices[id] = false;
    } else {
      return { status: 'undecided', reason: 'categories-changed' };
    }
  }
  // A choice made where less was asked is asked again where more is (JUR-3).
  if (isStricter(regime, stored.regime ?? 'opt-in')) return { status: 'undecided', reason: 'regime-changed' };
  return {
    status: 'decided',
    choices,
    decidedAt: stored.decidedAt,
    revision: stored.revision,
    consentId: stored.consentId,
    method: stored.method,
    regime: stored.regime ?? 'opt-in',
  };
}

/** A decision as the cookie keeps it. */
export function toStoredDecision<C extends string>(decision: Decision<C>, config: ResolvedConfig<C>): StoredDecision {
  return {
    revision: decision.revision,
    decidedAt: decision.decidedAt,
    consentId: decision.consentId,
    method: decision.method,
    regime: decision.regime ?? 'opt-in',
    granted: config.categoryIds.filter((id) => decision.choices[id]),
    denied: config.categoryIds.filter((id) => !decision.choices[id]),
  };
}

/**
 * The optional categories an opt-out of "sale or sharing" refuses: those Global Privacy Control
 * covers, or every optional one when the config marks none.
 */
export function soldOrShared<C extends string>(config: ResolvedConfig<C>): C[] {
  const optional = config.categoryIds.filter((id) => !config.categories[id].required);
  const covered = optional.filter((id) => config.categories[id].gpc);
  return covered.length > 0 ? covered : optional;
}

/**
 * Whether each category may run now. Required ones always. Before the cookie is read, nothing
 * optional. Before any decision, what the regime lets run: nothing under `opt-in`, every optional
 * category under `opt-out`, those `grantedByDefault` under `none`. After a decision, what it granted.
 * While Global Privacy Control is on, a category it covers stays denied unless the person turned
 * it on one by one (a `custom` choice), not through "Accept all" nor by default (GPC-1).
 */
export function grantsOf<C extends string>(
  config: ResolvedConfig<C>,
  decision: ConsentDecision<C> | null,
  gpc: boolean,
  regime: ConsentRegime = 'opt-in',
): Record<C, boolean> {
  const granted = {} as Record<C, boolean>;
  for (const id of config.categoryIds) {
    const category = config.categories[id];
    const heldByGpc = gpc && category.gpc;
    if (category.required) {
      granted[id] = true;
    } else if (!decision) {
      granted[id] = false;
    } else if (decision.status === 'undecided') {
      granted[id] = !heldByGpc && (regime === 'opt-out' || (regime === 'none' && category.grantedByDefault));
    } else {
      const chosenOneByOne = decision.method === 'custom' || decision.method === 'withdraw';
      granted[id] = decision.choices[id] === true && !(heldByGpc && !chosenOneByOne);
    }
  }
  return granted;
}
