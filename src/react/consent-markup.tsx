import { activateConsentMarkup } from '../core/markup-activation.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useTypedStore } from './use-consent.js';

export type ConsentMarkupProps = {
  /** The page's CSP nonce, for scripts whose placeholder carries none. @default the provider's `nonce` */
  nonce?: string;
};

/**
 * Activates consent-gated markup outside React, from a CMS or a server template, once its
 * category is granted: `<script type="text/plain" data-consent-category="performance"
 * data-src="…">` becomes a real script, `<iframe data-consent-category data-src>` gets its `src`,
 * also when added later. Only http(s) and relative addresses load. Render it once, inside the
 * provider; an app without such markup leaves it out and ships none of its code.
 */
export function ConsentMarkup({ nonce }: ConsentMarkupProps) {
  const store = useTypedStore('ConsentMarkup');
  const pageNonce = nonce ?? store.nonce;
  useBrowserLayoutEffect(() => activateConsentMarkup(store, pageNonce ? { nonce: pageNonce } : {}), [store, pageNonce]);
  return null;
}
