import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConsentGate,
  ConsentProvider,
  CookieBanner,
  CookiePolicy,
  PreferencesDialog,
  defineConsentConfig,
  loadLocaleTexts,
  recordConsent,
  type ConsentLocale,
  type ConsentRecord,
} from '@weroom/cookie-consent';
import { googleAnalyticsCookies } from '@weroom/cookie-consent/server';
import fr from '@weroom/cookie-consent/locales/fr';
import { axeViolations } from '../helpers';

// Every language module the package ships, with English's own.
// jsdom's import.meta.url is not a file address: the suite runs from the repository's root.
const folder = join(process.cwd(), 'src/locales');
const codes = readdirSync(folder).filter((file) => /^[a-z]{2,3}\.ts$/.test(file)).map((file) => file.slice(0, -3));
const modules = await Promise.all(codes.map(async (code) => ((await import(`../../src/locales/${code}.ts`)) as { default: ConsentLocale }).default));

const config = defineConsentConfig({
  revision: 7,
  locales: modules.filter((module) => module.code !== 'en'),
  categories: { features: { required: true }, performance: { cookies: googleAnalyticsCookies }, advertising: {} },
});

afterEach(() => {
  document.documentElement.lang = '';
});

describe.each(modules)('the interface in $code', (module) => {
  it('shows every layer in that language, marked with its lang and direction, and passes axe (I18N-1, I18N-4)', async () => {
    const more = await loadLocaleTexts(module);
    const user = userEvent.setup();
    render(
      <ConsentProvider config={config} locale={module.code}>
        <CookieBanner policyHref="/cookies" />
        <main>
          <ConsentGate category="advertising">
            <p>map</p>
          </ConsentGate>
          <CookiePolicy />
        </main>
        <PreferencesDialog />
      </ConsentProvider>,
    );
    const banner = screen.getByRole('region', { name: module.texts.banner.label });
    expect(banner.getAttribute('lang')).toBe(module.code);
    expect(banner.getAttribute('dir')).toBe(module.dir ?? 'ltr');
    expect(within(banner).getByRole('heading', { name: module.texts.banner.title })).toBeTruthy();
    const policy = document.querySelector('[data-consent-policy]')!;
    expect(policy.getAttribute('lang')).toBe(module.code);
    // The built-in purposes and a duration formatted for the language (Intl).
    expect(policy.textContent).toContain(more.purposes.gaClientId);
    expect(policy.textContent).toContain(new Intl.NumberFormat(module.code, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(2));
    expect(policy.textContent).toContain(more.policy.changes.replace('{revision}', '7'));
    await user.click(within(banner).getByRole('button', { name: module.texts.banner.customize }));
    const dialog = await screen.findByRole('dialog', { name: more.preferences.title });
    expect(dialog.getAttribute('lang')).toBe(module.code);
    expect(within(dialog).getByRole('switch', { name: module.texts.categories.performance.title })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('a page in a language the site does not ship', () => {
  it('shows the fallback marked with its own lang, warns once in development naming the module, and records the language shown (WCAG 3.1.2, REC-1)', async () => {
    document.documentElement.lang = 'de';
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'de']);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const records: ConsentRecord[] = [];
    render(
      <ConsentProvider config={defineConsentConfig({ ...config, locales: [fr] })} features={[recordConsent({ onDecision: (record) => void records.push(record) })]}>
        <CookieBanner />
      </ConsentProvider>,
    );
    const banner = screen.getByRole('region', { name: 'Consentement aux cookies' });
    expect(banner.getAttribute('lang')).toBe('fr');
    const warnings = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes("page's language"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("import de from '@weroom/cookie-consent/locales/de'");
    await userEvent.click(within(banner).getByRole('button', { name: 'Tout refuser' }));
    expect(records[0]?.locale).toBe('fr');
  });

  it('warns in development when texts of such a language are given only in part, listing the missing keys', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ConsentProvider config={defineConsentConfig({ ...config, locales: [], texts: { de: { banner: { title: 'Wir verwenden Cookies' } } } })}>
        <CookieBanner />
      </ConsentProvider>,
    );
    const message = warn.mock.calls.map(([text]) => String(text)).find((text) => text.includes('texts.de'));
    expect(message).toContain('banner.acceptAll');
    expect(message).toContain('preferences.title');
    expect(message).not.toContain('banner.title,');
  });

  it('speaks a language the site gives texts for without a module, in its own direction', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.documentElement.lang = 'he';
    render(
      <ConsentProvider config={defineConsentConfig({ ...config, locales: [], texts: { he: { banner: { label: 'הסכמה לעוגיות', title: 'אנחנו משתמשים בעוגיות' } } } })}>
        <CookieBanner />
      </ConsentProvider>,
    );
    const banner = screen.getByRole('region', { name: 'הסכמה לעוגיות' });
    expect(banner.getAttribute('lang')).toBe('he');
    expect(banner.getAttribute('dir')).toBe('rtl');
    expect(within(banner).getByRole('heading', { name: 'אנחנו משתמשים בעוגיות' })).toBeTruthy();
  });

  it('follows a change of the provider’s locale', async () => {
    const { rerender } = render(
      <ConsentProvider config={config} locale="fi">
        <CookieBanner />
      </ConsentProvider>,
    );
    const fi = modules.find((module) => module.code === 'fi')!;
    expect(screen.getByRole('button', { name: fi.texts.banner.acceptAll })).toBeTruthy();
    await act(async () =>
      rerender(
        <ConsentProvider config={config} locale="el">
          <CookieBanner />
        </ConsentProvider>,
      ),
    );
    const el = modules.find((module) => module.code === 'el')!;
    expect(screen.getByRole('button', { name: el.texts.banner.acceptAll })).toBeTruthy();
  });
});
