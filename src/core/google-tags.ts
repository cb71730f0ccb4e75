import { createGtag, pushConsentUpdate } from './consent-mode.js';
import type { ConsentStore } from './consent-store.js';
import { injectScript } from './script-loader.js';

export type GoogleTagOptions = {
  /** Parameters of the `config` command, such as `{ send_page_view: false }`. */
  params?: Readonly<Record<string, unknown>>;
  /** The page's CSP nonce. */
  nonce?: string;
};

/**
 * Loads Google's tag (gtag.js) once per page and configures `tagId` once: first the consent
 * state (the default if the head snippet did not set one, and the current choice), then `js`
 * and `config`, in the order Google requires (CM-2). Consent is the caller's business.
 */
export function loadGoogleTag<C extends string>(store: ConsentStore<C>, tagId: string, options: GoogleTagOptions = {}): Promise<HTMLScriptElement> {
  const { config } = store;
  const dataLayerName = config.consentMode?.dataLayerName ?? 'dataLayer';
  pushConsentUpdate(config, store.getState().granted);
  const send = createGtag(dataLayerName);
  // The data layer is the page's memory of what Google was told: `js` and each `config` once.
  const layer = (window as unknown as Record<string, ArrayLike<unknown>[]>)[dataLayerName] ?? [];
  const sent = (name: string, id?: string) => layer.some((entry) => entry?.[0] === name && (id === undefined || entry[1] === id));
  if (!sent('js')) send('js', new Date());
  if (!sent('config', tagId)) {
    if (options.params) send('config', tagId, { ...options.params });
    else send('config', tagId);
  }
  const query = dataLayerName === 'dataLayer' ? '' : `&l=${encodeURIComponent(dataLayerName)}`;
  return injectScript(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(tagId)}${query}`, {
    id: 'weroom-consent-gtag',
    async: true,
    ...(options.nonce ? { nonce: options.nonce } : {}),
  });
}
