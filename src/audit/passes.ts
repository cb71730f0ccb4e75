// A pass is a place and an action, in a fresh browser profile. What it allows is the library's own
// reading of the config for that place and signal: regimeFor, then grantsOf with the decision the
// action makes (EU-1, GPC-1, JUR-2).
import type { ConsentDecision } from '../core/consent-state.js';
import { grantsOf, soldOrShared } from '../core/consent-state.js';
import { regimeFor, normalizeJurisdiction, type ConsentRegime } from '../core/jurisdiction.js';
import type { ConsentInventory } from './inventory.js';

/** What the visitor does: nothing, "Reject all", "Accept all". */
export type PassAction = 'none' | 'reject' | 'accept';

/** One pass of the audit. */
export type PassSpec = {
  /** `no-choice`, `reject`, `accept`, `gpc`, or a place such as `US-CA` (with `@place` for an action elsewhere). */
  id: string;
  action: PassAction;
  /** The browser sends Global Privacy Control (`navigator.globalPrivacyControl`, `Sec-GPC: 1`). */
  gpc: boolean;
  /** The visitor's place, sent as a CDN header (`cf-ipcountry`); null for no header. */
  place: string | null;
};

/** A pass by its name: `no-choice`, `reject`, `accept` or `gpc` ("Accept all" with GPC). */
export type PassName = 'no-choice' | 'reject' | 'accept' | 'gpc';

export const DEFAULT_PASSES: readonly PassName[] = ['no-choice', 'reject', 'accept'];

const NAMED: Readonly<Record<PassName, Omit<PassSpec, 'id' | 'place'>>> = {
  'no-choice': { action: 'none', gpc: false },
  reject: { action: 'reject', gpc: false },
  accept: { action: 'accept', gpc: false },
  gpc: { action: 'accept', gpc: true },
};

/** A pass from its name or its full spec; a place makes `no-choice@US-CA`, or `US-CA` for the no-choice pass there. */
export function passSpec(pass: PassName | PassSpec, place: string | null = null): PassSpec {
  if (typeof pass !== 'string') return pass;
  const named = NAMED[pass];
  if (!named) throw new TypeError(`Unknown pass "${String(pass)}": one of ${Object.keys(NAMED).join(', ')}`);
  const normalized = place === null ? null : normalizeJurisdiction(place);
  if (place !== null && normalized === null) throw new TypeError(`"${place}" is not a place: an ISO 3166 code such as FR or US-CA`);
  return { id: normalized === null ? pass : pass === 'no-choice' ? normalized : `${pass}@${normalized}`, ...named, place: normalized };
}

/** What a pass allows at one moment: the regime, each category's grant, and whether every category is granted. */
export type Allowance = {
  regime: ConsentRegime;
  granted: Readonly<Record<string, boolean>>;
  all: boolean;
};

/**
 * What the pass allows before the visitor's choice (`before`) or after it: the decision its action
 * makes, read through grantsOf exactly as the store reads a stored decision.
 */
export function allowanceOf(inventory: ConsentInventory, pass: PassSpec, moment: 'before' | 'after'): Allowance {
  const config = inventory.config;
  const regime = regimeFor(config.jurisdictions, pass.place);
  let decision: ConsentDecision = { status: 'undecided', reason: 'no-decision' };
  if (moment === 'after' && pass.action !== 'none') {
    const refused = new Set<string>(pass.action === 'accept' ? [] : regime === 'opt-out' ? soldOrShared(config) : config.categoryIds.filter((id) => !config.categories[id]?.required));
    const choices = Object.fromEntries(config.categoryIds.map((id) => [id, !refused.has(id)]));
    decision = {
      status: 'decided',
      choices,
      decidedAt: Date.now(),
      revision: config.revision,
      consentId: 'audit',
      method: pass.action === 'accept' ? 'accept-all' : regime === 'opt-out' ? 'opt-out' : 'reject-all',
      regime,
    };
  }
  const granted = grantsOf(config, decision, pass.gpc, regime);
  return { regime, granted, all: config.categoryIds.every((id) => granted[id]) };
}
