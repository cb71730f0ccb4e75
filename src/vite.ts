// A Vite plugin for sites without server rendering: writes the Google Consent Mode head script
// into index.html at build and dev time. React-free, and never part of the browser bundle.
import type { ConsentConfig } from './core/config.js';
import { consentModeScriptTag } from './core/consent-mode-snippet.js';

export type ConsentModeHeadOptions = {
  /** The CSP nonce for the inline script, where the page's nonce is fixed at build time. */
  nonce?: string;
};

/** The part of Vite's plugin shape this plugin uses (so the package needs no dependency on Vite). */
export type ConsentModeHeadPlugin = {
  name: string;
  transformIndexHtml: { order: 'pre'; handler: (html: string) => Promise<string> };
};

const CHARSET = /<meta\s[^>]*charset\s*=[^>]*>/i;

/**
 * `html` with `tag` right after its `<meta charset>`, which must stay within the first 1024 bytes
 * (HTML standard, "specifying the document's character encoding"), and so before any other
 * script; a page without one gets `<meta charset="utf-8">` first in `<head>`, then the tag.
 */
export function insertAfterCharset(html: string, tag: string): string {
  const charset = CHARSET.exec(html);
  // Replacer functions: the script's text must not be read as `$` replacement patterns.
  if (charset) return html.replace(CHARSET, () => `${charset[0]}\n    ${tag}`);
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n    <meta charset="utf-8" />\n    ${tag}`);
}

/**
 * Writes the Consent Mode head script (the default for all seven keys, then the stored choice
 * read from the cookie) right after `<meta charset>`, before any other script, as Google asks
 * (CM-2). Give it the site's config, or a function that loads it.
 *
 *     // vite.config.ts
 *     import { consentModeHead } from '@weroom/cookie-consent/vite';
 *     import { consentConfig } from './src/consent-config';
 *     export default defineConfig({ plugins: [react(), consentModeHead(consentConfig)] });
 */
export function consentModeHead<C extends string>(
  config: ConsentConfig<C> | (() => Promise<ConsentConfig<C>>),
  options: ConsentModeHeadOptions = {},
): ConsentModeHeadPlugin {
  return {
    name: 'weroom-consent-mode-head',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const resolved = typeof config === 'function' ? await config() : config;
        return insertAfterCharset(html, consentModeScriptTag(resolved, options.nonce ? { nonce: options.nonce } : {}));
      },
    },
  };
}
