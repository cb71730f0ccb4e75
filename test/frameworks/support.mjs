// What the framework checks share (react-router.mjs, vite-server.mjs, islands.mjs): the packed
// package installed into an example as from the registry, a server on loopback, the visitors by
// place, and a reading of the Consent Mode head script. Modelled on test/nextjs/check.mjs.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ASTRO_TELEMETRY_DISABLED: '1' };

export function run(command, args, cwd, extraEnv = {}) {
  execFileSync(command, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * The library as npm would install it: `npm run build` and `npm pack` into build/, unless
 * CONSENT_TARBALL names a tarball already packed (to run several checks on one build).
 */
export function packLibrary() {
  if (process.env.CONSENT_TARBALL) return process.env.CONSENT_TARBALL;
  run('npm', ['run', 'build'], root);
  // A fresh clone has no build/ folder: npm pack does not make its destination.
  mkdirSync(`${root}build`, { recursive: true });
  run('npm', ['pack', '--pack-destination', 'build', '--silent'], root);
  const tarball = readdirSync(`${root}build`).find((file) => /^weroom-cookie-consent-.*\.tgz$/.test(file));
  if (!tarball) throw new Error('npm pack left no tarball in build/');
  return `${root}build/${tarball}`;
}

/** The example's own lockfile, then the packed package over it; --no-save keeps the lockfile as committed. */
export function installExample(app, tarball) {
  run('npm', ['ci', '--no-audit', '--no-fund'], app);
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], app);
}

export async function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `command` in its own process group with the records kept in a new temporary folder,
 * and waits until `url` answers. `stop()` ends the group and removes the folder.
 */
export async function startServer(command, args, { cwd, url, env: extraEnv = {} }) {
  const records = mkdtempSync(join(tmpdir(), 'consent-records-'));
  const server = spawn(command, args, {
    cwd,
    env: { ...env, CONSENT_RECORDS_DIR: join(records, 'store'), ...extraEnv },
    stdio: 'inherit',
    detached: true,
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  /** SIGTERM, then SIGKILL: a server holding an open record store may not exit on SIGTERM alone. */
  const stop = async () => {
    const signal = (name) => {
      try {
        process.kill(-server.pid, name);
      } catch {
        // Already gone.
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    // The group's other processes (the server under npx) may outlive its leader.
    signal('SIGKILL');
    rmSync(records, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (server.exitCode !== null || attempt > 120) {
      await stop();
      throw new Error(`${command} ${args.join(' ')} did not answer within a minute`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { stop };
}

const results = [];
export async function check(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`✗ ${name}\n  ${error.message}`);
  }
}
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
/** Prints the tally and exits 1 if any check failed. */
export function finish(startedAt) {
  const passed = results.filter(Boolean).length;
  console.log(`${passed} passed, ${results.length - passed} failed (${Math.round((Date.now() - startedAt) / 1000)} s)`);
  process.exit(passed === results.length ? 0 : 1);
}

/** The Consent Mode head script's text, found by its opening. */
export function headScriptOf(html) {
  return /<script[^>]*>(\(function\(w,d,o\)\{[\s\S]*?)<\/script>/.exec(html)?.[1];
}

/** What the page's head script pushes to the dataLayer, run as a browser with or without GPC, with `cookie`, would. */
export function consentCommandsOf(html, { gpc = false, cookie = '' } = {}) {
  const script = headScriptOf(html);
  assert(script, 'no Consent Mode head script');
  const sandbox = { document: { cookie }, navigator: gpc ? { globalPrivacyControl: true } : {} };
  sandbox.window = sandbox;
  runInNewContext(script, sandbox);
  return sandbox.dataLayer.map((entry) => (typeof entry === 'object' && 'length' in entry ? Array.from(entry) : entry));
}

/** The Consent Mode default the page's head script sets, run as a browser with or without GPC would. */
export function consentDefaultOf(html, gpc) {
  return consentCommandsOf(html, { gpc })[0][2];
}

/**
 * `<meta charset>` within the first 1024 bytes, and the Consent Mode script before every other
 * script element (a `modulepreload` link only fetches: it runs nothing). With `deferredModulesFirst`
 * (Vite's dev server, which puts its client and React Refresh's preamble at the top of <head>),
 * module scripts without `async` may come first: they run only once the page is parsed.
 */
export function assertHeadOrder(html, { deferredModulesFirst = false } = {}) {
  const charsetAt = html.search(/<meta charset/i);
  assert(charsetAt > -1 && new TextEncoder().encode(html.slice(0, charsetAt)).length < 1024, `<meta charset> is not within the first 1024 bytes (at ${charsetAt})`);
  const scripts = [...html.matchAll(/<script([^>]*)>/g)];
  const first = deferredModulesFirst ? scripts.find((match) => !/type="module"/.test(match[1]) || /\basync\b/.test(match[1])) : scripts[0];
  assert(first && html.slice(first.index, first.index + 200).includes('(function(w,d,o){'), `the first script is not the Consent Mode one: ${first && html.slice(first.index, first.index + 80)}`);
}

/** Visitors by place, as three CDNs tell the server (docs/jurisdictions.md). */
export const visitors = {
  France: { 'cf-ipcountry': 'FR' },
  California: { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' },
  'California with GPC': { 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': 'CA', 'sec-gpc': '1' },
  Japan: { 'cf-ipcountry': 'JP' },
  nowhere: {},
};

/** A "reject all" consent cookie as the library writes it, from today. */
export const rejectedCookie = `cookie_consent=1.1.${Math.floor(Date.now() / 1000).toString(36)}.frameworkVisitor01.r.features.performance~advertising`;

/**
 * The first-layer and head-script checks every server-rendered example passes, for the page at
 * `url` (the example's config: en, fr, de; REGIME_PRESETS; `none` elsewhere).
 */
export async function checkServerHtml(url) {
  const page = async (headers) => (await fetch(url, { headers })).text();

  await check('an undecided visitor gets the banner in the server HTML, and the head script first', async () => {
    const html = await page({});
    assert(html.includes('data-consent-banner') && html.includes('aria-label="Cookie consent"'), 'no named banner in the server HTML');
    assertHeadOrder(html);
  });

  await check('a request that prefers German gets the German banner, marked with its language', async () => {
    const html = await page({ 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' });
    assert(html.includes('<html lang="de-AT"'), 'the page is not marked de-AT');
    assert(html.includes('Alle akzeptieren') && !html.includes('Accept all'), 'not the German banner');
  });

  await check('a request with a "reject all" cookie gets no banner, and the head script re-applies it', async () => {
    const html = await page({ cookie: rejectedCookie });
    assert(!html.includes('data-consent-banner'), 'a banner in the server HTML of a decided visitor');
    assert(html.includes('Find your flatmates'), 'the page itself is missing');
    const update = consentCommandsOf(html, { cookie: rejectedCookie }).find((command) => command[1] === 'update');
    assert(update?.[2].analytics_storage === 'denied' && update[2].functionality_storage === 'granted', `the stored choice is not re-applied: ${JSON.stringify(update)}`);
  });

  await check('a visitor from France gets the opt-in banner in French, with everything denied by default', async () => {
    const html = await page({ ...visitors.France, 'accept-language': 'fr-FR,fr;q=0.9' });
    assert(html.includes('data-consent-banner') && html.includes('Tout refuser'), 'no French opt-in banner');
    assert(!html.includes('data-consent-notice'), 'an opt-out notice in France');
    const defaults = consentDefaultOf(html, false);
    assert(defaults.analytics_storage === 'denied' && defaults.ad_storage === 'denied', `defaults: ${JSON.stringify(defaults)}`);
  });

  await check('a visitor from California gets the opt-out notice and link, with everything granted by default', async () => {
    const html = await page(visitors.California);
    assert(html.includes('data-consent-notice') && html.includes('aria-label="Your privacy choices"'), 'no opt-out notice');
    assert((html.match(/Do Not Sell or Share My Personal Information/g) ?? []).length === 2, 'the opt-out control is not in both the notice and the footer');
    assert(!html.includes('Reject all') && !html.includes('Opt-out request honored'), 'the opt-in banner, or the GPC message without GPC');
    const defaults = consentDefaultOf(html, false);
    assert(defaults.analytics_storage === 'granted' && defaults.ad_storage === 'granted', `defaults: ${JSON.stringify(defaults)}`);
  });

  await check('a visitor from California with Sec-GPC: 1 is told the opt-out is honored, and advertising is denied', async () => {
    const html = await page(visitors['California with GPC']);
    assert(html.includes('data-consent-notice') && html.includes('Opt-out request honored'), 'no "honored" notice');
    const defaults = consentDefaultOf(html, true);
    assert(
      defaults.ad_storage === 'denied' && defaults.ad_user_data === 'denied' && defaults.ad_personalization === 'denied' && defaults.analytics_storage === 'granted',
      `defaults under GPC: ${JSON.stringify(defaults)}`,
    );
  });

  await check('a visitor from Japan gets no banner, the settings in the footer, analytics on', async () => {
    const html = await page(visitors.Japan);
    assert(!html.includes('data-consent-banner') && !html.includes('data-consent-notice'), 'a first layer under the none regime');
    assert(html.includes('Cookie settings') && !html.includes('Do Not Sell'), 'not the settings button alone');
    const defaults = consentDefaultOf(html, false);
    assert(defaults.analytics_storage === 'granted' && defaults.ad_storage === 'denied', `defaults: ${JSON.stringify(defaults)}`);
  });

  await check('a visitor from nowhere gets the opt-in banner: unknown means strictest', async () => {
    const html = await page(visitors.nowhere);
    assert(html.includes('aria-label="Cookie consent"') && !html.includes('data-consent-notice'), 'not the opt-in banner');
    assert(consentDefaultOf(html, false).ad_storage === 'denied', 'advertising granted by default');
  });
}

/** Collects a tab's console errors and uncaught exceptions. */
export function watchErrors(tab) {
  const errors = [];
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** In Chromium: each visitor's page renders (or hydrates) the first layer its place calls for, with nothing in the console. */
export async function checkFirstLayersInChromium(launchFreshContext, url, { hydrates = true } = {}) {
  await check(`${hydrates ? 'hydration' : 'the first render'} logs no error for a visitor from each place, and shows the first layer of its regime`, async () => {
    const browser = await launchFreshContext();
    try {
      for (const [place, headers] of Object.entries(visitors)) {
        const tab = await browser.context.newPage();
        const errors = watchErrors(tab);
        await tab.setExtraHTTPHeaders(headers);
        await tab.goto(url);
        await tab.waitForLoadState('networkidle');
        const notices = await tab.getByRole('region', { name: 'Your privacy choices' }).count();
        const banners = await tab.getByRole('region', { name: 'Cookie consent' }).count();
        const expected = place.startsWith('California') ? [1, 0] : place === 'Japan' ? [0, 0] : [0, 1];
        assert(notices === expected[0] && banners === expected[1], `${place}: ${notices} notices and ${banners} banners`);
        if (place === 'California with GPC') assert(await tab.getByText('Opt-out request honored').first().isVisible(), `${place}: not told the opt-out is honored`);
        assert(errors.length === 0, `${place}: errors in the console: ${errors.join(' | ')}`);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  });
}

/** In Chromium: "Reject all" writes the cookie, the record reaches `recordsUrl` and is kept, and a reload shows no banner. */
export async function checkRecordKeptInChromium(launchFreshContext, url, recordsUrl, where = '') {
  await check(`"Reject all" in Chromium${where} writes the cookie, its record is kept, and a reload shows no banner`, async () => {
    const browser = await launchFreshContext();
    try {
      const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
      const errors = watchErrors(tab);
      await tab.goto(url);
      await tab.waitForLoadState('networkidle');
      await tab.getByRole('button', { name: 'Reject all' }).click();
      await tab.getByRole('region', { name: 'Cookie consent' }).waitFor({ state: 'detached' });
      const consent = (await browser.context.cookies()).find((cookie) => cookie.name === 'cookie_consent');
      assert(consent, 'no consent cookie after "Reject all"');
      await tab.waitForFunction(() => localStorage.getItem('weroom-cookie-consent:outbox') === null, null, { timeout: 15_000 });
      const kept = await (await fetch(`${recordsUrl}?consentId=${consent.value.split('.')[3]}`)).json();
      assert(kept.records?.length === 1 && kept.records[0].method === 'reject-all', `the endpoint kept ${JSON.stringify(kept).slice(0, 200)}`);
      await tab.reload();
      await tab.waitForLoadState('networkidle');
      assert((await tab.getByRole('region', { name: 'Cookie consent' }).count()) === 0, 'the banner came back after a reload');
      assert(errors.length === 0, `errors in the console: ${errors.join(' | ')}`);
    } finally {
      await browser.close();
    }
  });
}
