// npm run bench: builds the benchmark pages, serves them on loopback and measures in Chromium
// (1) the time from navigation start to the banner being visible, with the library and for the
// same page without it, each the median of fresh-profile runs; (2) how many frames after the
// app's first content the banner comes, with createRoot and after hydrateRoot; (3) the time from
// a click on "Customize" to the dialog painted, cold and after a hover's prefetch; (4) with 1,000
// components calling useConsent, the time for React to commit a change of one category, and how
// many re-rendered.
import { launchFreshContext } from '../browser/chromium.mjs';
import { FRAME_PROBE, firstMountedFrame, timeDialogOpening } from './frames.mjs';
import { serveBenchPages } from './pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Milliseconds from navigation start until `selector` is on screen (painted), in a fresh profile. */
async function timeToVisible(url, selector) {
  const browser = await launchFreshContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.addInitScript((wanted) => {
      // Element Timing reports when the browser painted the banner's title: marked the moment it
      // is inserted, before any paint, for both pages alike.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__visibleAt = entry.renderTime || entry.loadTime;
      }).observe({ type: 'element', buffered: true });
      new MutationObserver((_, observer) => {
        const title = document.querySelector(`${wanted} h2`);
        if (title) {
          observer.disconnect();
          title.setAttribute('elementtiming', 'banner');
        }
      }).observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(url);
    await page.waitForFunction(() => window.__visibleAt !== undefined, undefined, { timeout: 15_000 });
    return await page.evaluate(() => window.__visibleAt);
  } finally {
    await browser.close();
  }
}

/** Frames between the app's first content and the banner (0: the same frame), in a fresh profile. */
async function bannerFrameLag(url) {
  const browser = await launchFreshContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.addInitScript(FRAME_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__frames.some((frame) => frame.banner));
    const frames = await page.evaluate(() => window.__frames);
    const first = firstMountedFrame(frames);
    return frames.findIndex((frame) => frame.banner) - first.index;
  } finally {
    await browser.close();
  }
}

/** Milliseconds from a click on "Customize" to the dialog painted, in a fresh profile. */
async function dialogOpening(url, prefetch) {
  const browser = await launchFreshContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(url);
    return await timeDialogOpening(page, { prefetch });
  } finally {
    await browser.close();
  }
}

const pages = await serveBenchPages();
const base = pages.base;
try {
  const withLibrary = [];
  const withoutLibrary = [];
  for (let run = 0; run < RUNS; run++) {
    withLibrary.push(await timeToVisible(`${base}with-library.html`, '[data-consent-banner]'));
    withoutLibrary.push(await timeToVisible(`${base}without-library.html`, '[data-bench-banner]'));
  }

  const lagCreate = [];
  const lagHydrate = [];
  const cold = [];
  const warm = [];
  for (let run = 0; run < RUNS; run++) {
    lagCreate.push(await bannerFrameLag(`${base}first-paint.html`));
    lagHydrate.push(await bannerFrameLag(`${base}hydrate.html`));
    cold.push(await dialogOpening(`${base}with-library.html`, false));
    warm.push(await dialogOpening(`${base}with-library.html`, true));
  }

  const browser = await launchFreshContext();
  let commits;
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${base}many-hooks.html`);
    await page.waitForFunction(() => typeof window.changePerformance === 'function');
    commits = [];
    for (let run = 0; run < RUNS; run++) commits.push(await page.evaluate((granted) => window.changePerformance(granted), run % 2 === 0));
  } finally {
    await browser.close();
  }

  const spread = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  const rows = [
    ['Banner visible after navigation start (ms, median)', median(withLibrary).toFixed(1), median(withoutLibrary).toFixed(1), `${(median(withLibrary) - median(withoutLibrary)).toFixed(1)} ms`],
    ['… fastest–slowest run (ms)', spread(withLibrary), spread(withoutLibrary), ''],
    ['Frames from the app’s first content to the banner, createRoot (median; 0 = same frame)', String(median(lagCreate)), '', `max ${Math.max(...lagCreate)}`],
    ['Frames from hydration to the banner, hydrateRoot (median; 0 = same frame)', String(median(lagHydrate)), '', `max ${Math.max(...lagHydrate)}`],
    ['Click on "Customize" to the dialog painted, after a hover’s prefetch (ms, median; goal 100)', median(warm).toFixed(1), '', spread(warm)],
    ['Click on "Customize" to the dialog painted, cold (ms, median; goal 200)', median(cold).toFixed(1), '', spread(cold)],
    ['1,000 useConsent: commit of one category change (ms, median)', median(commits.map((commit) => commit.ms)).toFixed(2), '', ''],
    ['1,000 useConsent: components re-rendered by that change', `${median(commits.map((commit) => commit.rerendered))} of 1000`, '', ''],
  ];
  console.log(`\nChromium ${browser.context.browser()?.version() ?? ''}, ${RUNS} fresh-profile runs each\n`);
  console.log('| measure | with @weroom/cookie-consent | same page without it | difference |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  await pages.close();
}
