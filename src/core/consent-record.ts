import type { ResolvedConfig } from './config.js';
import type { ConsentMethod, ConsentSurface } from './consent-state.js';
import type { ConsentRegime } from './jurisdiction.js';
import type { AllTexts, FirstLayerTexts } from './texts.js';

/**
 * Proof of one decision (REC-1), handed to `onDecision` so the site can keep it (REC-2).
 * No IP address and nothing else that identifies the person beyond the random consent id.
 */
export type ConsentRecord<C extends string = string> = {
  /** A random id of this record alone: a records endpoint stores each record once by it (REC-3). */
  recordId: string;
  consentId: string;
  /** ISO 8601, UTC. */
  decidedAt: string;
  revision: string;
  /** A hash of the texts and categories that were shown, to tell which version was agreed to. */
  shownHash: string;
  locale: string;
  choices: Readonly<Record<C, boolean>>;
  method: ConsentMethod;
  surface: ConsentSurface;
  /** Whether a Global Privacy Control signal was on. */
  gpc: boolean;
  /** Where the visitor was, as given to the provider (`US-CA`); `null` when unknown. */
  jurisdiction: string | null;
  /** The regime in force then. */
  regime: ConsentRegime;
};

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over UTF-8: not secret, only stable and synchronous, to name a version of the texts. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * What a person was shown when they decided, as the record's hash covers it: the first layer of
 * their regime (the banner and the gate's placeholder under opt-in and none, the notice under
 * opt-out), and, for a decision made in the preferences dialog, the dialog's texts too. The texts
 * are resolved, in the person's language, with the site's overrides.
 */
export function shownTexts(texts: FirstLayerTexts | AllTexts, regime: ConsentRegime, inDialog: boolean): Record<string, unknown> {
  const first = regime === 'opt-out' ? { optOut: texts.optOut } : { banner: texts.banner, gate: texts.gate };
  if (!inDialog || !('preferences' in texts)) return { ...first, categories: texts.categories };
  return { ...first, categories: texts.categories, preferences: texts.preferences, cookies: texts.cookies };
}

/**
 * What a record's hash covers, as the interface that showed it leaves it in the store's text cache:
 * the texts on screen (from {@link shownTexts}), and for the dialog, the purpose of each declared
 * cookie in the words its table showed (by category, in the config's order).
 */
export type ShownPolicy = { texts: unknown; purposes?: readonly (readonly string[])[] };

/**
 * The hash of what a person saw: `texts` (from {@link shownTexts}, or the config's own texts for an
 * interface of the app's), and every category with its declared cookies, their purposes in the
 * words shown where `purposes` gives them.
 */
export function hashShownPolicy<C extends string>(config: ResolvedConfig<C>, texts: unknown, purposes?: ShownPolicy['purposes']): string {
  return `fnv1a64:${fnv1a64(JSON.stringify({ revision: config.revision, categories: shownCategories(config, purposes), texts }))}`;
}

/** Every category with its declared cookies (their purposes in words, given `purposes`), as the hash covers them. */
export function shownCategories<C extends string>(config: ResolvedConfig<C>, purposes?: ShownPolicy['purposes']) {
  return config.categoryIds.map((id, index) => {
    const { required, gpc, cookies } = config.categories[id];
    return {
      id,
      required,
      gpc,
      cookies: cookies.map(({ name, provider, purpose, duration }, at) => ({
        name: typeof name === 'string' ? name : String(name),
        provider,
        purpose: purposes?.[index]?.[at] ?? purpose,
        duration,
      })),
    };
  });
}
