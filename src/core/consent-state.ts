import type { ResolvedConfig } from './config.js';
import type { StoredDecision } from './cookie-codec.js';

/** How a decision was given (REC-1). */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'close' | 'withdraw';

/** Where a decision was given (REC-1). `embed` is a gated placeholder's "Allow" button; `api` is code. */
export type ConsentSurface = 'banner' | 'preferences' | 'embed' | 'api';

/** A choice the person made, as kept in the consent cookie. */
export type Decision<C extends string = string> = {
  status: 'decided';
  /** The choice per category as stored; required categories are always `true`. */
  choices: Readonly<Record<C, boolean>>;
  /** When it was decided, in milliseconds since the epoch (stored to the second). */
  decidedAt: number;
  /** The policy revision it was given under. */
  revision: string;
  /** A random id, kept in the cookie and in every consent record, that ties the two together. */
  consentId: string;
  method: ConsentMethod;
};

/** Why there is no valid decision: the banner can say that the policy changed. */
export type UndecidedReason = 'no-decision' | 'revision-changed' | 'expired' | 'categories-changed';

export type Undecided = { status: 'undecided'; reason: UndecidedReason };

/** What is known of the person's choice: nothing yet, or a decision. */
export type ConsentDecision<C extends string = string> = Undecided | Decision<C>;

/** Status codes of the decision as the cookie holds them: compact and stable. */
export const METHOD_CODES: Readonly<Record<ConsentMethod, string>> = {
  'accept-all': 'a',
  'reject-all': 'r',
  custom: 'c',
  close: 'x',
  withdraw: 'w',
};

const DAY_MS = 86_400_000;
/** A decision dated further ahead than this is tampered with, or the clock is broken: ask again. */
const CLOCK_SKEW_MS = DAY_MS;

/**
 * What a stored decision means under the current config at `now`: undecided when there is none,
 * the revision differs, it expired, it is dated in the future, or an optional category of the
 * config is missing from it (EU-11, EU-12, CK-3, CK-4).
 */
export function interpretStoredDecision<C extends string>(
  stored: StoredDecision | null,
  config: ResolvedConfig<C>,
  now: number,
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
  return {
    status: 'decided',
    choices,
    decidedAt: stored.decidedAt,
    revision: stored.revision,
    consentId: stored.consentId,
    method: stored.method,
  };
}

/** A decision as the cookie keeps it. */
export function toStoredDecision<C extends string>(decision: Decision<C>, config: ResolvedConfig<C>): StoredDecision {
  return {
    revision: decision.revision,
    decidedAt: decision.decidedAt,
    consentId: decision.consentId,
    method: decision.method,
    granted: config.categoryIds.filter((id) => decision.choices[id]),
    denied: config.categoryIds.filter((id) => !decision.choices[id]),
  };
}

/**
 * Whether each category may run now. Required ones always; others only when decided and granted.
 * While Global Privacy Control is on, a category it covers stays denied unless the person turned
 * it on one by one (a `custom` choice), not through "Accept all" (GPC-1).
 */
export function grantsOf<C extends string>(
  config: ResolvedConfig<C>,
  decision: ConsentDecision<C> | null,
  gpc: boolean,
): Record<C, boolean> {
  const granted = {} as Record<C, boolean>;
  for (const id of config.categoryIds) {
    const category = config.categories[id];
    if (category.required) {
      granted[id] = true;
    } else if (decision?.status !== 'decided' || !decision.choices[id]) {
      granted[id] = false;
    } else {
      const chosenOneByOne = decision.method === 'custom' || decision.method === 'withdraw';
      granted[id] = !(gpc && category.gpc && !chosenOneByOne);
    }
  }
  return granted;
}
