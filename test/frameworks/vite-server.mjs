// npm run test:vite-server: the client-rendered Vite app with its own small Node server
// (examples/vite-server) as a user runs it. Packs the library, installs it, builds, then:
// - `node server.js`: per request, the Consent Mode head script of the visitor's regime and the
//   hand-off of their place and language; in Chromium, the first layer of each place with nothing
//   in the console, and a choice's record kept by the server's endpoint;
// - `vite preview` and `vite`: the package's Vite plugin answers the records endpoint there too.
import { launchFreshContext } from '../browser/chromium.mjs';
import {
  assert,
  assertHeadOrder,
  check,
  checkFirstLayersInChromium,
  checkRecordKeptInChromium,
  consentCommandsOf,
  consentDefaultOf,
  finish,
  freePort,
  installExample,
  packLibrary,
  rejectedCookie,
  root,
  run,
  startServer,
  visitors,
} from './support.mjs';

const startedAt = Date.now();
const app = `${root}examples/vite-server`;
installExample(app, packLibrary());
run('npx', ['vite', 'build'], app);

/** The visitor the server handed to the provider, from the page's JSON. */
function visitorOf(html) {
  const json = /<script type="application\/json" id="consent-visitor">([^<]*)<\/script>/.exec(html)?.[1];
  assert(json, 'no visitor JSON in the page');
  return JSON.parse(json);
}

async function serve(command, args) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const server = await startServer(command, [...args, ...(command === 'node' ? [] : ['--port', String(port), '--host', '127.0.0.1', '--strictPort'])], {
    cwd: app,
    url: base,
    env: { PORT: String(port), HOST: '127.0.0.1' },
  });
  return { base, server };
}

{
  const { base, server } = await serve('node', ['server.js']);
  const page = async (headers) => (await fetch(base, { headers })).text();
  try {
    await check('the server writes the head script first, and hands an unknown visitor opt-in defaults and English', async () => {
      const html = await page({});
      assertHeadOrder(html);
      assert((html.match(/\(function\(w,d,o\)\{/g) ?? []).length === 1, 'not exactly one Consent Mode head script');
      assert(JSON.stringify(visitorOf(html)) === '{"jurisdiction":null,"locale":"en"}', `visitor: ${JSON.stringify(visitorOf(html))}`);
      assert(consentDefaultOf(html, false).ad_storage === 'denied', 'advertising granted by default');
    });

    await check('a visitor from France who reads French: denied by default, handed FR and fr, the page marked fr', async () => {
      const html = await page({ ...visitors.France, 'accept-language': 'fr-FR,fr;q=0.9' });
      const visitor = visitorOf(html);
      assert(visitor.jurisdiction === 'FR' && visitor.locale === 'fr-FR', `visitor: ${JSON.stringify(visitor)}`);
      assert(html.includes('<html lang="fr-FR">'), 'the page is not marked fr-FR');
      assert(consentDefaultOf(html, false).analytics_storage === 'denied', 'analytics granted by default in France');
    });

    await check('a visitor from California: granted by default, handed US-CA', async () => {
      const html = await page(visitors.California);
      assert(visitorOf(html).jurisdiction === 'US-CA', `visitor: ${JSON.stringify(visitorOf(html))}`);
      const defaults = consentDefaultOf(html, false);
      assert(defaults.analytics_storage === 'granted' && defaults.ad_storage === 'granted', `defaults: ${JSON.stringify(defaults)}`);
    });

    await check('a visitor from California with Sec-GPC: 1: handed the signal, advertising denied', async () => {
      const html = await page(visitors['California with GPC']);
      assert(visitorOf(html).globalPrivacyControl === true, `visitor: ${JSON.stringify(visitorOf(html))}`);
      const defaults = consentDefaultOf(html, true);
      assert(defaults.ad_storage === 'denied' && defaults.ad_personalization === 'denied' && defaults.analytics_storage === 'granted', `defaults: ${JSON.stringify(defaults)}`);
    });

    await check('a visitor from Japan: analytics granted by default, advertising denied', async () => {
      const html = await page(visitors.Japan);
      assert(visitorOf(html).jurisdiction === 'JP', `visitor: ${JSON.stringify(visitorOf(html))}`);
      const defaults = consentDefaultOf(html, false);
      assert(defaults.analytics_storage === 'granted' && defaults.ad_storage === 'denied', `defaults: ${JSON.stringify(defaults)}`);
    });

    await check('a stored "reject all" is re-applied by the head script', async () => {
      const update = consentCommandsOf(await page(visitors.France), { cookie: rejectedCookie }).find((command) => command[1] === 'update');
      assert(update?.[2].analytics_storage === 'denied' && update[2].security_storage === 'granted', `update: ${JSON.stringify(update)}`);
    });

    await check('the server refuses a path that leaves dist/', async () => {
      const answer = await fetch(`${base}assets/..%2f..%2fserver.js`);
      assert(answer.status === 404, `answered ${answer.status}`);
    });

    await checkFirstLayersInChromium(launchFreshContext, base, { hydrates: false });

    await check('in Chromium, a visitor from France who reads French gets the French banner at once', async () => {
      const browser = await launchFreshContext();
      try {
        const tab = await browser.context.newPage();
        await tab.setExtraHTTPHeaders({ ...visitors.France, 'accept-language': 'fr-FR,fr;q=0.9' });
        await tab.goto(base);
        await tab.getByRole('button', { name: 'Tout refuser' }).waitFor({ timeout: 10_000 });
      } finally {
        await browser.close();
      }
    });

    await checkRecordKeptInChromium(launchFreshContext, base, `${base}api/consent`, ' (node server.js)');
  } finally {
    await server.stop();
  }
}

for (const [name, args] of [
  ['vite preview', ['vite', 'preview']],
  ['vite', ['vite']],
]) {
  const { base, server } = await serve('npx', args);
  try {
    await check(`under \`${name}\`, the page has the opt-in head script before any script that runs first`, async () => {
      const html = await (await fetch(base)).text();
      assertHeadOrder(html, { deferredModulesFirst: name === 'vite' });
      assert(consentDefaultOf(html, false).ad_storage === 'denied', 'advertising granted by default');
    });
    await checkRecordKeptInChromium(launchFreshContext, base, `${base}api/consent`, ` (${name})`);
  } finally {
    await server.stop();
  }
}

finish(startedAt);
