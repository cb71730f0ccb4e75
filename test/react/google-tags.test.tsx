// @vitest-environment-options { "url": "https://www.weroom.example.co.uk/" }
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConsentProvider,
  CookieBanner,
  CookieSettingsButton,
  GoogleAds,
  GoogleAnalytics,
  PreferencesDialog,
  consentModeScript,
  defineConsentConfig,
  googleAdsCookies,
  googleAnalyticsCookies,
  type WithdrawEvent,
} from '@weroom/cookie-consent';
import { pageCookies } from '../helpers';

const config = defineConsentConfig({
  revision: 1,
  categories: {
    features: { required: true },
    performance: { cookies: googleAnalyticsCookies },
    advertising: { cookies: googleAdsCookies },
  },
  consentMode: {},
});

type Timeline = string[];

/** What Google and the cookie jar saw, in order: data layer commands and cookie deletions. */
function recordTimeline(): Timeline {
  const timeline: Timeline = [];
  const layer: unknown[] = [];
  const push = layer.push.bind(layer);
  layer.push = (...entries: unknown[]) => {
    for (const entry of entries) {
      const command = Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as IArguments) : entry;
      timeline.push(
        Array.isArray(command)
          ? `gtag ${command.slice(0, 2).join(' ')}${command[0] === 'consent' ? ` ${JSON.stringify(command[2])}` : ''}`
          : `push ${JSON.stringify(command)}`,
      );
    }
    return push(...entries);
  };
  (window as unknown as { dataLayer: unknown[] }).dataLayer = layer;
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  vi.spyOn(document, 'cookie', 'set').mockImplementation(function (this: Document, value: string) {
    if (/Max-Age=0/.test(value)) timeline.push(`delete ${value.split('=')[0]}${/Domain=([^;]+)/.exec(value)?.[1] ? ` @${/Domain=([^;]+)/.exec(value)![1]}` : ''}`);
    descriptor.set!.call(this, value);
  });
  return timeline;
}

function Site({ onWithdraw, ads = true, withConfig = config }: { onWithdraw?: (event: WithdrawEvent<'features' | 'performance' | 'advertising'>) => void; ads?: boolean; withConfig?: typeof config }) {
  return (
    <ConsentProvider config={withConfig} {...(onWithdraw ? { onWithdraw } : {})}>
      <CookieBanner />
      <GoogleAnalytics measurementId="G-WEROOM1" />
      {ads ? <GoogleAds id="AW-12345" /> : null}
      <footer>
        <CookieSettingsButton />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}

const gtagScripts = () => Array.from(document.querySelectorAll<HTMLScriptElement>('script[src^="https://www.googletagmanager.com/"]'));

afterEach(() => {
  delete (window as { dataLayer?: unknown }).dataLayer;
  for (const script of Array.from(document.querySelectorAll('script'))) script.remove();
});

describe('Google tags before consent (basic mode, CM-5)', () => {
  it('add no script and send nothing to Google but the denied default (EU-1)', () => {
    const timeline = recordTimeline();
    runInNewContext(consentModeScript(config), window);
    render(<Site />);
    expect(gtagScripts()).toEqual([]);
    expect(timeline.filter((line) => !line.startsWith('delete'))).toEqual([
      'gtag consent default {"ad_storage":"denied","ad_user_data":"denied","ad_personalization":"denied","analytics_storage":"denied","functionality_storage":"granted","personalization_storage":"denied","security_storage":"granted"}',
    ]);
  });
});

describe('Google tags after "Accept all"', () => {
  it('load gtag.js once, after the consent default and update, then js and a config per tag (CM-2)', async () => {
    const timeline = recordTimeline();
    runInNewContext(consentModeScript(config), window);
    render(<Site />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(gtagScripts().map((script) => script.src)).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-WEROOM1']);
    const commands = timeline.map((line) => line.replace(/^(gtag consent \w+) .*$/, '$1').replace(/^gtag js .*$/, 'gtag js'));
    expect(commands).toEqual([
      'gtag consent default',
      'gtag consent update',
      'push {"event":"consent_update"}',
      'gtag js',
      'gtag config G-WEROOM1',
      'gtag config AW-12345',
    ]);
    expect(timeline.find((line) => line.startsWith('gtag consent update'))).toContain('"analytics_storage":"granted"');
  });

  it('load Analytics alone when only performance is granted', async () => {
    recordTimeline();
    const user = userEvent.setup();
    render(<Site />);
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    await screen.findByRole('dialog', { name: 'Cookie preferences' });
    await user.click(screen.getByRole('switch', { name: 'Analytics' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(gtagScripts()).toHaveLength(1);
    const layer = (window as unknown as { dataLayer: IArguments[] }).dataLayer;
    const configured = layer.filter((entry) => entry[0] === 'config').map((entry) => entry[1]);
    expect(configured).toEqual(['G-WEROOM1']);
  });
});

describe('advanced mode (CM-5), when the site opts in', () => {
  it('loads the tag before any choice, with everything optional denied', () => {
    recordTimeline();
    render(<Site withConfig={defineConsentConfig({ ...config, consentMode: { mode: 'advanced' } })} />);
    expect(gtagScripts()).toHaveLength(1);
    const layer = (window as unknown as { dataLayer: IArguments[] }).dataLayer;
    expect(Array.from(layer[0]!)).toEqual(['consent', 'default', expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied' })]);
  });
});

describe('withdrawing from the footer link (CLR-1)', () => {
  it('tells Google first, then deletes the cookies on every domain, then tells the app', async () => {
    const user = userEvent.setup();
    const onWithdraw = vi.fn();
    const timeline = recordTimeline();
    render(<Site onWithdraw={onWithdraw} />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    // What the tags would have set, on the host and on the parent domain.
    document.cookie = '_ga=GA1.1.1; Path=/';
    document.cookie = '_ga=GA1.1.2; Path=/; Domain=.weroom.example.co.uk';
    document.cookie = '_ga_XYZ=GS1.1; Path=/; Domain=.weroom.example.co.uk';
    document.cookie = '_gcl_au=1.1; Path=/';
    timeline.length = 0;
    onWithdraw.mockImplementation(() => timeline.push('onWithdraw'));

    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject all' }));

    expect(timeline[0]).toMatch(/^gtag consent update .*"ad_storage":"denied".*"analytics_storage":"denied"/);
    expect(timeline[1]).toBe('push {"event":"consent_update"}');
    const deletions = timeline.filter((line) => line.startsWith('delete'));
    expect(timeline.indexOf(deletions[0]!)).toBeGreaterThan(1);
    expect(deletions).toEqual(
      expect.arrayContaining(['delete _ga', 'delete _ga @www.weroom.example.co.uk', 'delete _ga @weroom.example.co.uk', 'delete _ga_XYZ @weroom.example.co.uk', 'delete _gcl_au']),
    );
    expect(timeline.at(-1)).toBe('onWithdraw');
    expect(Object.keys(pageCookies())).toEqual(['cookie_consent']);
    expect(onWithdraw).toHaveBeenCalledWith({
      categories: ['performance', 'advertising'],
      deletedCookies: expect.arrayContaining(['_ga', '_ga_XYZ', '_gcl_au']),
      reload: expect.any(Function),
    });
  });
});

describe('withdrawing when the config has no consentMode', () => {
  it('still tells Google, since its tag heard the grant from the library', async () => {
    const user = userEvent.setup();
    const timeline = recordTimeline();
    const { consentMode: _, ...withoutConsentMode } = config;
    render(<Site withConfig={withoutConsentMode as typeof config} />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(timeline.filter((line) => line.startsWith('gtag consent update')).at(-1)).toContain('"analytics_storage":"granted"');
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject all' }));
    expect(timeline.filter((line) => line.startsWith('gtag consent update')).at(-1)).toContain('"analytics_storage":"denied"');
  });

  it('pushes nothing to a data layer when no Google tag ever ran', async () => {
    const { consentMode: _, ...withoutConsentMode } = config;
    render(
      <ConsentProvider config={withoutConsentMode as typeof config}>
        <CookieBanner />
      </ConsentProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect((window as { dataLayer?: unknown }).dataLayer).toBeUndefined();
  });
});

describe('keeping the policy true', () => {
  it('warns in development when its category does not declare the tag’s cookies', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bare = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: { cookies: googleAdsCookies } } });
    render(<Site withConfig={bare} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('The "performance" category does not declare the _ga cookie'));
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('"advertising" category'));
  });

  it('warns in development about a cookie on the page that no category declares, naming it once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.cookie = 'mystery_tracker=1; Path=/';
    document.cookie = '_ga=GA1.1; Path=/';
    render(<Site />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    const messages = warn.mock.calls.map(([message]) => String(message));
    expect(messages.filter((message) => message.includes('"mystery_tracker"'))).toHaveLength(1);
    expect(messages.some((message) => message.includes('"_ga"') || message.includes('"cookie_consent"'))).toBe(false);
  });

  it('stays silent in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.cookie = 'mystery_tracker=1; Path=/';
    render(<Site withConfig={defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} } })} />);
    expect(warn).not.toHaveBeenCalled();
    vi.unstubAllEnvs();
  });
});
