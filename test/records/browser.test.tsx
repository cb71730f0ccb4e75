import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AccountNotice,
  ConsentProvider,
  CookieBanner,
  CookiePolicy,
  PreferencesDialog,
  defineConsentConfig,
  followAccount,
  jurisdiction,
  recordConsent,
  type ConsentDecision,
  type ConsentRecord,
} from '@weroom/cookie-consent';
import { googleAnalyticsCookies } from '@weroom/cookie-consent/server';
import { createRecordsHandler, type RecordStore, type StoredRecord } from '@weroom/cookie-consent/records';
import { clearPageCookies, pageCookies, weroomConfig } from '../helpers';

const OUTBOX = 'weroom-cookie-consent:outbox';
type Category = 'features' | 'performance' | 'advertising';

/** A record store in memory: enough to run the real handler here (records.test.ts runs the databases). */
function memoryStore(): RecordStore & { records: StoredRecord[]; shown: Map<string, unknown> } {
  const records: StoredRecord[] = [];
  const shown = new Map<string, unknown>();
  return {
    records,
    shown,
    async insert(record) {
      if (records.some((kept) => kept.recordId === record.recordId)) return false;
      records.push({ ...record, receivedAt: new Date().toISOString() });
      return true;
    },
    async saveTexts(texts) {
      if (!shown.has(texts.shownHash)) shown.set(texts.shownHash, texts);
    },
    texts: async (hash) => (shown.get(hash) as never) ?? null,
    textsInRange: async () => [...shown.values()] as never,
    history: async (id) => records.filter((record) => record.consentId === id),
    latestForSubject: async () => null,
    range: async function* () {},
    purge: async () => 0,
    count: async () => records.length,
    close: async () => undefined,
  };
}

/** A page that sends its records to the endpoint; `account` given (even `null`), the person is signed in and their choice follows their account. */
function Site({ onDecision, account, locale = 'en' }: { onDecision?: (record: ConsentRecord<Category>) => void; account?: ConsentDecision<Category> | null; locale?: string }) {
  const features = [recordConsent({ endpoint: '/api/consent', ...(onDecision ? { onDecision } : {}) }), ...(account === undefined ? [] : [followAccount(account)])];
  return (
    <ConsentProvider config={weroomConfig} features={features} locale={locale}>
      <CookieBanner />
      <AccountNotice />
      <PreferencesDialog />
    </ConsentProvider>
  );
}

const outbox = () => JSON.parse(localStorage.getItem(OUTBOX) ?? '[]') as { record: ConsentRecord }[];

beforeEach(() => {
  localStorage.clear();
  clearPageCookies();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sending records to the records endpoint (REC-4)', () => {
  it('posts each record as JSON with keepalive, and empties the outbox once the endpoint has it', async () => {
    const fetch = vi.fn(async () => new Response('{"ok":true}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    render(<Site />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/consent');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(init.body as string)).toMatchObject({ method: 'accept-all', surface: 'banner', recordId: expect.stringMatching(/^[\w-]{16}$/) });
    await waitFor(() => expect(localStorage.getItem(OUTBOX)).toBeNull());
  });

  it('keeps a record the endpoint could not take, and delivers it on the next page load', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const user = userEvent.setup();
    const first = render(<Site />);
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    await waitFor(() => expect(outbox()).toHaveLength(1));
    const waiting = outbox()[0]!.record;
    first.unmount();

    const delivered = vi.fn(async () => new Response('{"ok":true}', { status: 201 }));
    vi.stubGlobal('fetch', delivered);
    render(<Site />);
    await waitFor(() => expect(delivered).toHaveBeenCalledTimes(1));
    expect(JSON.parse((delivered.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toEqual(waiting);
    await waitFor(() => expect(localStorage.getItem(OUTBOX)).toBeNull());
  });

  it('tries again after a 503 or a 429, and drops a record the endpoint refused for good (422)', async () => {
    const answers = [503, 429, 422];
    const fetch = vi.fn(async () => new Response('{}', { status: answers.shift() ?? 201 }));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    const page = render(<Site />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(outbox()).toHaveLength(1));
    page.unmount();
    render(<Site />);
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(outbox()).toHaveLength(1);
    await act(async () => window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(localStorage.getItem(OUTBOX)).toBeNull());
  });

  it('still sends the record where storage refuses it (private mode, a full quota)', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const fetch = vi.fn(async () => new Response('{"ok":true}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    render(<Site />);
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toMatchObject({ method: 'reject-all' });
  });

  it('sends records whose hash the endpoint recognises, in each language: the texts behind it are kept (REC-3)', async () => {
    const store = memoryStore();
    const handler = createRecordsHandler({ config: weroomConfig, store });
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => handler(new Request(new URL(url, 'https://weroom.example'), { ...init, headers: { ...(init.headers as Record<string, string>), origin: 'https://weroom.example' } })));
    const user = userEvent.setup();
    const english = render(<Site />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await waitFor(() => expect(store.records).toHaveLength(1));
    english.unmount();
    clearPageCookies();
    render(<Site locale="fr" />);
    await user.click(screen.getByRole('button', { name: 'Tout refuser' }));
    await waitFor(() => expect(store.records).toHaveLength(2));
    expect(store.records.map((record) => [record.locale, record.textsKnown])).toEqual([
      ['en', true],
      ['fr', true],
    ]);
    expect([...store.shown.values()]).toEqual([
      expect.objectContaining({ locale: 'en', texts: expect.objectContaining({ banner: expect.objectContaining({ acceptAll: 'Accept all' }) }) }),
      expect.objectContaining({ locale: 'fr', texts: expect.objectContaining({ banner: expect.objectContaining({ rejectAll: 'Tout refuser' }) }) }),
    ]);
  });
});

describe('what a record proves (REC-1, REC-3)', () => {
  // Weroom's config with California under opt-out and Google Analytics' built-in cookie list,
  // whose purposes the dialog's table shows in words.
  const config = defineConsentConfig({
    ...weroomConfig,
    categories: { ...weroomConfig.categories, performance: { cookies: googleAnalyticsCookies } },
    jurisdictions: { regimes: { 'US-CA': 'opt-out' } },
  });

  it('hashes what was shown: the opt-in banner, the opt-out notice and the dialog each their own, and the endpoint keeps those texts', async () => {
    const store = memoryStore();
    const handler = createRecordsHandler({ config, store });
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => handler(new Request(new URL(url, 'https://weroom.example'), { ...init, headers: { ...(init.headers as Record<string, string>), origin: 'https://weroom.example' } })));
    const user = userEvent.setup();
    const page = (place: string) =>
      render(
        <ConsentProvider config={config} features={[recordConsent({ endpoint: '/api/consent' }), jurisdiction(place)]} locale="en">
          <CookieBanner />
          <PreferencesDialog />
        </ConsentProvider>,
      );

    const banner = page('FR');
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    await waitFor(() => expect(store.records).toHaveLength(1));
    banner.unmount();
    clearPageCookies();

    const notice = page('US-CA');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(store.records).toHaveLength(2));
    notice.unmount();
    clearPageCookies();

    page('FR');
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
    await waitFor(() => expect(store.records).toHaveLength(3));

    expect(store.records.map((record) => [record.regime, record.surface, record.textsKnown])).toEqual([
      ['opt-in', 'banner', true],
      ['opt-out', 'banner', true],
      ['opt-in', 'preferences', true],
    ]);
    expect(new Set(store.records.map((record) => record.shownHash)).size).toBe(3);
    const [shownBanner, shownNotice, shownDialog] = store.records.map((record) => store.shown.get(record.shownHash) as { texts: Record<string, unknown>; categories: { id: string; cookies: { purpose: unknown }[] }[] });
    expect(Object.keys(shownBanner!.texts)).toEqual(expect.arrayContaining(['banner', 'categories']));
    expect(shownBanner!.texts).not.toHaveProperty('optOut');
    expect(shownNotice!.texts).toHaveProperty('optOut', expect.objectContaining({ link: 'Do Not Sell or Share My Personal Information' }));
    expect(shownNotice!.texts).not.toHaveProperty('banner');
    expect(shownDialog!.texts).toHaveProperty('preferences', expect.objectContaining({ save: 'Save preferences' }));
    // The tables' purposes as the dialog showed them, in words, not the built-in keys.
    const purposes = shownDialog!.categories.find((category) => category.id === 'performance')!.cookies.map((cookie) => cookie.purpose);
    expect(purposes.length).toBeGreaterThan(0);
    for (const purpose of purposes) expect(purpose).toEqual(expect.stringMatching(/\w+ \w+/));
  });
});

describe('the person’s own records (REC-5)', () => {
  it('are linked from the policy page once they have decided, by the consent id in their cookie', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 201 })));
    const user = userEvent.setup();
    render(
      <ConsentProvider config={weroomConfig} features={[recordConsent({ endpoint: '/api/consent' })]} locale="en">
        <CookieBanner />
        <CookiePolicy recordsEndpoint="/api/consent" />
      </ConsentProvider>,
    );
    expect(screen.queryByRole('link', { name: 'See the record of your choices that this site keeps' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    const consentId = pageCookies().cookie_consent!.split('.')[3]!;
    expect(screen.getByRole('link', { name: 'See the record of your choices that this site keeps' }).getAttribute('href')).toBe(`/api/consent?consentId=${consentId}`);
  });
});

describe('a choice that follows a signed-in person across devices (REC-6)', () => {
  const decided = (overrides: Partial<ConsentDecision<Category> & { status: 'decided' }> = {}): ConsentDecision<Category> => ({
    status: 'decided',
    choices: { features: true, performance: true, advertising: true },
    decidedAt: Math.floor(Date.now() / 1000) * 1000 - 60_000,
    revision: '1',
    consentId: 'acCountId1234567',
    method: 'accept-all',
    ...overrides,
  });

  it('says in the banner that the choice follows the person, when they are signed in', () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 201 })));
    render(<Site account={null} />);
    expect(screen.getByRole('region', { name: 'Cookie consent' }).textContent).toContain('your choice also applies on your other devices, and changing or withdrawing it on one changes it on all');
  });

  it('says nothing of other devices, and adopts nothing, without the account feature (not signed in)', () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 201 })));
    render(<Site />);
    expect(screen.getByRole('region', { name: 'Cookie consent' }).textContent).not.toContain('other devices');
    expect(pageCookies()).toEqual({});
  });

  it('adopts the choice made on another device, with no banner, keeps it in the cookie and says where it came from', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 201 })));
    render(<Site account={decided()} />);
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    expect(pageCookies().cookie_consent).toMatch(/\.acCountId1234567\.a\.features~performance~advertising\.$/);
    const notice = await screen.findByRole('region', { name: 'Your cookie choice comes from your account: you made it on another device.' });
    expect(within(notice).getByRole('button', { name: 'Cookie settings' })).toBeTruthy();
  });

  it('follows a refusal or withdrawal made on another device exactly as an acceptance', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 201 })));
    const user = userEvent.setup();
    const here = render(<Site account={null} />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    here.unmount();
    render(<Site account={decided({ method: 'withdraw', choices: { features: true, performance: false, advertising: false }, decidedAt: Date.now() + 2000 })} />);
    expect(pageCookies().cookie_consent).toMatch(/\.w\.features\.performance~advertising$/);
  });

  it('keeps this device’s choice when it is newer than the account’s', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 201 })));
    const user = userEvent.setup();
    const here = render(<Site account={null} />);
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    here.unmount();
    render(<Site account={decided({ decidedAt: Date.now() - 3_600_000 })} />);
    expect(pageCookies().cookie_consent).toMatch(/\.r\.features\.performance~advertising$/);
    expect(screen.queryByRole('region', { name: /comes from your account/ })).toBeNull();
  });
});
