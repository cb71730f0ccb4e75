// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentModeScript, ConsentProvider, CookieBanner, defineConsentConfig, useConsent, useConsentManager } from '@weroom/cookie-consent';
import { readConsent } from '@weroom/cookie-consent/server';
import { encodeConsentValue } from '../../src/core/cookie-codec';
import { weroomConfig } from '../helpers';

const browserGlobals = ['window', 'document', 'navigator', 'localStorage', 'location', 'BroadcastChannel'] as const;
const touched: string[] = [];
const saved = new Map<string, PropertyDescriptor | undefined>();

/** Makes every browser global record that it was read, as a trap for code that runs on the server. */
function trapBrowserGlobals() {
  for (const name of browserGlobals) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name);
        return undefined;
      },
    });
  }
}

afterEach(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
  }
  saved.clear();
  touched.length = 0;
});

function Page() {
  const performance = useConsent('performance');
  const features = useConsent('features');
  const { state } = useConsentManager();
  return (
    <main>
      <p>status: {state.status}</p>
      <p>performance: {performance ? 'granted' : 'denied'}</p>
      <p>features: {features ? 'granted' : 'denied'}</p>
    </main>
  );
}

describe('given a server render', () => {
  it('renders with nothing optional granted, without reading any browser API', () => {
    trapBrowserGlobals();
    const html = renderToString(
      <ConsentProvider config={weroomConfig}>
        <Page />
      </ConsentProvider>,
    );
    expect(touched).toEqual([]);
    expect(html).toContain('performance: <!-- -->denied');
    expect(html).toContain('features: <!-- -->granted');
    expect(html).toContain('status: <!-- -->pending');
  });
});

describe('given a server that read the request’s cookie (readConsent)', () => {
  const rejected = encodeConsentValue({
    revision: '1',
    decidedAt: Math.floor(Date.now() / 1000) * 1000 - 60_000,
    consentId: 'serverVisitor0001',
    method: 'reject-all',
    granted: ['features'],
    denied: ['performance', 'advertising'],
  });

  function renderRequest(cookieHeader: string) {
    trapBrowserGlobals();
    const initialConsent = readConsent(cookieHeader, weroomConfig);
    return renderToString(
      <ConsentProvider config={weroomConfig} initialConsent={initialConsent} locale="en">
        <CookieBanner />
        <Page />
      </ConsentProvider>,
    );
  }

  it('puts the banner in the HTML for an undecided visitor', () => {
    const html = renderRequest('theme=dark');
    expect(html).toContain('aria-label="Cookie consent"');
    expect(html).toContain('Accept all');
    expect(html).toContain('status: <!-- -->undecided');
    expect(touched).toEqual([]);
  });

  it('leaves the banner out for a visitor who rejected, and grants nothing', () => {
    const html = renderRequest(`theme=dark; cookie_consent=${rejected}`);
    expect(html).not.toContain('data-consent-banner');
    expect(html).toContain('status: <!-- -->decided');
    expect(html).toContain('performance: <!-- -->denied');
    expect(touched).toEqual([]);
  });

  it('returns plain data a Server Component can hand to a client component', () => {
    const decision = readConsent({ get: (name) => (name === 'cookie_consent' ? { value: rejected } : undefined) }, weroomConfig);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(decision).toMatchObject({ status: 'decided', method: 'reject-all', choices: { features: true, performance: false, advertising: false } });
  });

  it('reads a malformed or missing cookie as undecided, like the browser (CK-4)', () => {
    expect(readConsent('cookie_consent=%E0%A4%A', weroomConfig)).toEqual({ status: 'undecided', reason: 'no-decision' });
    expect(readConsent(undefined, weroomConfig)).toEqual({ status: 'undecided', reason: 'no-decision' });
    const throwing = { get: () => { throw new Error('cookies() outside a request'); } };
    expect(readConsent(throwing, weroomConfig)).toEqual({ status: 'undecided', reason: 'no-decision' });
  });

  it('holds a forged initial decision to the cookie’s rules: one that grants an unknown revision reads as undecided', () => {
    trapBrowserGlobals();
    const forged = { status: 'decided', choices: { features: true, performance: true, advertising: true }, decidedAt: Date.now(), revision: '99', consentId: 'x', method: 'accept-all' } as const;
    const html = renderToString(
      <ConsentProvider config={weroomConfig} initialConsent={forged}>
        <Page />
      </ConsentProvider>,
    );
    expect(html).toContain('performance: <!-- -->denied');
    expect(html).toContain('status: <!-- -->undecided');
  });
});

describe('the Consent Mode head script in server HTML (CM-2)', () => {
  it('renders as an inline script carrying the nonce, with the default before anything else', () => {
    trapBrowserGlobals();
    const config = defineConsentConfig({ ...weroomConfig, consentMode: {} });
    const html = renderToString(
      <head>
        <ConsentModeScript config={config} nonce="r4nd0m" />
      </head>,
    );
    expect(html).toMatch(/^<head><script nonce="r4nd0m">\(function\(w,d,o\)\{/);
    expect(html).toContain("g('consent','default',f)");
    expect(touched).toEqual([]);
  });
});
