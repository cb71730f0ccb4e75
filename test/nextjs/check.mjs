// npm run test:nextjs: the Next.js example as a user runs it. Packs the library, installs it into
// examples/nextjs, builds the app, starts it on loopback and checks that the server HTML holds the
// banner only for an undecided visitor, and that hydrating in Chromium logs no error.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { launchFreshContext } from '../browser/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const app = `${root}examples/nextjs`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (command, args, cwd) => execFileSync(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });

run('npm', ['run', 'build'], root);
// A fresh clone has no build/ folder: npm pack does not make its destination.
mkdirSync(`${root}build`, { recursive: true });
run('npm', ['pack', '--pack-destination', 'build', '--silent'], root);
const tarball = readdirSync(`${root}build`).find((file) => /^weroom-cookie-consent-.*\.tgz$/.test(file));
run('npm', ['ci', '--no-audit', '--no-fund'], app);
// Installed from the packed tarball, as from the registry; --no-save keeps the lockfile as committed.
run('npm', ['install', '--no-save', '--no-audit', '--no-fund', `${root}build/${tarball}`], app);
run('npx', ['next', 'build'], app);

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: app, env, stdio: 'inherit', detached: true });
const base = `http://127.0.0.1:${port}/`;

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`✗ ${name}\n  ${error.message}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The Consent Mode default the page's head script sets, run as a browser with or without GPC would. */
function consentDefaultOf(html, gpc) {
  const script = /<script>(\(function\(w,d,o\)\{[\s\S]*?)<\/script>/.exec(html)?.[1];
  assert(script, 'no Consent Mode head script');
  const sandbox = { document: { cookie: '' }, navigator: gpc ? { globalPrivacyControl: true } : {} };
  sandbox.window = sandbox;
  runInNewContext(script, sandbox);
  return Array.from(sandbox.dataLayer[0])[2];
}

/** Visitors by place, as three CDNs tell the server (docs/jurisdictions.md). */
const visitors = {
  France: { 'cf-ipcountry': 'FR' },
  California: { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' },
  'California with GPC': { 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': 'CA', 'sec-gpc': '1' },
  Japan: { 'cf-ipcountry': 'JP' },
  nowhere: {},
  'Tor (T1)': { 'cf-ipcountry': 'T1' },
};
const page = async (headers) => (await fetch(base, { headers })).text();

/** A "reject all" consent cookie as the library writes it, from today. */
const rejected = `1.1.${Math.floor(Date.now() / 1000).toString(36)}.nextjsVisitor001.r.features.performance~advertising`;

try {
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 120) throw new Error('next start did not answer within a minute');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  await check('a request without the consent cookie gets the banner in its HTML', async () => {
    const html = await (await fetch(base)).text();
    assert(html.includes('data-consent-banner'), 'no banner in the server HTML');
    assert(html.includes('aria-label="Cookie consent"'), 'the banner region has no name');
    assert(html.includes("g('consent','default'"), 'no Consent Mode head script');
  });

  await check('the page declares its charset within its first 1024 bytes, and the Consent Mode script runs before every script but Next.js’s own', async () => {
    const html = await (await fetch(base)).text();
    const charsetAt = html.search(/<meta charset/i);
    assert(charsetAt > -1 && new TextEncoder().encode(html.slice(0, charsetAt)).length < 1024, `<meta charset> is not within the first 1024 bytes (at ${charsetAt})`);
    // React hoists Next.js's own framework chunks (async) above the layout's <head> children; they
    // are not Google tags and read no consent. Every other script must come after ours.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].filter((match) => !/src="\/_next\/static\//.test(match[1]));
    const first = scripts[0];
    assert(first && html.slice(first.index, first.index + 200).includes('(function(w,d,o){'), `the first script is not the Consent Mode one: ${first && html.slice(first.index, first.index + 80)}`);
  });

  await check('a request that prefers German gets the German banner in its HTML, marked with its language (I18N-3)', async () => {
    const html = await (await fetch(base, { headers: { 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' } })).text();
    assert(html.includes('<html lang="de-AT"'), 'the page is not marked de-AT');
    assert(html.includes('Alle akzeptieren'), 'no German "Accept all" in the server HTML');
    assert(!html.includes('Accept all'), 'English left in the German server HTML');
  });

  await check('a request with a "reject all" cookie gets no banner', async () => {
    const html = await (await fetch(base, { headers: { cookie: `cookie_consent=${rejected}` } })).text();
    assert(!html.includes('data-consent-banner'), 'a banner in the server HTML of a decided visitor');
    assert(html.includes('Find your flatmates'), 'the page itself is missing');
  });

  await check('a visitor from France gets the opt-in banner, with everything denied by default (EU-1)', async () => {
    const html = await page(visitors.France);
    assert(html.includes('aria-label="Cookie consent"') && html.includes('Reject all'), 'no opt-in banner');
    assert(!html.includes('data-consent-notice'), 'an opt-out notice in France');
    assert(consentDefaultOf(html, false).analytics_storage === 'denied', 'analytics granted by default in France');
  });

  await check('a visitor from California gets the opt-out notice and link, not the banner, with everything granted by default', async () => {
    const html = await page(visitors.California);
    assert(html.includes('data-consent-notice') && html.includes('aria-label="Your privacy choices"'), 'no opt-out notice');
    assert((html.match(/Do Not Sell or Share My Personal Information/g) ?? []).length === 2, 'the opt-out control is not in both the notice and the footer');
    assert(!html.includes('Reject all'), 'the opt-in banner in California');
    assert(!html.includes('Opt-out request honored'), 'the GPC message without GPC');
    const defaults = consentDefaultOf(html, false);
    assert(defaults.analytics_storage === 'granted' && defaults.ad_storage === 'granted', `defaults: ${JSON.stringify(defaults)}`);
  });

  await check('a visitor from California with Sec-GPC: 1 gets the notice saying the opt-out is honored, and advertising denied', async () => {
    const html = await page(visitors['California with GPC']);
    assert(html.includes('data-consent-notice'), 'no opt-out notice');
    assert(html.includes('Opt-out request honored'), 'no "honored" message');
    const defaults = consentDefaultOf(html, true);
    assert(
      defaults.ad_storage === 'denied' && defaults.ad_user_data === 'denied' && defaults.ad_personalization === 'denied' && defaults.analytics_storage === 'granted',
      `defaults under GPC: ${JSON.stringify(defaults)}`,
    );
  });

  await check('a visitor from Japan gets what the default regime says: no banner, the settings in the footer, analytics on', async () => {
    const html = await page(visitors.Japan);
    assert(!html.includes('data-consent-banner'), 'a banner under the none regime');
    assert(html.includes('Cookie settings'), 'no settings button');
    assert(!html.includes('Do Not Sell'), 'the opt-out link outside opt-out');
    const defaults = consentDefaultOf(html, false);
    assert(defaults.analytics_storage === 'granted' && defaults.ad_storage === 'denied', `defaults: ${JSON.stringify(defaults)}`);
  });

  for (const nowhere of ['nowhere', 'Tor (T1)']) {
    await check(`a visitor from ${nowhere} gets the opt-in banner: unknown means strictest`, async () => {
      const html = await page(visitors[nowhere]);
      assert(html.includes('aria-label="Cookie consent"') && !html.includes('data-consent-notice'), 'not the opt-in banner');
      assert(consentDefaultOf(html, false).ad_storage === 'denied', 'advertising granted by default');
    });
  }

  await check('hydration logs no error for a visitor from each place', async () => {
    const browser = await launchFreshContext();
    try {
      for (const [place, headers] of Object.entries(visitors)) {
        const tab = await browser.context.newPage();
        const errors = [];
        tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        tab.on('pageerror', (error) => errors.push(error.message));
        await tab.setExtraHTTPHeaders(headers);
        await tab.goto(base);
        await tab.waitForLoadState('networkidle');
        const notices = await tab.getByRole('region', { name: 'Your privacy choices' }).count();
        assert(notices === (place.startsWith('California') ? 1 : 0), `${place}: ${notices} opt-out notices after hydration`);
        assert(errors.length === 0, `${place}: errors in the console: ${errors.join(' | ')}`);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  });

  await check('hydrating in Chromium logs no error, and the banner works', async () => {
    const browser = await launchFreshContext();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(base);
      await page.waitForLoadState('networkidle');
      // Hydration keeps the language the server chose from the request.
      assert((await page.getByRole('button', { name: 'Reject all' }).count()) === 1, 'the banner is not in English for an English browser');
      await page.getByRole('button', { name: 'Reject all' }).click();
      await page.getByRole('region', { name: 'Cookie consent' }).waitFor({ state: 'detached' });
      const cookies = await browser.context.cookies();
      const consent = cookies.find((cookie) => cookie.name === 'cookie_consent');
      assert(consent, 'no consent cookie after "Reject all"');
      // The record reaches the route handler and is kept (REC-3).
      await page.waitForFunction(() => localStorage.getItem('weroom-cookie-consent:outbox') === null, null, { timeout: 15_000 });
      const kept = await (await fetch(`${base}api/consent?consentId=${consent.value.split('.')[3]}`)).json();
      assert(kept.records?.length === 1 && kept.records[0].method === 'reject-all', `the route kept ${JSON.stringify(kept).slice(0, 200)}`);
      await page.reload();
      await page.waitForLoadState('networkidle');
      assert((await page.getByRole('region', { name: 'Cookie consent' }).count()) === 0, 'the banner came back after a reload');
      assert(errors.length === 0, `errors in the console: ${errors.join(' | ')}`);
    } finally {
      await browser.close();
    }
  });

  // What the example really sets and sends, against its own config (issue 22): the package's audit
  // in three passes, every other host answered by a stub.
  await check('the consent audit finds no leak and nothing undeclared, in three passes', async () => {
    const { auditSite } = await import(`${root}dist/audit/index.js`);
    const { consentConfig } = await import(`${app}/app/consent-config.js`);
    const started = Date.now();
    const report = await auditSite({ url: base, config: consentConfig, offline: true, browser: '/usr/bin/chromium' });
    console.log(`  audit: ${report.pages.length} page(s), ${report.passes.length} passes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert(report.passes.every((pass) => pass.choice.method === 'none' || pass.choice.method === 'banner'), 'a choice not made by the banner');
    const wrong = report.findings.filter((finding) => finding.kind !== 'never-seen');
    assert(wrong.length === 0, `findings: ${wrong.map((finding) => `${finding.kind} ${finding.pass} ${finding.cookie ?? finding.host ?? finding.storage?.key}`).join(', ')}`);
  });
} finally {
  process.kill(-server.pid, 'SIGTERM');
}

const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
