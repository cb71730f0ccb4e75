import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createConsentStore,
  createMemoryStorage,
  defineConsentConfig,
  followAccount,
  recordConsent,
  type ConsentRecord,
  type ConsentStoreOptions,
} from '@weroom/cookie-consent';
import { DAY_MS, pageCookies, weroomConfig } from '../helpers';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

type Category = 'features' | 'performance' | 'advertising';

function startedStore(options: ConsentStoreOptions<Category> = {}, config = weroomConfig) {
  const store = createConsentStore(config, options);
  stops.push(store.start());
  return store;
}

/** The records feature, handing each record to `onDecision` (REC-2). */
function recording(onDecision: (record: ConsentRecord<Category>) => void): Pick<ConsentStoreOptions<Category>, 'features'> {
  return { features: [recordConsent<Category>({ onDecision })] };
}

/** A store that decided at `decidedAt` and a clock the test can move. */
function clockAt(start: number) {
  let time = start;
  return { now: () => time, set: (value: number) => void (time = value) };
}

describe('given a first visit', () => {
  it('writes no cookie at all until the person decides (EU-1)', () => {
    const store = startedStore();
    expect(store.getState().status).toBe('undecided');
    expect(document.cookie).toBe('');
  });

  it('grants nothing optional and always grants the required category', () => {
    const store = startedStore();
    expect(store.getState().granted).toEqual({ features: true, performance: false, advertising: false });
  });

  it('is pending, with nothing optional granted, before it has read the cookie', () => {
    const store = createConsentStore(weroomConfig);
    expect(store.getState()).toMatchObject({ status: 'pending', granted: { performance: false, advertising: false } });
  });
});

describe('when the person decides', () => {
  it('writes one first-party cookie with SameSite=Lax, Path=/, a lifetime and no Domain (CK-1)', () => {
    const writes: string[] = [];
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    vi.spyOn(document, 'cookie', 'set').mockImplementation(function (this: Document, value: string) {
      writes.push(value);
      descriptor.set!.call(this, value);
    });
    startedStore().acceptAll();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^cookie_consent=1\.1\.[0-9a-z]+\.[A-Za-z0-9_-]{16}\.a\.features~performance~advertising\.; /);
    expect(writes[0]).toContain(`; Max-Age=${182 * 86_400}`);
    expect(writes[0]).toContain('; Path=/');
    expect(writes[0]).toContain('; SameSite=Lax');
    expect(writes[0]).not.toContain('Domain=');
    expect(writes[0]).not.toContain('Secure');
    expect(writes[0]).not.toMatch(/httponly/i);
  });

  it('sets Domain only when the config names one (CK-1)', () => {
    const writes: string[] = [];
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => void writes.push(value));
    const config = defineConsentConfig({ ...weroomConfig, cookie: { domain: '.weroom.example', name: 'wr' } });
    startedStore({}, config).rejectAll();
    expect(writes[0]).toMatch(/^wr=1\./);
    expect(writes[0]).toContain('; Domain=.weroom.example');
  });

  it('grants every category after "Accept all"', () => {
    const store = startedStore();
    store.acceptAll();
    expect(store.getState().granted).toEqual({ features: true, performance: true, advertising: true });
    expect(store.isGranted('advertising')).toBe(true);
  });

  it('keeps a refusal like an acceptance, so a new visit does not ask again (EU-11)', () => {
    startedStore().rejectAll({ surface: 'banner' });
    const nextVisit = startedStore();
    expect(nextVisit.getState()).toMatchObject({ status: 'decided', decision: { method: 'reject-all' } });
    expect(nextVisit.getState().granted).toEqual({ features: true, performance: false, advertising: false });
  });

  it('leaves a category out of a saved choice denied (EU-3)', () => {
    const store = startedStore();
    store.save({ performance: true });
    expect(store.getState().granted).toEqual({ features: true, performance: true, advertising: false });
  });

  it('never lets a saved choice turn a required category off', () => {
    const store = startedStore();
    store.save({ features: false });
    expect(store.isGranted('features')).toBe(true);
  });

  it('records a change that turns a granted category off as a withdrawal', () => {
    const store = startedStore();
    store.acceptAll();
    store.save({ performance: true, advertising: false });
    expect(store.getState()).toMatchObject({ status: 'decided', decision: { method: 'withdraw' } });
  });

  it('records a close or "Continue without accepting" as a refusal (EU-10)', () => {
    const store = startedStore();
    store.rejectAll({ method: 'close' });
    expect(store.getState()).toMatchObject({ status: 'decided', decision: { method: 'close' } });
    expect(store.isGranted('performance')).toBe(false);
  });

  it('grants nothing after a reset, even when the store started from a decision the server handed in', () => {
    const store = startedStore({
      initialConsent: {
        status: 'decided',
        choices: { features: true, performance: true, advertising: true },
        decidedAt: Date.now(),
        revision: '1',
        consentId: 'serverVisitor0001',
        method: 'accept-all',
      },
    });
    store.reset();
    expect(store.getState()).toMatchObject({ status: 'undecided', granted: { features: true, performance: false, advertising: false } });
  });

    it('forgets the decision on reset, so the banner asks again', () => {
    const store = startedStore();
    store.acceptAll();
    store.reset();
    expect(store.getState()).toMatchObject({ status: 'undecided', reason: 'no-decision' });
    expect(pageCookies()).toEqual({});
  });
});

describe('given careless calls', () => {
  it('takes a click event passed as options (onClick={acceptAll}) as a decision from code', () => {
    const records: ConsentRecord<Category>[] = [];
    const store = startedStore(recording((record) => void records.push(record)));
    store.acceptAll(new MouseEvent('click') as never);
    store.rejectAll(new MouseEvent('click') as never);
    expect(records.map(({ method, surface }) => `${method}@${surface}`)).toEqual(['accept-all@api', 'reject-all@api']);
  });

  it('grants nothing but a real true in a saved choice', () => {
    const store = startedStore();
    store.save({ performance: 'yes', advertising: 1 } as never);
    expect(store.getState().granted).toEqual({ features: true, performance: false, advertising: false });
    store.save(null as never);
    expect(store.getState()).toMatchObject({ status: 'decided', granted: { performance: false, advertising: false } });
  });

  it('refuses a misspelt category in save or grant in development, naming it, and records nothing', () => {
    const records: ConsentRecord<Category>[] = [];
    const store = startedStore(recording((record) => void records.push(record)));
    expect(() => store.save({ perfomance: true } as never)).toThrow('save(): the consent config has no category "perfomance" (it has features, performance, advertising). Nothing was recorded.');
    expect(() => store.grant('advertsing' as never)).toThrow('grant(): the consent config has no category "advertsing"');
    expect(records).toEqual([]);
    expect(store.getState().status).toBe('undecided');
  });

  it('records nothing for a misspelt category in a production build, rather than a decision the person did not make', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const records: ConsentRecord<Category>[] = [];
      const store = startedStore(recording((record) => void records.push(record)));
      store.save({ perfomance: true } as never);
      store.grant('advertsing' as never);
      expect(records).toEqual([]);
      expect(store.getState().status).toBe('undecided');
      expect(document.cookie).not.toContain('cookie_consent');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('records an unknown surface or method as the defaults', () => {
    const records: ConsentRecord<Category>[] = [];
    const store = startedStore(recording((record) => void records.push(record)));
    store.rejectAll({ surface: 'popup', method: 'accept-all' } as never);
    expect(records[0]).toMatchObject({ method: 'reject-all', surface: 'api' });
  });
});

describe('given a stored decision', () => {
  it('asks again when the policy revision changed (EU-11)', () => {
    startedStore().acceptAll();
    const revised = startedStore({}, defineConsentConfig({ ...weroomConfig, revision: 2 }));
    expect(revised.getState()).toMatchObject({ status: 'undecided', reason: 'revision-changed' });
    expect(revised.isGranted('performance')).toBe(false);
  });

  it('holds until it expires, then asks again (EU-12)', () => {
    const clock = clockAt(Date.UTC(2026, 0, 1));
    startedStore({ now: clock.now }).acceptAll();
    clock.set(Date.UTC(2026, 0, 1) + 181 * DAY_MS);
    expect(startedStore({ now: clock.now }).getState().status).toBe('decided');
    clock.set(Date.UTC(2026, 0, 1) + 183 * DAY_MS);
    const later = startedStore({ now: clock.now });
    expect(later.getState()).toMatchObject({ status: 'undecided', reason: 'expired' });
    expect(later.isGranted('performance')).toBe(false);
  });

  it('asks again after the configured number of days', () => {
    const clock = clockAt(Date.UTC(2026, 0, 1));
    const config = defineConsentConfig({ ...weroomConfig, expiresAfterDays: 30 });
    startedStore({ now: clock.now }, config).acceptAll();
    clock.set(Date.UTC(2026, 0, 1) + 31 * DAY_MS);
    expect(startedStore({ now: clock.now }, config).getState()).toMatchObject({ reason: 'expired' });
  });

  it('asks again when the config gained an optional category the choice does not cover', () => {
    startedStore().acceptAll();
    const grown = defineConsentConfig({ ...weroomConfig, categories: { ...weroomConfig.categories, social: {} } });
    const store = createConsentStore(grown);
    stops.push(store.start());
    expect(store.getState()).toMatchObject({ status: 'undecided', reason: 'categories-changed' });
    expect(store.isGranted('performance')).toBe(false);
  });

  it('keeps the decision when the config dropped a category', () => {
    startedStore().acceptAll();
    const smaller = createConsentStore({ revision: 1, categories: { features: { required: true }, performance: {} } });
    stops.push(smaller.start());
    expect(smaller.getState().granted).toEqual({ features: true, performance: true });
  });

  it('treats a decision dated in the future as tampered with and asks again (CK-4)', () => {
    const clock = clockAt(Date.UTC(2027, 0, 1));
    startedStore({ now: clock.now }).acceptAll();
    clock.set(Date.UTC(2026, 0, 1));
    expect(startedStore({ now: clock.now }).getState().status).toBe('undecided');
  });

  it.each([
    ['a truncated value', '1.1.t5x1k0.q1W2e3R4t5Y6'],
    ['a hand-edited grant', '1.1.t5x1k0.q1W2e3R4t5Y6u7I8.a.features~performance~advertising~everything.x'],
    ['another library’s JSON', encodeURIComponent('{"performance":true,"advertising":true}')],
    ['a future format', '9.1.t5x1k0.q1W2e3R4t5Y6u7I8.a.features~performance~advertising.'],
  ])('reads %s as undecided and grants nothing (CK-4)', (_, value) => {
    document.cookie = `cookie_consent=${value}; Path=/`;
    const store = startedStore();
    expect(store.getState().status).toBe('undecided');
    expect(store.getState().granted).toEqual({ features: true, performance: false, advertising: false });
  });
});

describe('given Global Privacy Control is on (GPC-1)', () => {
  afterEach(() => {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });

  function turnOnGpc() {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  }

  it('keeps advertising denied through "Accept all" and says the signal was on', () => {
    turnOnGpc();
    const store = startedStore();
    store.acceptAll();
    expect(store.getState()).toMatchObject({ gpc: true, granted: { performance: true, advertising: false } });
  });

  it('lets an explicit opt-in for advertising in the preferences override it', () => {
    turnOnGpc();
    const store = startedStore();
    store.save({ advertising: true }, { surface: 'preferences' });
    expect(store.isGranted('advertising')).toBe(true);
  });

  it('denies advertising that an earlier "Accept all" granted once the signal is turned on', () => {
    startedStore().acceptAll();
    turnOnGpc();
    const store = startedStore();
    expect(store.getState().granted).toEqual({ features: true, performance: true, advertising: false });
  });

  it('ignores a signal that is present but not exactly true', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: 'true', configurable: true });
    const store = startedStore();
    store.acceptAll();
    expect(store.getState()).toMatchObject({ gpc: false, granted: { advertising: true } });
  });
});

describe('the consent record (REC-1, REC-2)', () => {
  it('hands each decision to the records feature\'s onDecision with id, time, revision, hash, locale, choices, method, surface and GPC', () => {
    const records: ConsentRecord<Category>[] = [];
    const store = startedStore({
      ...recording((record) => void records.push(record)),
      locale: 'fr',
      globalPrivacyControl: true,
      now: () => Date.UTC(2026, 10, 29, 12, 30, 15, 500),
    });
    store.acceptAll({ surface: 'banner' });
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toEqual({
      recordId: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
      consentId: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
      decidedAt: '2026-11-29T12:30:15.000Z',
      revision: '1',
      shownHash: expect.stringMatching(/^fnv1a64:[0-9a-f]{16}$/),
      locale: 'fr',
      choices: { features: true, performance: true, advertising: false },
      method: 'accept-all',
      surface: 'banner',
      gpc: true,
      jurisdiction: null,
      regime: 'opt-in',
    });
    expect(pageCookies().cookie_consent).toContain(`.${record!.consentId}.`);
  });

  it('keeps the consent id when the person changes their mind', () => {
    const records: ConsentRecord<Category>[] = [];
    const store = startedStore(recording((record) => void records.push(record)));
    store.acceptAll({ surface: 'banner' });
    store.rejectAll({ surface: 'preferences' });
    expect(records.map((record) => record.method)).toEqual(['accept-all', 'reject-all']);
    expect(records[1]!.consentId).toBe(records[0]!.consentId);
  });

  it('hashes what was shown: another text or another cookie list gives another hash', () => {
    const hashOf = (config: typeof weroomConfig) => {
      let hash = '';
      startedStore({ ...recording((record) => void (hash = record.shownHash)), locale: 'en' }, config).acceptAll();
      return hash;
    };
    const original = hashOf(weroomConfig);
    expect(hashOf(weroomConfig)).toBe(original);
    expect(hashOf(defineConsentConfig({ ...weroomConfig, texts: { en: { banner: { title: 'Cookies?' } } } }))).not.toBe(original);
    const fewerCookies = defineConsentConfig({ ...weroomConfig, categories: { ...weroomConfig.categories, advertising: {} } });
    expect(hashOf(fewerCookies)).not.toBe(original);
  });

  it('keeps the decision when the records feature\'s onDecision throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = startedStore(
      recording(() => {
        throw new Error('the proof server is down');
      }),
    );
    store.acceptAll();
    expect(store.isGranted('performance')).toBe(true);
    expect(error).toHaveBeenCalledWith('[cookie-consent] onDecision threw:', expect.any(Error));
  });
});

describe('its features', () => {
  it('tells every feature of a decision kept, even when one of them throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const records: ConsentRecord<Category>[] = [];
    const broken = {
      id: 'broken',
      decided() {
        throw new Error('a feature failed');
      },
    };
    const store = startedStore({ features: [broken, recordConsent<Category>({ onDecision: (record) => void records.push(record) })] });
    store.acceptAll({ surface: 'banner' });
    expect(store.isGranted('performance')).toBe(true);
    expect(records).toEqual([expect.objectContaining({ method: 'accept-all', surface: 'banner' })]);
    expect(error).toHaveBeenCalledWith('[cookie-consent] the feature "broken" threw:', expect.any(Error));
  });

  it('takes the place as unknown when a feature cannot tell it, and still starts every other feature', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const started: string[] = [];
    const features = [
      { id: 'lost', place: () => { throw new Error('no place'); } },
      { id: 'odd', place: () => ({ jurisdiction: 'US-CA', regime: 'maybe' as never }) },
      { id: 'failing', start: () => { throw new Error('no start'); } },
      { id: 'fine', start: () => (started.push('fine'), () => started.push('stopped')) },
    ];
    const store = createConsentStore(weroomConfig, { features });
    expect([store.jurisdiction, store.regime]).toEqual([null, 'opt-in']);
    const stop = store.start();
    expect(store.getState()).toMatchObject({ status: 'undecided', granted: { performance: false } });
    expect(started).toEqual(['fine']);
    stop();
    expect(started).toEqual(['fine', 'stopped']);
    expect(error).toHaveBeenCalledWith('[cookie-consent] the feature "lost" threw:', expect.any(Error));
    expect(error).toHaveBeenCalledWith('[cookie-consent] the feature "failing" threw:', expect.any(Error));
  });

  it('reads a features option that is not a list as none, rather than crash', () => {
    const store = createConsentStore(weroomConfig, { features: { id: 'not-a-list' } as never });
    expect(store.features).toEqual([]);
    stops.push(store.start());
    expect(store.getState().status).toBe('undecided');
  });

  it("adopts the account's newer decision when it starts, says it came from there, until one is made here (REC-6)", () => {
    const account = {
      status: 'decided',
      choices: { features: true, performance: false, advertising: true },
      decidedAt: Math.floor(Date.now() / 1000) * 1000 - 60_000,
      revision: '1',
      consentId: 'acCountId1234567',
      method: 'custom',
    } as const;
    const store = createConsentStore(weroomConfig, { features: [followAccount(account)] });
    expect(store.adoptedFrom).toBeNull();
    stops.push(store.start());
    expect(store.adoptedFrom).toBe('account');
    expect(store.getState()).toMatchObject({ status: 'decided', granted: { performance: false, advertising: true } });
    expect(pageCookies().cookie_consent).toContain('.acCountId1234567.');
    store.rejectAll();
    expect(store.adoptedFrom).toBeNull();
  });

  it('adopts nothing from an account without a decision yet (null)', () => {
    const store = startedStore({ features: [followAccount(null)] });
    expect(store.adoptedFrom).toBeNull();
    expect(store.getState().status).toBe('undecided');
  });
});

describe('given storage that fails', () => {
  afterEach(() => {
    delete (document as { cookie?: string }).cookie;
  });

  it('keeps the decision in memory when reading and writing cookies throws (a sandboxed frame)', () => {
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
      set: () => {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    const store = startedStore();
    expect(store.getState().status).toBe('undecided');
    store.save({ performance: true });
    expect(store.getState().granted).toEqual({ features: true, performance: true, advertising: false });
    // The tab coming back into view reads storage again: the decision must still be there.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(document.visibilityState).toBe('visible');
    expect(store.getState().granted).toEqual({ features: true, performance: true, advertising: false });
    store.reset();
    expect(store.getState().status).toBe('undecided');
  });

  it('keeps the decision in memory when cookies are disabled and writes are silently dropped', () => {
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    const store = startedStore();
    store.acceptAll();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store.getState().status).toBe('decided');
    expect(store.isGranted('advertising')).toBe(true);
  });

  it('works with a storage of the app’s own', () => {
    const storage = createMemoryStorage();
    startedStore({ storage }).rejectAll();
    expect(storage.read()).toMatch(/^1\.1\./);
    expect(document.cookie).toBe('');
  });
});

describe('given two tabs of the site', () => {
  it('takes a decision made in one tab into the other without a reload', async () => {
    const first = startedStore();
    const second = startedStore();
    const heard = vi.fn();
    second.subscribe(heard);
    first.save({ performance: true });
    await vi.waitFor(() => expect(second.getState().status).toBe('decided'));
    expect(second.getState().granted).toEqual({ features: true, performance: true, advertising: false });
    expect(heard).toHaveBeenCalled();
  });

  it('takes a reset in one tab into the other', async () => {
    const first = startedStore();
    first.acceptAll();
    const second = startedStore();
    expect(second.getState().status).toBe('decided');
    first.reset();
    await vi.waitFor(() => expect(second.getState().status).toBe('undecided'));
  });
});
