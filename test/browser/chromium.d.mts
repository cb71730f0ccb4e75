import type { BrowserContext, LaunchOptions } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
export declare function hasChromium(): boolean;
export declare function launchFreshContext(options?: Parameters<typeof import('playwright-core').chromium.launchPersistentContext>[1] & LaunchOptions & { extraArgs?: string[] }): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}>;
