// The shared part of every service module: React-free, and shipped only with a service's import.
import type { CookieDeclaration } from '../core/config.js';
import { addConsentSignal } from '../core/consent-effects.js';
import type { ConsentService, ServiceCompany } from '../core/services.js';
import { injectScript } from '../core/script-loader.js';
import type { ScriptOptions } from '../core/script-options.js';

/** The facts of a service, from the vendor's documentation. */
export type ServiceFacts<C extends string> = {
  id: string;
  name: string;
  company: ServiceCompany;
  privacyPolicy: string;
  category: C;
  purposes: readonly string[];
  cookies: readonly CookieDeclaration[];
  hosts: readonly string[];
};

/** What a service does on the page. Every part runs in the browser only. */
export type ServiceBehaviour = {
  /**
   * Installs the vendor's own function as a stub that queues calls, at once (when the service is
   * created), so that app code may call it at any time; nothing is sent while the vendor's script
   * is not loaded, and the script flushes the queue once it loads after a grant.
   */
  stub?: (host: Record<string, unknown>) => void;
  /** Loads the vendor's script(s), once per page, after the first grant. */
  load?: (loadScript: (src: string, options?: ScriptOptions) => Promise<unknown>) => void;
  /** Tells the vendor's consent API: on every grant, before loading, and on every withdrawal. */
  consent?: (granted: boolean, host: Record<string, unknown>) => void;
};

/** The page's global object, as vendors' snippets use it. */
export const pageGlobal = (): Record<string, unknown> => window as unknown as Record<string, unknown>;

/** A service from its facts and its behaviour; its stub is installed at once in the browser. */
export function defineService<C extends string>(facts: ServiceFacts<C>, behaviour: ServiceBehaviour): ConsentService<C> {
  if (typeof window !== 'undefined') behaviour.stub?.(pageGlobal());
  return {
    ...facts,
    start(store, { nonce }) {
      let told: boolean | undefined;
      let loaded = false;
      return addConsentSignal(store, (granted) => {
        const on = granted[facts.category] === true;
        // The vendor hears a change, and the first grant; a refusal before anything loaded needs no word.
        if (on === told || (!on && told === undefined)) return;
        told = on;
        behaviour.consent?.(on, pageGlobal());
        if (on && !loaded) {
          loaded = true;
          behaviour.load?.((src, options = {}) => injectScript(src, { ...(nonce ? { nonce } : {}), ...options }));
        }
      });
    },
  };
}
