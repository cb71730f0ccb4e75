// npm run test:islands: the Astro 5 site of React islands (examples/astro) as a user runs it. Packs
// the library, installs it, builds, starts Astro's Node server on loopback, then: the banner in the
// server HTML only for an undecided visitor, in their language and regime, with the head script;
// hydration silent in Chromium; a choice made in one island reaching the others at once; nothing
// from YouTube before consent; a choice's record kept by the endpoint.
import { launchFreshContext } from '../browser/chromium.mjs';
import {
  assert,
  check,
  checkFirstLayersInChromium,
  checkRecordKeptInChromium,
  checkServerHtml,
  finish,
  freePort,
  installExample,
  packLibrary,
  root,
  run,
  startServer,
  visitors,
  watchErrors,
} from './support.mjs';

const startedAt = Date.now();
const app = `${root}examples/astro`;
installExample(app, packLibrary());
run('npx', ['astro', 'build'], app);

const port = await freePort();
const base = `http://127.0.0.1:${port}/`;
// The standalone server of @astrojs/node reads HOST and PORT.
const server = await startServer('node', ['./dist/server/entry.mjs'], { cwd: app, url: base, env: { HOST: '127.0.0.1', PORT: String(port) } });

/** A fresh browser whose requests to YouTube are answered by a stub and noted. */
async function withYouTubeWatched(body) {
  const browser = await launchFreshContext();
  const youtube = [];
  try {
    await browser.context.route(/youtube(-nocookie)?\.com|ytimg\.com|googlevideo\.com/, (route) => {
      youtube.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>video</title>' });
    });
    const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
    const errors = watchErrors(tab);
    await tab.setExtraHTTPHeaders(visitors.France);
    await tab.goto(base);
    await tab.waitForLoadState('networkidle');
    await body(tab, youtube);
    assert(errors.length === 0, `errors in the console: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
  }
}

const video = (tab) => tab.locator('article iframe[title="How a flat share starts"]');
const banner = (tab) => tab.getByRole('region', { name: 'Cookie consent' });

try {
  await checkServerHtml(base);

  await check('the server HTML has no video frame for an undecided visitor, only its placeholder', async () => {
    const html = await (await fetch(base, { headers: visitors.France })).text();
    assert(!/<iframe/.test(html) && !/youtube-nocookie/.test(html), 'a YouTube frame in the server HTML before consent');
    assert(html.includes('data-consent-gate'), 'no placeholder for the video');
  });

  await checkFirstLayersInChromium(launchFreshContext, base);

  await check('"Accept all" in the banner island plays the video island at once; nothing from YouTube before', async () => {
    await withYouTubeWatched(async (tab, youtube) => {
      assert(youtube.length === 0, `requests to YouTube before consent: ${youtube.join(', ')}`);
      assert((await video(tab).count()) === 0, 'a video frame before consent');
      await banner(tab).getByRole('button', { name: 'Accept all' }).click();
      await video(tab).waitFor({ timeout: 2_000 });
      assert(/^https:\/\/www\.youtube-nocookie\.com\/embed\//.test((await video(tab).getAttribute('src')) ?? ''), 'the frame is not the privacy-enhanced player');
    });
  });

  await check('the footer island opens its settings on the choice made in the banner island, and a withdrawal there removes the video at once', async () => {
    await withYouTubeWatched(async (tab) => {
      await banner(tab).getByRole('button', { name: 'Accept all' }).click();
      await video(tab).waitFor({ timeout: 2_000 });
      await tab.locator('footer').getByRole('button', { name: 'Cookie settings' }).click();
      const advertising = tab.getByRole('dialog').getByRole('switch', { name: 'Advertising' });
      await advertising.waitFor();
      assert(await advertising.isChecked(), 'the footer dialog does not show advertising granted');
      await advertising.uncheck();
      await tab.getByRole('dialog').getByRole('button', { name: 'Save preferences' }).click();
      await video(tab).waitFor({ state: 'detached', timeout: 2_000 });
    });
  });

  await check('"Allow" in the video island closes the banner island at once, and grants advertising alone', async () => {
    await withYouTubeWatched(async (tab) => {
      await tab.locator('article').getByRole('button', { name: 'Allow “Advertising”' }).click();
      await video(tab).waitFor({ timeout: 2_000 });
      await banner(tab).waitFor({ state: 'detached', timeout: 2_000 });
      const consent = (await tab.context().cookies()).find((cookie) => cookie.name === 'cookie_consent');
      assert(consent && consent.value.split('.')[5] === 'features~advertising', `the cookie: ${consent?.value}`);
    });
  });

  await checkRecordKeptInChromium(launchFreshContext, base, `${base}api/consent`);
} finally {
  await server.stop();
}
finish(startedAt);
