// The site's own small Node server for the built app (`npm run build`, then `npm start`): static
// files from dist/, the records endpoint, and index.html written per request with the visitor's
// Consent Mode defaults and their place and language for the provider.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toNodeListener } from '@weroom/cookie-consent/records/node';
import { consentModeScriptTag, negotiateLocale, readJurisdiction } from '@weroom/cookie-consent/server';
import { createSiteRecordsHandler } from './records.js';
import { consentConfig } from './src/consent-config.js';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));
const page = await readFile(join(dist, 'index.html'), 'utf8');
// The build wrote the head script for an unknown place (consentModeHead in vite.config.js): each
// request gets its own in its place. The same function makes the same text.
const staticHead = consentModeScriptTag(consentConfig);
if (!page.includes(staticHead)) throw new Error('dist/index.html has no Consent Mode head script: is consentModeHead in vite.config.js?');

/** JSON that is safe inside a <script> element: no `</script>` or `<!--` can close it early. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** index.html for this request: its place and language, read from the CDN's and browser's headers. */
function pageFor(request) {
  const jurisdiction = readJurisdiction(request.headers);
  const locale = negotiateLocale(request.headers['accept-language'], consentConfig);
  const visitor = { jurisdiction, locale, ...(request.headers['sec-gpc'] === '1' ? { globalPrivacyControl: true } : {}) };
  return page
    .replace('<html lang="en">', () => `<html lang="${locale}">`)
    .replace(staticHead, () => `${consentModeScriptTag(consentConfig, { jurisdiction })}\n    <script type="application/json" id="consent-visitor">${scriptJson(visitor)}</script>`);
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2' };
const records = toNodeListener(await createSiteRecordsHandler());

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/api/consent') return records(request, response);
  if (extname(pathname) && !pathname.endsWith('.html')) {
    // A file the build made; normalize() keeps `..` from leaving dist/.
    const file = join(dist, normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'public, max-age=31536000, immutable' });
      return response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      return response.end('Not found');
    }
  }
  // Every other path is the app's page. Vary: the page differs by these headers, for any cache.
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    vary: 'accept-language, sec-gpc, cf-ipcountry, x-vercel-ip-country, cloudfront-viewer-country',
  });
  response.end(pageFor(request));
}).listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '127.0.0.1', function () {
  console.log(`http://${process.env.HOST ?? '127.0.0.1'}:${this.address().port}/`);
});
