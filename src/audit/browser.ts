// The browser the audit drives: Chromium through playwright-core (an optional peer; no protocol
// code of ours). Found in this order: --browser <path>, Playwright's own installed Chromium, a
// Chromium or Chrome on the PATH.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { BrowserContext, BrowserContextOptions } from 'playwright-core';

/** No browser or driver to run: the message says how to get one. */
export class AuditBrowserError extends Error {
  override name = 'AuditBrowserError';
}

/** The flags every pass runs with: headless, and none of Chromium's own background connections. */
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

const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

const HOW_TO_GET_ONE = `Install one of:
  - Playwright's Chromium: npx playwright install chromium
  - your system's: apt-get install chromium (Debian, Ubuntu), brew install --cask chromium (macOS)
or pass the path of a Chromium or Chrome with --browser <path>.`;

type PlaywrightCore = typeof import('playwright-core');

/** playwright-core, or an error saying how to install it. */
export async function loadPlaywright(): Promise<PlaywrightCore> {
  try {
    return await import('playwright-core');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      throw new AuditBrowserError('The audit drives Chromium through playwright-core: npm install --save-dev playwright-core');
    }
    throw error;
  }
}

/** The browser to run: the given path, Playwright's Chromium, or one on the PATH; throws saying how to get one. */
export function findBrowser(playwright: PlaywrightCore, given?: string): string {
  if (given) {
    if (!existsSync(given)) throw new AuditBrowserError(`No browser at ${given}.\n${HOW_TO_GET_ONE}`);
    return given;
  }
  try {
    const own = playwright.chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright knows no browser of its own on this machine.
  }
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ON_PATH) {
      const candidate = join(folder, name);
      if (folder && existsSync(candidate)) return candidate;
    }
  }
  throw new AuditBrowserError(`No Chromium or Chrome found.\n${HOW_TO_GET_ONE}`);
}

/** A browser context in a new, empty profile; `close()` removes the profile too. */
export async function launchFreshProfile(
  playwright: PlaywrightCore,
  executablePath: string,
  options: BrowserContextOptions,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'weroom-consent-audit-'));
  try {
    const context = await playwright.chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true, ...options });
    return {
      context,
      async close() {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new AuditBrowserError(`Could not start the browser at ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
  }
}
