import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConsentProvider,
  CookieBanner,
  CookieSettingsButton,
  OptOutLink,
  PreferencesDialog,
  createMemoryStorage,
  defineConsentConfig,
  jurisdiction,
  loadLocaleTexts,
  useConsent,
  type ConsentLocale,
  type CookieBannerProps,
} from '@weroom/cookie-consent';
import { readConsent } from '@weroom/cookie-consent/server';
import { REGIME_PRESETS } from '@weroom/cookie-consent/jurisdictions';
import { axeViolations, weroomConfig } from '../helpers';

const config = defineConsentConfig({
  ...weroomConfig,
  categories: { ...weroomConfig.categories, performance: { ...weroomConfig.categories.performance, grantedByDefault: true } },
  jurisdictions: { regimes: REGIME_PRESETS, default: 'none' },
});

function Ads() {
  return <p>ads: {useConsent('advertising') ? 'on' : 'off'}</p>;
}

function Site({ place, gpc = false, layout }: { place: string | null; gpc?: boolean; layout?: CookieBannerProps['layout'] }) {
  return (
    <ConsentProvider config={config} features={[jurisdiction(place)]} globalPrivacyControl={gpc} storage={createMemoryStorage()} locale="en">
      <CookieBanner policyHref="/cookies" {...(layout ? { layout } : {})} />
      <main>
        <Ads />
      </main>
      <footer>
        <CookieSettingsButton />
        <OptOutLink />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}

const notice = () => screen.getByRole('region', { name: 'Your privacy choices' });
const OPT_OUT_LINK = 'Do Not Sell or Share My Personal Information';

afterEach(() => cleanup());

describe('under opt-out (a visitor from California)', () => {
  it('shows a notice, not the consent banner, with the opt-out control and a way to close it, and runs advertising meanwhile (JUR-2)', async () => {
    render(<Site place="US-CA" />);
    const region = notice();
    expect(within(region).getByRole('heading', { name: 'Your privacy choices' })).toBeTruthy();
    expect(region.textContent).toContain('count as a sale or sharing of your personal information');
    expect(within(region).getByRole('button', { name: OPT_OUT_LINK })).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Accept all' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    expect(screen.getByText('ads: on')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('has the opt-out link in the footer on every page, even once the notice is closed (JUR-2)', async () => {
    const user = userEvent.setup();
    render(<Site place="US-CA" />);
    await user.click(within(notice()).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Your privacy choices' })).toBeNull();
    expect(within(screen.getByRole('contentinfo')).getByRole('button', { name: OPT_OUT_LINK })).toBeTruthy();
    expect(screen.getByText('ads: on')).toBeTruthy();
  });

  it('opts out in two clicks, as easily as anything else, and says so (JUR-2)', async () => {
    const user = userEvent.setup();
    render(<Site place="US-CA" />);
    await user.click(within(notice()).getByRole('button', { name: OPT_OUT_LINK }));
    const dialog = await screen.findByRole('dialog', { name: 'Your privacy choices' });
    expect(dialog.textContent).toContain('Some cookies run until you opt out');
    expect(within(dialog).getByRole('switch', { name: 'Advertising' })).toHaveProperty('checked', true);
    expect(within(dialog).queryByRole('button', { name: 'Accept all' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Opt out of the sale or sharing of my personal information' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('ads: off')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('You have opted out of the sale or sharing of your personal information.');
    expect(screen.queryByRole('region', { name: 'Your privacy choices' })).toBeNull();
  });

  it('says that the Global Privacy Control opt-out is honored, in the notice and in the dialog, with advertising off (GPC-1, JUR-2)', async () => {
    const user = userEvent.setup();
    render(<Site place="US-CA" gpc />);
    expect(notice().textContent).toContain('Opt-out request honored');
    expect(screen.getByText('ads: off')).toBeTruthy();
    await user.click(within(screen.getByRole('contentinfo')).getByRole('button', { name: OPT_OUT_LINK }));
    const dialog = await screen.findByRole('dialog', { name: 'Your privacy choices' });
    expect(dialog.textContent).toContain('Opt-out request honored');
    expect(within(dialog).getByRole('switch', { name: 'Advertising' })).toHaveProperty('checked', false);
  });

  it('never blocks the page, even with layout="modal"', () => {
    render(<Site place="US-CA" layout="modal" />);
    expect(notice().tagName).toBe('SECTION');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('the opt-out parts for utility-class CSS, and the link everywhere', () => {
  it('puts the given classes on the notice’s and the dialog’s opt-out controls', async () => {
    const user = userEvent.setup();
    render(
      <ConsentProvider config={config} features={[jurisdiction('US-CA')]} storage={createMemoryStorage()} locale="en">
        <CookieBanner classNames={{ button: 'btn', optOut: 'btn-link', dismiss: 'btn-ghost' }} />
        <PreferencesDialog classNames={{ button: 'btn', optOut: 'btn-danger' }} />
      </ConsentProvider>,
    );
    expect(within(notice()).getByRole('button', { name: OPT_OUT_LINK }).className).toBe('btn btn-link');
    expect(within(notice()).getByRole('button', { name: 'Close' }).className).toBe('btn btn-ghost');
    await user.click(within(notice()).getByRole('button', { name: OPT_OUT_LINK }));
    const dialog = await screen.findByRole('dialog', { name: 'Your privacy choices' });
    expect(within(dialog).getByRole('button', { name: 'Opt out of the sale or sharing of my personal information' }).className).toBe('btn btn-danger');
  });

  it('shows the opt-out link under another regime when the site says always', () => {
    render(
      <ConsentProvider config={config} features={[jurisdiction('FR')]} storage={createMemoryStorage()} locale="en">
        <OptOutLink always />
        <OptOutLink>Your Privacy Choices</OptOutLink>
      </ConsentProvider>,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([OPT_OUT_LINK]);
  });
});

describe('under opt-in (a visitor from France, or from nowhere known)', () => {
  it.each(['FR', null])('shows the consent banner and no opt-out link (%s)', (place) => {
    render(<Site place={place} />);
    expect(screen.getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: OPT_OUT_LINK })).toBeNull();
    expect(screen.getByText('ads: off')).toBeTruthy();
  });
});

describe('under none (a visitor from Japan with this config)', () => {
  it('shows no banner, runs what the config grants by default, and keeps the settings reachable', async () => {
    const user = userEvent.setup();
    render(<Site place="JP" />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('button', { name: OPT_OUT_LINK })).toBeNull();
    expect(screen.getByText('ads: off')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    expect(within(dialog).getByRole('switch', { name: 'Analytics' })).toHaveProperty('checked', true);
  });
});

describe('server HTML by regime, hydrated (SSR)', () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    document.body.innerHTML = '';
  });

  it.each([
    ['US-CA', 'Your privacy choices'],
    ['FR', 'Cookie consent'],
    ['JP', null],
  ])('renders the right first layer for %s on the server, and hydration agrees silently', async (place, regionName) => {
    const initialConsent = readConsent('', config, { jurisdiction: place });
    const element = (
      <ConsentProvider config={config} initialConsent={initialConsent} features={[jurisdiction(place)]} locale="en" storage={createMemoryStorage()}>
        <CookieBanner />
        <OptOutLink />
      </ConsentProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const before = container.querySelector('[data-consent-banner]');
    expect(before?.getAttribute('aria-label') ?? null).toBe(regionName);
    const errors = vi.spyOn(console, 'error');
    await act(async () => {
      root = hydrateRoot(container, element);
    });
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('[data-consent-banner]')).toBe(before);
    errors.mockRestore();
  });
});

// Every language module the package ships.
const folder = join(process.cwd(), 'src/locales');
const codes = readdirSync(folder).filter((file) => /^[a-z]{2,3}\.ts$/.test(file)).map((file) => file.slice(0, -3));
const modules = await Promise.all(codes.map(async (code) => ((await import(`../../src/locales/${code}.ts`)) as { default: ConsentLocale }).default));
const everyLanguage = defineConsentConfig({ ...config, locales: modules.filter((module) => module.code !== 'en') });

describe.each(modules)('the opt-out layer in $code', (module) => {
  it('shows the notice, the link, the GPC message and the dialog in that language, and passes axe (I18N-1)', async () => {
    const more = await loadLocaleTexts(module);
    const user = userEvent.setup();
    render(
      <ConsentProvider config={everyLanguage} features={[jurisdiction('US-CA')]} globalPrivacyControl locale={module.code} storage={createMemoryStorage()}>
        <CookieBanner />
        <footer>
          <OptOutLink />
        </footer>
        <PreferencesDialog />
      </ConsentProvider>,
    );
    const region = screen.getByRole('region', { name: module.texts.optOut.title });
    expect(region.getAttribute('lang')).toBe(module.code);
    expect(region.textContent).toContain(module.texts.optOut.gpcHonored);
    await user.click(within(screen.getByRole('contentinfo')).getByRole('button', { name: module.texts.optOut.link }));
    const dialog = await screen.findByRole('dialog', { name: module.texts.optOut.title });
    expect(within(dialog).getByRole('button', { name: more.preferences.optOut })).toBeTruthy();
    expect(dialog.textContent).toContain(more.preferences.optOutDescription);
    expect(await axeViolations()).toEqual([]);
  });
});
