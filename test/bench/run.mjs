// npm run bench: builds the benchmark pages, serves them on loopback and measures in Chromium
// (1) the time from navigation start to the banner being visible, with the library and for the
// same page without it, each the median of fresh-profile runs; (2) with 1,000 components calling
// useConsent, the time for React to commit a change of one category, and how many re-rendered.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { launchFreshContext } from '../browser/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const root = fileURLToPath(new URL('./pages/', import.meta.url));
const outDir = fileURLToPath(new URL('../../build/bench/', import.meta.url));
const fromRoot = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
// As in vite.aliases.ts, which Node cannot import: the package's names pointed at its sources.
const packageAliases = [
  { find: /^@weroom\/cookie-consent$/, replacement: fromRoot('src/index.ts') },
  { find: /^@weroom\/cookie-consent\/styles\.css$/, replacement: fromRoot('src/styles.css') },
];
const config = {
  root,
  configFile: false,
  logLevel: 'warn',
  base: './',
  plugins: [react()],
  resolve: { alias: packageAliases },
  build: { outDir, emptyOutDir: true, rolldownOptions: { input: ['with-library', 'without-library', 'many-hooks'].map((name) => `${root}${name}.html`) } },
  preview: { port: 0, host: '127.0.0.1' },
};

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

await build(config);
const server = await preview({ ...config, build: { outDir } });
const base = server.resolvedUrls.local[0];
try {
  const withLibrary = [];
  const withoutLibrary = [];
  for (let run = 0; run < RUNS; run++) {
    withLibrary.push(await timeToVisible(`${base}with-library.html`, '[data-consent-banner]'));
    withoutLibrary.push(await timeToVisible(`${base}without-library.html`, '[data-bench-banner]'));
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
    ['1,000 useConsent: commit of one category change (ms, median)', median(commits.map((commit) => commit.ms)).toFixed(2), '', ''],
    ['1,000 useConsent: components re-rendered by that change', `${median(commits.map((commit) => commit.rerendered))} of 1000`, '', ''],
  ];
  console.log(`\nChromium ${browser.context.browser()?.version() ?? ''}, ${RUNS} fresh-profile runs each\n`);
  console.log('| measure | with @weroom/cookie-consent | same page without it | difference |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  await server.close();
}
