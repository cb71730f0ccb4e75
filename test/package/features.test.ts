// @vitest-environment node
// Each feature costs a site that does not use it nothing: the bundler's own list of the modules in
// the minimal app's build (first visit and lazy chunks alike) holds none of a feature's modules,
// while the same app with the feature holds every one of them, so the list is right and the check
// can fail. Searching minified text could not tell; the module list can.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageAliases } from '../../vite.aliases.ts';
import { FEATURES, writeFeatureFixture } from './feature-fixtures.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The source modules in every chunk of an app's production build, relative to the root. */
async function modulesOf(input: string): Promise<string[]> {
  const output = (await build({
    root,
    configFile: false,
    mode: 'production',
    logLevel: 'silent',
    plugins: [react()],
    resolve: { alias: packageAliases },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { write: false, rolldownOptions: { input, external: [/^react/, /^scheduler/] } },
  })) as Rolldown.RolldownOutput;
  return output.output
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk')
    .flatMap((chunk) => Object.keys(chunk.modules))
    .map((id) => id.replace(root, ''));
}

let minimal: string[];
beforeAll(async () => {
  minimal = await modulesOf(fileURLToPath(new URL('./fixtures/minimal.tsx', import.meta.url)));
}, 60_000);

describe('a site that does not use a feature', () => {
  it('builds the kernel, so that the absences below are of something that could be there', () => {
    expect(minimal).toContain('src/core/consent-store.ts');
    expect(minimal).toContain('src/react/cookie-banner.tsx');
  });

  it.each(Object.entries(FEATURES))('ships none of the modules of %s', (_, { modules }) => {
    expect(minimal.filter((id) => modules.includes(id))).toEqual([]);
  });
});

describe('a site that uses a feature', () => {
  it.each(Object.entries(FEATURES))('ships every module of %s', async (feature, { modules }) => {
    const used = await modulesOf(writeFeatureFixture(join(root, 'build/test-fixtures'), feature));
    expect(modules.filter((id) => !used.includes(id))).toEqual([]);
  }, 60_000);
});
