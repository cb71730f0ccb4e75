import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { hasChromium } from '../browser/chromium.mjs';
import { consentRecords } from '../../demo/records';
import { serveDemo } from './demo-server';

declare module 'vitest' {
  export interface ProvidedContext {
    demoPort: number;
    hasBrowser: boolean;
  }
}

/** Builds the demo once, serves it on a free loopback port, and tells the tests where. */
export default async function setup(project: TestProject) {
  const hasBrowser = hasChromium();
  if (!hasBrowser && process.env.CI) {
    throw new Error('Chromium is missing (/usr/bin/chromium): on CI the browser suite must run, not skip. Install it with apt-get install chromium.');
  }
  const root = fileURLToPath(new URL('../../demo/', import.meta.url));
  // Vitest sets NODE_ENV=test, which would make this a development build (React's development
  // runtime, the library's development checks). The suite tests what a site deploys: production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  // The demo's records endpoint, on an in-memory store for the suite.
  const records = consentRecords(async () => (await import('../../demo/consent-config')).weroomConsent);
  await records.ready();
  const server = await serveDemo(`${root}dist`, { records: records.middleware });
  project.provide('demoPort', server.port);
  project.provide('hasBrowser', hasBrowser);
  return async () => {
    await server.close();
    await records.close();
  };
}
