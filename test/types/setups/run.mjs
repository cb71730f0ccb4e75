// npm run test:types-setups: each tiny program of this folder compiled against the packed package
// with skipLibCheck: false, as a site compiles it: server code without the DOM library, browser
// code without Node's types, and a Vite config under module nodenext.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { installExample, packLibrary } from '../../frameworks/support.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
installExample(here, packLibrary());

let failed = 0;
for (const program of ['server-only', 'browser-only', 'vite-config']) {
  try {
    execFileSync('npx', ['tsc', '-p', `${program}/tsconfig.json`], { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
    console.log(`✓ ${program} compiles`);
  } catch (error) {
    failed++;
    console.log(`✗ ${program}\n${String(error.stdout).replace(/^/gm, '  ')}`);
  }
}
process.exit(failed ? 1 : 0);
