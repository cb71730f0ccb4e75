// @vitest-environment node
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { packageAliases } from '../../vite.aliases.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Words that only development builds carry: the undeclared-cookie warning, config explanations,
 * the unknown-category error, the Google tag warning and the props that became features.
 */
const DEV_ONLY_WORDS = [
  'which no category of the consent config declares',
  'must be a whole number',
  'the consent config has no category',
  'this Google tag sets',
  'this prop became a feature',
];

/** Bundles a fixture app as its own bundler would, in `mode`, and returns its JavaScript files. */
async function bundleFiles(mode: 'production' | 'development', fixture = 'full-app'): Promise<Rolldown.OutputChunk[]> {
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
      rolldownOptions: { input: fileURLToPath(new URL(`./fixtures/${fixture}.tsx`, import.meta.url)) },
    },
  })) as Rolldown.RolldownOutput;
  return output.output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
}

async function bundle(mode: 'production' | 'development'): Promise<string> {
  return (await bundleFiles(mode)).map((chunk) => chunk.code).join('\n');
}

describe('an app built with the library', () => {
  it('carries the development-only warnings and explanations in development builds', async () => {
    const code = await bundle('development');
    for (const words of DEV_ONLY_WORDS) expect(code).toContain(words);
  }, 60_000);

  it('ships none of it in production builds', async () => {
    const code = await bundle('production');
    expect(code).toContain('cookie_consent');
    // The config's errors name the field in every build; the explanations stay in development.
    expect(code).toContain('a development build says why');
    for (const words of DEV_ONLY_WORDS) expect(code).not.toContain(words);
  }, 60_000);
});

describe('an app with an interface of its own', () => {
  it('gets neither the banner, nor the dialog, nor Radix, when it uses only useConsent and ConsentScript', async () => {
    const files = await bundleFiles('production', 'hooks-only');
    // The app itself and nothing else: the records sender comes only with the recordConsent feature.
    expect(files).toHaveLength(1);
    const app = files.find((file) => file.isEntry);
    expect(Object.keys(app!.modules).filter((id) => /records-(outbox|queue)|features\/records/.test(id))).toEqual([]);
    expect(Object.keys(app!.modules).filter((id) => /radix|cookie-banner|preferences-dialog|cookie-policy|texts-p/.test(id))).toEqual([]);
    expect(app!.code).not.toContain('data-consent-banner');
    // Nor the built-in texts: the store knows none, the components that show them bring them.
    expect(app!.code).not.toContain('We use cookies');
    expect(app!.code).not.toContain('Nous utilisons des cookies');
    expect(app!.dynamicImports).toEqual([]);
  }, 60_000);

  it('gets the dialog and Radix in a chunk of their own when it does use them', async () => {
    const files = await bundleFiles('production', 'full');
    const entry = files.find((file) => file.isEntry)!;
    expect(Object.keys(entry.modules).some((id) => id.includes('@radix-ui'))).toBe(false);
    const lazy = files.filter((file) => !file.isEntry);
    expect(lazy.some((file) => Object.keys(file.modules).some((id) => id.includes('@radix-ui/react-dialog')))).toBe(true);
  }, 60_000);
});

describe('what an app ships is what it imports', () => {
  /** The code a first visit loads (the entry chunk) and what loads later. */
  async function parts(fixture: string) {
    const files = await bundleFiles('production', fixture);
    return { initial: files.filter((file) => file.isEntry).map((file) => file.code).join('\n'), lazy: files.filter((file) => !file.isEntry).map((file) => file.code).join('\n') };
  }

  it('leaves Google Consent Mode and CMS markup activation out of an app that uses neither', async () => {
    const { initial, lazy } = await parts('minimal');
    for (const code of [initial, lazy]) {
      expect(code).not.toContain('ad_user_data');
      expect(code).not.toContain('googletagmanager');
      expect(code).not.toContain('text/plain');
    }
  }, 60_000);

  it('brings Consent Mode in with the Google tags', async () => {
    const { initial } = await parts('full');
    expect(initial).toContain('ad_user_data');
    expect(initial).toContain('googletagmanager');
  }, 60_000);

  it('speaks English alone, with no other language anywhere in the build', async () => {
    const { initial, lazy } = await parts('minimal');
    expect(initial).toContain('We use cookies');
    expect(`${initial}${lazy}`).not.toContain('Nous utilisons des cookies');
  }, 60_000);

  it('puts a listed language’s first layer in the first visit and its dialog and policy texts in a chunk loaded later', async () => {
    const { initial, lazy } = await parts('minimal-fr');
    expect(initial).toContain('Nous utilisons des cookies');
    expect(initial).not.toContain('Préférences de cookies');
    expect(lazy).toContain('Préférences de cookies');
  }, 60_000);
});
