// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'consent-build-'));
const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

/** Every file a built module pulls in, following relative imports through the chunks. */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, target] of read(file).matchAll(/from\s*["'](\.\/[^"']+)["']/g)) {
      visit(join(file, '..', target!).replace(/^\.\//, ''));
    }
  };
  visit(entry);
  return [...seen];
}

beforeAll(async () => {
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir } });
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the built package', () => {
  it("starts the React entry with the 'use client' directive", () => {
    expect(read('index.js').split('\n')[0]).toBe('"use client";');
  });

  it("keeps 'use client', React and the DOM out of the server entry", () => {
    const files = moduleGraph('server.js');
    expect(files).toContain('server.js');
    for (const file of files) {
      expect(read(file), file).not.toMatch(/use client/);
      expect(read(file), file).not.toMatch(/from\s*["']react/);
    }
  });

  it('leaves React, Radix and clsx to the app instead of bundling them', () => {
    const all = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'))
      .map(read)
      .join('\n');
    expect(all).toMatch(/from\s*["']react["']/);
    expect(all).not.toMatch(/function useSyncExternalStore|__SECRET_INTERNALS|__CLIENT_INTERNALS/);
  });

  it('holds every file that package.json exports', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, string | { default: string }>;
      sideEffects: string[];
    };
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const file = typeof target === 'string' ? target : target.default;
      if (subpath === './package.json') continue;
      // A pattern (`./locales/*`) must match at least the built-in English and French.
      const files = file.includes('*') ? ['en', 'fr'].map((code) => file.replace('*', code)) : [file];
      for (const each of files) expect(() => read(each.replace('./dist/', '')), subpath).not.toThrow();
    }
    expect(pkg.sideEffects).toEqual(['**/*.css']);
  });
});
