// @vitest-environment node
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { packageAliases } from '../../vite.aliases.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DEV_ONLY_WARNING = 'which no category of the consent config declares';

/** Bundles the fixture app as its own bundler would, in `mode`, and returns the JavaScript. */
async function bundle(mode: 'production' | 'development'): Promise<string> {
  const output = (await build({
    root,
    configFile: false,
    mode,
    logLevel: 'silent',
    plugins: [react()],
    resolve: { alias: packageAliases },
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    build: {
      write: false,
      minify: mode === 'production',
      rolldownOptions: { input: fileURLToPath(new URL('./fixtures/full-app.tsx', import.meta.url)) },
    },
  })) as Rolldown.RolldownOutput;
  return output.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

describe('an app built with the library', () => {
  it('carries the undeclared-cookie warning in development builds', async () => {
    expect(await bundle('development')).toContain(DEV_ONLY_WARNING);
  }, 60_000);

  it('ships none of it in production builds', async () => {
    const code = await bundle('production');
    expect(code).toContain('cookie_consent');
    expect(code).not.toContain(DEV_ONLY_WARNING);
  }, 60_000);
});
