// The demo's records endpoint in Chromium: records kept on the server and read back, an outbox
// that survives the server going down, a choice that follows a signed-in person (REC-3 to REC-6).
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { consentRecords } from '../../demo/records';
import { serveDemo } from './demo-server';
import { banner, openSite, type Site } from './site';

const hasBrowser = inject('hasBrowser');
const OUTBOX = 'weroom-cookie-consent:outbox';
const demoDist = fileURLToPath(new URL('../../demo/dist/', import.meta.url));

const open: Site[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const site of open.splice(0)) await site.close();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function visit(path = '#/', options: Parameters<typeof openSite>[0] = {}): Promise<Site> {
  const site = await openSite(options);
  open.push(site);
  await site.page.goto(site.url(path));
  return site;
}

const waiting = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]').length as number, OUTBOX);
const consentIdOf = async (site: Site) => (await site.context.cookies()).find((cookie) => cookie.name === 'cookie_consent')!.value.split('.')[3]!;

async function signIn(site: Site, email: string) {
  await site.page.goto(site.url('#/sign-in'));
  await site.page.getByLabel('Email').fill(email);
  await site.page.getByLabel('Password').fill('correct horse');
  await Promise.all([site.page.waitForEvent('load'), site.page.getByRole('button', { name: 'Sign in' }).click()]);
}

describe.skipIf(!hasBrowser)('the demo keeping proof of consent on its server', () => {
  it('stores each decision on the server, and the inspector reads it back from there (REC-3, REC-5)', async () => {
    const site = await visit();
    await site.page.getByRole('button', { name: 'Accept all' }).click();
    await site.page.waitForFunction((key) => localStorage.getItem(key) === null, OUTBOX);
    const id = await consentIdOf(site);
    const kept = (await (await fetch(site.url(`api/consent?consentId=${id}`))).json()) as { records: { method: string; textsKnown: boolean }[] };
    expect(kept.records).toEqual([expect.objectContaining({ method: 'accept-all', textsKnown: true })]);
    await site.page.getByRole('button', { name: 'Consent inspector' }).click();
    await site.page.getByRole('heading', { name: 'Kept on the server (1)' }).waitFor();
    expect(await site.page.getByRole('region', { name: 'Consent inspector' }).textContent()).toContain('"method":"accept-all"');
  });

  it('keeps a decision made while the server is down, and delivers it on the next load once it is back (REC-4)', async () => {
    const records = consentRecords(async () => (await import('../../demo/consent-config')).weroomConsent);
    let server = await serveDemo(demoDist, { records: records.middleware });
    const { port } = server;
    cleanups.push(async () => {
      await server.close();
      await records.close();
    });
    const site = await visit('#/', { port });
    await banner(site.page).waitFor();
    await server.close();
    await site.page.getByRole('button', { name: 'Reject all' }).click();
    await site.page.waitForFunction((key) => (JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[]).length === 1, OUTBOX);
    expect(await waiting(site.page)).toBe(1);

    server = await serveDemo(demoDist, { records: records.middleware, port });
    await site.page.reload();
    await site.page.waitForFunction((key) => localStorage.getItem(key) === null, OUTBOX, { timeout: 10_000 });
    const id = await consentIdOf(site);
    const kept = (await (await fetch(`http://localhost:${port}/api/consent?consentId=${id}`)).json()) as { records: { method: string }[] };
    expect(kept.records.map((record) => record.method)).toEqual(['reject-all']);
  });

  it('lets a signed-in person’s choice follow them to another browser, refusal as much as acceptance (REC-6)', async () => {
    const email = `ada-${Date.now()}@example.com`;
    const first = await visit();
    await first.page.getByRole('button', { name: 'Accept all' }).click();
    await signIn(first, email);
    await expect(banner(first.page).count()).resolves.toBe(0);
    // Signed in, the next decision is kept with the account.
    await first.page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    await first.page.getByRole('dialog', { name: 'Cookie preferences' }).getByRole('button', { name: 'Accept all' }).click();
    await first.page.waitForFunction((key) => localStorage.getItem(key) === null, OUTBOX);

    const second = await visit();
    await expect(banner(second.page).isVisible()).resolves.toBe(true);
    expect(await banner(second.page).textContent()).not.toContain('other devices');
    await signIn(second, email);
    await second.page.getByRole('region', { name: /comes from your account/ }).waitFor();
    await expect(banner(second.page).count()).resolves.toBe(0);
    expect((await second.context.cookies()).find((cookie) => cookie.name === 'cookie_consent')?.value).toMatch(/\.a\.features~performance~advertising\.$/);

    await second.page.getByRole('region', { name: /comes from your account/ }).getByRole('button', { name: 'Cookie settings' }).click();
    await second.page.getByRole('dialog', { name: 'Cookie preferences' }).getByRole('button', { name: 'Reject all' }).click();
    await second.page.waitForFunction((key) => localStorage.getItem(key) === null, OUTBOX);

    await first.page.reload();
    await first.page.waitForFunction(() => /\.r\.features\./.test(document.cookie));
    // The notice loads its code and texts when it is shown: wait for it rather than look at once.
    await first.page.getByRole('region', { name: /comes from your account/ }).waitFor();
  });
});
