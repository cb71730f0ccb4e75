// npm run test:react-router: the React Router 7 framework-mode example as a user runs it. Packs the
// library, installs it into examples/react-router, builds, serves it with react-router-serve on
// loopback, and asks as visitors from France, California (with and without Sec-GPC), Japan and
// nowhere: the first layer and the head script in the server HTML, hydration silent in Chromium,
// and a choice's record kept by the resource route.
import { launchFreshContext } from '../browser/chromium.mjs';
import { checkFirstLayersInChromium, checkRecordKeptInChromium, checkServerHtml, finish, freePort, installExample, packLibrary, root, run, startServer } from './support.mjs';

const startedAt = Date.now();
const app = `${root}examples/react-router`;
installExample(app, packLibrary());
run('npx', ['react-router', 'build'], app);

const port = await freePort();
const base = `http://127.0.0.1:${port}/`;
// react-router-serve reads PORT and HOST.
const server = await startServer('npx', ['react-router-serve', './build/server/index.js'], { cwd: app, url: base, env: { PORT: String(port), HOST: '127.0.0.1' } });
try {
  await checkServerHtml(base);
  await checkFirstLayersInChromium(launchFreshContext, base);
  await checkRecordKeptInChromium(launchFreshContext, base, `${base}api/consent`);
} finally {
  await server.stop();
}
finish(startedAt);
