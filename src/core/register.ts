import type { ConsentConfig } from './config.js';

/**
 * Register your config's type once to make category ids literal everywhere (`useConsent`,
 * `ConsentGate`, `ConsentScript`, the manager's `save` and `grant`). Declare it beside the config,
 * through whichever entry that module imports; both name this one interface:
 *
 *     declare module '@weroom/cookie-consent/server' {
 *       interface Register { config: typeof consentConfig }
 *     }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Register {}

/** The category ids of the registered config, or `string` when none is registered. */
export type RegisteredCategory = Register extends { config: ConsentConfig<infer C> } ? C : string;
