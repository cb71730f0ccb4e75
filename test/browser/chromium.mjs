// Launches Debian's Chromium through playwright-core with a fresh profile, the way every
// browser check of the project does (see ../shared/TOOLCHAIN.md for why these flags).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function hasChromium() {
  return existsSync(CHROMIUM_PATH);
}

/** A browser context in a new, empty profile; `close()` also removes the profile. */
export async function launchFreshContext({ extraArgs = [], ...options } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'consent-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
