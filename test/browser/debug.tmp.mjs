import { launchFreshContext } from './chromium.mjs';
const b = await launchFreshContext({ viewport: { width: 1280, height: 800 } });
const page = b.context.pages()[0];
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 600)));
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 600)));
await page.goto('http://localhost:5190/');
await page.waitForTimeout(2500);
await page.screenshot({ path: '/tmp/debug.png' });
await b.close();
