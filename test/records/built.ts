import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the package as `npm run build` does, into `build/<name>` inside the repository (so that
 * node finds the database packages in its node_modules); returns the folder. Each test file builds
 * its own, so that files running side by side never share one.
 */
export async function buildPackage(name: string): Promise<string> {
  const outDir = join(root, 'build', name);
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
  // The prepared data directory a new embedded folder starts from, as `npm run build` makes it.
  execFileSync(process.execPath, [join(root, 'scripts/records-template.mjs'), outDir], { stdio: 'ignore' });
  return outDir;
}

export const removeBuild = (outDir: string) => rmSync(outDir, { recursive: true, force: true });
