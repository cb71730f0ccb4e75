// Vite plugins for sites without server rendering: the Google Consent Mode head script written
// into index.html at build and dev time, and the records endpoint on the dev and preview servers.
// React-free, and never part of the browser bundle.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsentConfig } from './core/config.js';
import { consentModeScriptTag } from './core/consent-mode-snippet.js';
import type { RecordsHandler } from './records/handler.js';
import { toNodeListener } from './records/node.js';

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

export type ConsentRecordsOptions = {
  /**
   * Makes the records handler (`createRecordsHandler` from `@weroom/cookie-consent/records`, with
   * the site's config and store). Called on the first request to `path`, so that `vite build`
   * never opens the store, and the plugin loads no database package of its own.
   */
  handler: () => RecordsHandler | Promise<RecordsHandler>;
  /** Where the endpoint answers: the `endpoint` of the `recordConsent` feature. @default '/api/consent' */
  path?: string;
  /** The site's origin, when the `Host` header is not it (see `toNodeListener`). */
  origin?: string;
};

/** The part of a Vite (or Connect) server this plugin uses. */
export type ConsentRecordsServer = {
  middlewares: { use(handle: (request: IncomingMessage, response: ServerResponse, next: () => void) => void): unknown };
};

/** The part of Vite's plugin shape this plugin uses. */
export type ConsentRecordsPlugin = {
  name: string;
  configureServer: (server: ConsentRecordsServer) => void;
  configurePreviewServer: (server: ConsentRecordsServer) => void;
};

/**
 * Mounts the records endpoint on `vite` and `vite preview`, as the site's own server mounts it in
 * production, so that a decision made in development is kept rather than answered 404.
 *
 *     // vite.config.ts
 *     import { consentModeHead, consentRecords } from '@weroom/cookie-consent/vite';
 *     consentRecords({
 *       handler: async () => createRecordsHandler({
 *         config: consentConfig,
 *         store: (await import('@weroom/cookie-consent/records/embedded')).openEmbeddedRecordStore({ dataDir: '.consent-records' }),
 *       }),
 *     })
 */
export function consentRecords(options: ConsentRecordsOptions): ConsentRecordsPlugin {
  const path = options.path ?? '/api/consent';
  let listener: Promise<(request: IncomingMessage, response: ServerResponse) => Promise<void>> | undefined;
  const listen = () =>
    (listener ??= Promise.resolve(options.handler()).then((handler) => toNodeListener(handler, options.origin ? { origin: options.origin } : {})));
  const mount = (server: ConsentRecordsServer): void => {
    // Matched here rather than by `use(path, …)`, which would also take `path/anything` and strip
    // the path from the request's URL.
    server.middlewares.use((request, response, next) => {
      if ((request.url ?? '').split('?')[0] !== path) return next();
      listen().then(
        (handle) => handle(request, response),
        (error: unknown) => {
          console.error('[cookie-consent] records endpoint:', error);
          listener = undefined;
          response.statusCode = 500;
          response.end();
        },
      );
    });
  };
  return { name: 'weroom-consent-records', configureServer: mount, configurePreviewServer: mount };
}
