import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentProvider, CookieBanner, PreferencesDialog, createConsentStore, defineConsentConfig, useConsentManager } from '@weroom/cookie-consent';
import { metaPixel, microsoftClarity } from '@weroom/cookie-consent/services';
import { clearPageCookies, pageCookies } from '../helpers';

type Host = Record<string, unknown> & { fbq?: ((...command: unknown[]) => void) & { queue: unknown[][] }; clarity?: ((...command: unknown[]) => void) & { q: unknown[][] } };
const host = window as unknown as Host;
const scripts = () => [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src'));

afterEach(() => {
  delete host.fbq;
  delete host._fbq;
  delete host.clarity;
  document.querySelectorAll('script').forEach((script) => script.remove());
  clearPageCookies();
});

function siteWith() {
  const config = defineConsentConfig({
    revision: 1,
    categories: { features: { required: true }, performance: {}, advertising: {} },
    services: [metaPixel({ pixelId: '1234567890' }), microsoftClarity({ projectId: 'abc123' })],
  });
  function Withdraw() {
    const { save } = useConsentManager();
    return <button type="button" onClick={() => save({ performance: true })}>Keep analytics only</button>;
  }
  return render(
    <ConsentProvider config={config} nonce="n0nce">
      <CookieBanner />
      <Withdraw />
      <PreferencesDialog />
    </ConsentProvider>,
  );
}

describe('a service listed in the config (SVC-1, SVC-2)', () => {
  it('has its function from the start, queueing calls, and loads nothing before a choice or after a refusal', async () => {
    siteWith();
    expect(typeof host.fbq).toBe('function');
    host.fbq!('track', 'PageView');
    host.clarity!('event', 'signup');
    expect(scripts()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(scripts()).toEqual([]);
    // Meta's own consent API holds every event: revoke comes before init in the queue.
    expect(host.fbq!.queue.slice(0, 3)).toEqual([['consent', 'revoke'], ['init', '1234567890'], ['track', 'PageView']]);
  });

  it('tells the vendor and loads it once, with the page’s nonce, when its category is granted', async () => {
    siteWith();
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(scripts()).toEqual(['https://connect.facebook.net/en_US/fbevents.js', 'https://www.clarity.ms/tag/abc123']);
    expect([...document.querySelectorAll('script[src]')].every((script) => (script as HTMLScriptElement).nonce === 'n0nce')).toBe(true);
    expect(host.fbq!.queue.at(-1)).toEqual(['consent', 'grant']);
    expect(host.clarity!.q.at(-1)).toEqual(['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]);
  });

  it('on withdrawal tells the vendor first, deletes its cookies, and loads nothing again (CLR-1)', async () => {
    siteWith();
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    document.cookie = '_fbp=fb.1.1700000000000.42; Path=/';
    document.cookie = '_fbc=fb.1.1700000000000.click; Path=/';
    await act(async () => screen.getByRole('button', { name: 'Keep analytics only' }).click());
    expect(host.fbq!.queue.at(-1)).toEqual(['consent', 'revoke']);
    expect(Object.keys(pageCookies())).not.toContain('_fbp');
    expect(Object.keys(pageCookies())).not.toContain('_fbc');
    expect(scripts().filter((src) => src?.includes('facebook'))).toHaveLength(1);
  });
});

describe('a service’s declarations', () => {
  it.each([
    [() => metaPixel({ pixelId: '1' }), 'Meta Platforms Ireland Limited', 'IE', 'advertising', ['_fbp', '_fbc'], ['connect.facebook.net', 'www.facebook.com']],
    [() => microsoftClarity({ projectId: 'x' }), 'Microsoft Corporation', 'US', 'performance', ['_clck', '_clsk'], ['www.clarity.ms', 'scripts.clarity.ms']],
  ])('%#: names its company, privacy policy, category, cookies with durations and hosts (SVC-3)', (create, company, country, category, cookies, hosts) => {
    const service = create();
    expect(service.company).toEqual({ name: company, country });
    expect(service.privacyPolicy).toMatch(/^https:\/\//);
    expect(service.category).toBe(category);
    expect(service.cookies.map((cookie) => cookie.name)).toEqual(cookies);
    for (const cookie of service.cookies) expect(cookie.duration).toBeTruthy();
    expect(service.hosts).toEqual(hosts);
  });

  it('joins its category’s cookies, for the dialog, the policy and the deletion', () => {
    const store = createConsentStore(defineConsentConfig({ revision: 1, categories: { ads: { cookies: [{ name: 'own', provider: 'Site', purpose: 'x', duration: 'y' }] } }, services: [metaPixel({ pixelId: '1', category: 'ads' })] }));
    expect(store.config.categories.ads.cookies.map((cookie) => String(cookie.name))).toEqual(['own', '_fbp', '_fbc']);
  });

  it('is a config error under a category the config lacks', () => {
    expect(() => createConsentStore(defineConsentConfig({ revision: 1, categories: { performance: {} }, services: [metaPixel({ pixelId: '1' }) as never] }))).toThrow(
      'services[0].category must be a category of this config (performance): Meta Pixel would never load',
    );
  });
});

describe('Google Analytics and Google Ads as services', () => {
  it('tell Google first through Consent Mode, and load gtag.js once its category is granted', async () => {
    const { googleAnalytics, googleAds } = await import('@weroom/cookie-consent/services');
    const config = defineConsentConfig({
      revision: 1,
      categories: { features: { required: true }, performance: {}, advertising: {} },
      services: [googleAnalytics({ measurementId: 'G-TEST' }), googleAds({ id: 'AW-TEST' })],
    });
    render(
      <ConsentProvider config={config}>
        <CookieBanner />
      </ConsentProvider>,
    );
    expect(scripts()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(scripts()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-TEST']);
    const layer = (window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer.map((entry) => Array.from(entry as ArrayLike<unknown>)[0] ?? (entry as { event?: string }).event);
    // The consent commands before js and config (CM-2).
    expect(layer.indexOf('consent')).toBeLessThan(layer.indexOf('js'));
    expect(layer.filter((name) => name === 'config')).toHaveLength(2);
    delete (window as unknown as Record<string, unknown>).dataLayer;
  });
});
