import type { ConsentConfig } from '../core/config.js';
import { consentModeScript } from '../core/consent-mode-snippet.js';

export type ConsentModeScriptProps<C extends string> = {
  /** The same config as the provider's. */
  config: ConsentConfig<C>;
  /** The page's Content-Security-Policy nonce. */
  nonce?: string;
};

/**
 * The Google Consent Mode head script (CM-2), for server-rendered `<head>`s: place it before any
 * Google tag. React does not run inline scripts it renders in the browser, so a client-only app
 * puts `consentModeScriptTag(config)` in its `index.html` instead. In a React Server Component
 * (Next.js App Router) a config with RegExp cookie names cannot cross to this client component:
 * render `<script dangerouslySetInnerHTML={{ __html: consentModeScript(config) }} />` there, with
 * `consentModeScript` from `@weroom/cookie-consent/server`.
 */
export function ConsentModeScript<const C extends string>({ config, nonce }: ConsentModeScriptProps<C>) {
  // Browsers hide a nonce attribute once parsed, so the client never sees the server's value.
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: consentModeScript(config) }} />;
}
