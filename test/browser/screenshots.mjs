// Builds the demo, serves it on loopback and writes screenshots of what a visitor sees to
// screenshots/ (ignored by git): the banner, the preferences dialog and the policy page, 1280 and
// 320 px wide, light and dark, the banner in French, and the opt-out notice and dialog in Polish
// and German at 320 px. Run: npm run screenshots
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { launchFreshContext } from './chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const configFile = `${root}demo/vite.config.ts`;
const outDir = `${root}screenshots`;
mkdirSync(outDir, { recursive: true });

await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0];

const shots = [];
const pageErrors = [];
async function shoot(page, name, options = {}) {
  // Wait out the dialog's opening animation: a half-faded dialog is not what people look at.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const file = `${outDir}/${name}.png`;
  await page.screenshot({ path: file, ...options });
  shots.push(file);
}

try {
  for (const width of [1280, 320]) {
    for (const colorScheme of ['light', 'dark']) {
      const browser = await launchFreshContext({ viewport: { width, height: width > 600 ? 800 : 640 }, colorScheme });
      try {
        const page = browser.context.pages()[0] ?? (await browser.context.newPage());
        page.on('pageerror', (error) => pageErrors.push(`${width}-${colorScheme}: ${error.message}`));
        const suffix = `${width}-${colorScheme}`;
        await page.goto(url);
        await page.getByRole('region', { name: 'Cookie consent' }).waitFor();
        await shoot(page, `banner-${suffix}`);
        // Requests to Google are answered by nothing here: the page must not care.
        await page.route(/google(tagmanager)?\.com/, (route) => route.abort());
        await page.getByRole('button', { name: 'Customize' }).click();
        await page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
        await shoot(page, `dialog-${suffix}`);
        await page.keyboard.press('Escape');
        await page.goto(`${url}#/cookies`);
        await page.getByRole('heading', { name: 'The use of cookies' }).waitFor();
        await shoot(page, `policy-${suffix}`, { fullPage: true });
        if (width === 1280) {
          await page.goto(`${url}#/`);
          await page.getByRole('button', { name: 'Consent inspector' }).click();
          await page.getByRole('button', { name: 'Accept all' }).click();
          await page.getByRole('region', { name: 'Consent inspector' }).getByText('accept-all').first().waitFor();
          await shoot(page, `inspector-${suffix}`, { fullPage: true });
          await page.goto(`${url}#/sign-in`);
          await page.getByLabel('Email').fill('ada@example.com');
          await page.getByLabel('Password').fill('correct horse');
          await page.getByRole('checkbox', { name: 'Remember me' }).check();
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.getByText('Signed in as ada@example.com.').waitFor();
          await shoot(page, `sign-in-${suffix}`);
          await page.context().clearCookies();
        }
        if (width === 1280 && colorScheme === 'light') {
          await page.goto(`${url}#/fr/`);
          await page.reload();
          await page.getByRole('region', { name: 'Consentement aux cookies' }).waitFor();
          await shoot(page, 'banner-fr-1280-light');
          await page.getByRole('button', { name: 'Tout refuser' }).click();
          await shoot(page, 'gate-fr-1280-light', { fullPage: true });
        }
      } finally {
        await browser.close();
      }
    }
  }
  // The other regimes, previewed as the demo's switch does: a visitor from California whose
  // browser sends Global Privacy Control (opt-out), and one from Japan (none).
  for (const [width, colorScheme] of [[1280, 'light'], [320, 'light'], [1280, 'dark']]) {
    const browser = await launchFreshContext({ viewport: { width, height: width > 600 ? 800 : 640 }, colorScheme });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      page.on('pageerror', (error) => pageErrors.push(`opt-out ${width}: ${error.message}`));
      await page.route(/google(tagmanager)?\.com|hotjar\.com/, (route) => route.abort());
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
      const suffix = `${width}-${colorScheme}`;
      await page.goto(`${url}?visitor=US-CA#/`);
      const notice = page.getByRole('region', { name: 'Your privacy choices' });
      await notice.waitFor();
      await shoot(page, `opt-out-notice-${suffix}`);
      await notice.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click();
      await page.getByRole('dialog', { name: 'Your privacy choices' }).waitFor();
      await shoot(page, `opt-out-dialog-${suffix}`);
      if (colorScheme === 'light' && width === 1280) {
        await page.goto(`${url}?visitor=JP#/`);
        await page.getByRole('heading', { name: 'Find your flatmates' }).waitFor();
        await shoot(page, `none-${suffix}`, { fullPage: true });
      }
    } finally {
      await browser.close();
    }
  }
  // The longest languages at 320 px, where the opt-out notice and dialog must stack their choices.
  for (const language of ['pl', 'de']) {
    const browser = await launchFreshContext({ viewport: { width: 320, height: 640 }, colorScheme: 'light' });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      page.on('pageerror', (error) => pageErrors.push(`opt-out ${language}: ${error.message}`));
      await page.route(/google(tagmanager)?\.com|hotjar\.com/, (route) => route.abort());
      await page.goto(`${url}?visitor=US-CA#/${language}/`);
      const notice = page.locator('[data-consent-banner][data-consent-notice]');
      await notice.waitFor();
      await shoot(page, `opt-out-notice-${language}-320-light`);
      await notice.locator('[data-consent-button="opt-out"]').click();
      await page.getByRole('dialog').waitFor();
      await shoot(page, `opt-out-dialog-${language}-320-light`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
console.log(shots.join('\n'));
if (pageErrors.length > 0) {
  console.error(`The demo threw in Chromium:\n${pageErrors.join('\n')}`);
  process.exit(1);
}
