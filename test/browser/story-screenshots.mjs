// Serves the built Storybook (npm run build-storybook) and writes a screenshot of each story
// whose look matters to screenshots/stories/. Run: npm run screenshots:stories
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { launchFreshContext } from './chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}screenshots/stories`;
mkdirSync(outDir, { recursive: true });

const stories = [
  ['components-cookiebanner--bar', 1024],
  ['components-cookiebanner--box', 1024],
  ['components-cookiebanner--blocking-modal', 1024],
  ['components-cookiebanner--dark-theme', 1024],
  ['components-cookiebanner--custom-theme', 1024],
  ['components-cookiebanner--right-to-left', 1024],
  ['components-cookiebanner--narrow-320', 320],
  ['components-cookiebanner--headless-custom-banner', 1024],
  ['components-preferencesdialog--global-privacy-control', 1024],
  ['components-preferencesdialog--dark-theme', 1024],
  ['components-cookiebanner--follow-the-system', 1024],
  ['components-consentgate--placeholder', 1024],
  ['components-cookiepolicy--after-a-choice', 1024],
  ['components-preferencesdialog--unstyled', 1024],
  ['styling-classnames--utility-classes', 1024],
  ['languages-cookiebanner--greek', 320],
  ['languages-cookiebanner--arabic', 1024],
  ['languages-cookiebanner--german', 1024],
  ['components-cookiebanner--opt-out-notice-with-gpc', 1024],
  ['components-cookiebanner--opt-out-notice-narrow', 320],
  ['components-preferencesdialog--opt-out', 1024],
  ['components-cookiebanner--signed-in-across-devices', 1024],
  // Its notice loads its code and texts when shown: wait for it.
  ['components-cookiebanner--choice-from-account', 320, '[data-consent-account-notice]'],
];

const server = await preview({ configFile: false, root, build: { outDir: 'storybook-static' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0];
const browser = await launchFreshContext();
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  for (const [id, width, waitFor] of stories) {
    await page.setViewportSize({ width, height: width > 600 ? 720 : 640 });
    await page.goto(`${url}iframe.html?id=${id}&viewMode=story`);
    await page.waitForSelector(waitFor ?? '#storybook-root *, [data-consent-dialog]');
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    await page.screenshot({ path: `${outDir}/${id}.png` });
    console.log(`${outDir}/${id}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
