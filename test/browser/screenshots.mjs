// Builds the demo, serves it on loopback and writes screenshots of what a visitor sees to
// screenshots/ (ignored by git): 1280 and 320 px wide, light and dark. Run: npm run screenshots
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
try {
  for (const width of [1280, 320]) {
    for (const colorScheme of ['light', 'dark']) {
      const browser = await launchFreshContext({ viewport: { width, height: width > 600 ? 800 : 640 }, colorScheme });
      try {
        const page = browser.context.pages()[0] ?? (await browser.context.newPage());
        await page.goto(url);
        await page.getByRole('region', { name: 'Cookie consent' }).waitFor();
        const file = `${outDir}/banner-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        shots.push(file);
        await page.getByRole('button', { name: 'Accept all' }).click();
        const decided = `${outDir}/decided-${width}-${colorScheme}.png`;
        await page.screenshot({ path: decided, fullPage: true });
        shots.push(decided);
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await server.close();
}
console.log(shots.join('\n'));
