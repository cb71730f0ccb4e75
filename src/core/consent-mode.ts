import type { ResolvedConfig } from './types.js';
import type { ConsentModeKey, ConsentModeSignals } from './types.js';
export type { ConsentModeConfig, ConsentModeKey, ConsentModeSignals } from './types.js';

/** The seven Google Consent Mode v2 keys (CM-1). */
export const CONSENT_MODE_KEYS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** Keys by the usual category names, so a config with those names needs no mapping. */
export const DEFAULT_CONSENT_MODE_MAPPING: Readonly<Record<string, readonly ConsentModeKey[]>> = {
  features: ['functionality_storage', 'security_storage'],
  functional: ['functionality_storage', 'security_storage'],
  necessary: ['functionality_storage', 'security_storage'],
  essential: ['functionality_storage', 'security_storage'],
  performance: ['analytics_storage'],
  analytics: ['analytics_storage'],
  statistics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  targeting: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  personalization: ['personalization_storage'],
  preferences: ['personalization_storage'],
};

/** The keys each category of the config grants: its own mapping, else the default by name. */
export function consentModeMapping<C extends string>(config: ResolvedConfig<C>): Record<C, readonly ConsentModeKey[]> {
  const mapping = {} as Record<C, readonly ConsentModeKey[]>;
  for (const id of config.categoryIds) {
    mapping[id] = config.consentMode?.mapping?.[id] ?? DEFAULT_CONSENT_MODE_MAPPING[id] ?? [];
  }
  return mapping;
}

/** All seven keys: granted where a granted category maps to it, denied everywhere else. */
export function consentModeSignals<C extends string>(
  config: ResolvedConfig<C>,
  granted: Readonly<Record<C, boolean>>,
): ConsentModeSignals {
  const signals = Object.fromEntries(CONSENT_MODE_KEYS.map((key) => [key, 'denied'])) as ConsentModeSignals;
  const mapping = consentModeMapping(config);
  for (const id of config.categoryIds) {
    if (granted[id]) for (const key of mapping[id]) signals[key] = 'granted';
  }
  return signals;
}

type DataLayer = unknown[];

function dataLayerOf(name: string): DataLayer {
  const host = window as unknown as Record<string, unknown>;
  const existing = host[name];
  if (Array.isArray(existing)) return existing;
  const created: DataLayer = [];
  host[name] = created;
  return created;
}

/**
 * Google's `gtag()`: pushes its `arguments` object onto the data layer. gtag.js ignores arrays,
 * so a rest-parameter version would silently lose every consent command (CM-3).
 */
export function gtag(..._command: unknown[]): void {
  // eslint-disable-next-line prefer-rest-params
  dataLayerOf('dataLayer').push(arguments);
}

/** A `gtag()` for another data layer name. */
export function createGtag(dataLayerName = 'dataLayer'): (...command: unknown[]) => void {
  return function gtagFor() {
    // eslint-disable-next-line prefer-rest-params
    dataLayerOf(dataLayerName).push(arguments);
  };
}

/** The consent state Google has been told last, read back from the data layer's commands. */
export function lastConsentSignals(dataLayerName = 'dataLayer'): Partial<ConsentModeSignals> | null {
  const layer = (window as unknown as Record<string, unknown>)[dataLayerName];
  if (!Array.isArray(layer)) return null;
  let signals: Partial<ConsentModeSignals> | null = null;
  for (const entry of layer) {
    const command = entry as ArrayLike<unknown> | null;
    if (!command || typeof command !== 'object' || command[0] !== 'consent') continue;
    const values = command[2];
    if (typeof values !== 'object' || values === null) continue;
    const next: Partial<ConsentModeSignals> = { ...signals };
    for (const key of CONSENT_MODE_KEYS) {
      const value = (values as Record<string, unknown>)[key];
      if (value === 'granted' || value === 'denied') next[key] = value;
    }
    signals = next;
  }
  return signals;
}

/** Whether the data layer already holds a `consent default`: the head snippet ran. */
export function hasConsentDefault(dataLayerName = 'dataLayer'): boolean {
  const layer = (window as unknown as Record<string, unknown>)[dataLayerName];
  return Array.isArray(layer) && layer.some((entry) => (entry as ArrayLike<unknown>)?.[0] === 'consent' && (entry as ArrayLike<unknown>)[1] === 'default');
}

/** The `consent default` command's values: the signals before any choice, with the CM-4 options. */
export function consentDefaultValues<C extends string>(config: ResolvedConfig<C>): Record<string, unknown> {
  const undecided = Object.fromEntries(config.categoryIds.map((id) => [id, config.categories[id].required])) as Record<C, boolean>;
  const values: Record<string, unknown> = { ...consentModeSignals(config, undecided) };
  const options = config.consentMode;
  if (options?.waitForUpdate !== undefined) values.wait_for_update = options.waitForUpdate;
  if (options?.region) values.region = [...options.region];
  return values;
}

/**
 * Tells Google what the person chose: `consent update` with all seven keys, then a data layer
 * event that GTM triggers can use (CM-2). Nothing is pushed when Google already heard exactly this.
 */
export function pushConsentUpdate<C extends string>(config: ResolvedConfig<C>, granted: Readonly<Record<C, boolean>>): boolean {
  const name = config.consentMode?.dataLayerName ?? 'dataLayer';
  const signals = consentModeSignals(config, granted);
  const heard = lastConsentSignals(name);
  if (heard && CONSENT_MODE_KEYS.every((key) => heard[key] === signals[key])) return false;
  const send = createGtag(name);
  if (!hasConsentDefault(name)) send('consent', 'default', consentDefaultValues(config));
  send('consent', 'update', signals);
  dataLayerOf(name).push({ event: 'consent_update' });
  return true;
}
