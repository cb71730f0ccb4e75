import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConsentProvider,
  CookieBanner,
  CookieSettingsButton,
  PreferencesDialog,
  recordConsent,
  type ConsentRecord,
} from '@weroom/cookie-consent';
import { axeViolations, pageCookies, weroomConfig } from '../helpers';

type Category = 'features' | 'performance' | 'advertising';

function Site({ locale, onDecision }: { locale?: string; onDecision?: (record: ConsentRecord<Category>) => void }) {
  return (
    <ConsentProvider config={weroomConfig} {...(locale ? { locale } : {})} {...(onDecision ? { features: [recordConsent({ onDecision })] } : {})}>
      <CookieBanner />
      <main>
        <h1>Weroom</h1>
      </main>
      <footer>
        <CookieSettingsButton />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}

const dialog = () => screen.getByRole('dialog', { name: 'Cookie preferences' });
const switchFor = (name: string) => within(dialog()).getByRole('switch', { name });

async function openFromBanner(user = userEvent.setup()) {
  await user.click(screen.getByRole('button', { name: 'Customize' }));
  await screen.findByRole('dialog', { name: 'Cookie preferences' });
  return user;
}

afterEach(() => {
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

describe('when "Customize" is pressed in the banner', () => {
  it('opens a dialog titled "Cookie preferences" and moves focus into it (A11Y-1)', async () => {
    render(<Site />);
    await openFromBanner();
    expect(dialog().contains(document.activeElement)).toBe(true);
    expect(within(dialog()).getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('shows each category with a switch named by its title and described by its purpose (A11Y-4, EU-9)', async () => {
    render(<Site />);
    await openFromBanner();
    expect(within(dialog()).getAllByRole<HTMLInputElement>('switch').map((element) => element.checked)).toEqual([true, false, false]);
    const performance = switchFor('Analytics');
    expect(performance.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(performance.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Count visits and show how the site is used',
    );
  });

  it('starts every optional category off (EU-3)', async () => {
    render(<Site />);
    await openFromBanner();
    expect((switchFor('Analytics') as HTMLInputElement).checked).toBe(false);
    expect((switchFor('Advertising') as HTMLInputElement).checked).toBe(false);
  });

  it('shows the required category as "Always active", a switch that cannot be turned off (A11Y-4)', async () => {
    render(<Site />);
    const user = await openFromBanner();
    const features = switchFor('Necessary');
    expect(within(features.closest('section')!).getByText('Always active')).toBeTruthy();
    expect((features as HTMLInputElement).checked).toBe(true);
    expect(features.hasAttribute('disabled')).toBe(true);
    await user.click(features);
    expect((features as HTMLInputElement).checked).toBe(true);
  });

  it('lists each category’s cookies with provider, purpose and duration (EU-9)', async () => {
    render(<Site />);
    await openFromBanner();
    const table = within(dialog()).getByRole('table', { name: 'Cookies: Analytics' });
    const rows = within(table).getAllByRole('row').map((row) => [...within(row).queryAllByRole('columnheader'), ...within(row).queryAllByRole('cell')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Cookie', 'Set by', 'Purpose', 'Duration'],
      ['_ga', 'Google', 'Google Analytics', '2 years'],
      ['_ga_*', 'Google', 'Google Analytics', '2 years'],
    ]);
  });

  it('records the switches as they are on "Save preferences", then closes', async () => {
    const onDecision = vi.fn();
    render(<Site onDecision={onDecision} />);
    const user = await openFromBanner();
    await user.click(switchFor('Analytics'));
    expect((switchFor('Analytics') as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog()).getByRole('button', { name: 'Save preferences' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    expect(onDecision).toHaveBeenCalledWith(
      expect.objectContaining({ method: 'custom', surface: 'preferences', choices: { features: true, performance: true, advertising: false } }),
    );
    expect(screen.getByRole('status').textContent).toBe('Your cookie preferences are saved.');
  });

  it('gives focus to the main content after saving, since "Customize" is gone with the banner', async () => {
    render(<Site />);
    const user = await openFromBanner();
    await user.click(within(dialog()).getByRole('button', { name: 'Reject all' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('offers "Accept all", "Reject all" and "Save preferences" alike', async () => {
    render(<Site />);
    await openFromBanner();
    const buttons = within(dialog()).getAllByRole('button').filter((button) => button.getAttribute('data-consent-button'));
    expect(buttons.map((button) => button.textContent)).toEqual(['Accept all', 'Reject all', 'Save preferences']);
    expect(new Set(buttons.map((button) => button.parentElement))).toHaveProperty('size', 1);
  });

  it('passes axe', async () => {
    render(<Site />);
    await openFromBanner();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('when the dialog is closed without a choice', () => {
  it('records nothing on Escape and gives focus back to "Customize" (A11Y-1)', async () => {
    const onDecision = vi.fn();
    render(<Site onDecision={onDecision} />);
    const user = await openFromBanner();
    await user.click(switchFor('Analytics'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onDecision).not.toHaveBeenCalled();
    expect(pageCookies()).toEqual({});
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Customize' }));
  });

  it('records nothing on the close button', async () => {
    const onDecision = vi.fn();
    render(<Site onDecision={onDecision} />);
    const user = await openFromBanner();
    await user.click(within(dialog()).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onDecision).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
  });

  it('keeps Tab inside while open (A11Y-1)', async () => {
    render(<Site />);
    const user = await openFromBanner();
    for (let step = 0; step < 12; step++) {
      await user.tab();
      expect(dialog().contains(document.activeElement)).toBe(true);
    }
  });
});

describe('given a decision, reopened from the settings button (EU-8)', () => {
  it('shows the switches as decided and lets the person withdraw in as few clicks', async () => {
    const onDecision = vi.fn();
    const user = userEvent.setup();
    render(<Site onDecision={onDecision} />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await screen.findByRole('dialog', { name: 'Cookie preferences' });
    expect((switchFor('Analytics') as HTMLInputElement).checked).toBe(true);
    expect((switchFor('Advertising') as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog()).getByRole('button', { name: 'Reject all' }));
    expect(onDecision).toHaveBeenLastCalledWith(expect.objectContaining({ method: 'reject-all', surface: 'preferences' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cookie settings' }));
  });

  it('records turning one category off as a withdrawal', async () => {
    const onDecision = vi.fn();
    const user = userEvent.setup();
    render(<Site onDecision={onDecision} />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await screen.findByRole('dialog', { name: 'Cookie preferences' });
    await user.click(switchFor('Advertising'));
    await user.click(within(dialog()).getByRole('button', { name: 'Save preferences' }));
    expect(onDecision).toHaveBeenLastCalledWith(
      expect.objectContaining({ method: 'withdraw', choices: { features: true, performance: true, advertising: false } }),
    );
  });
});

describe('given Global Privacy Control (GPC-1)', () => {
  it('says that the signal holds advertising off, and lets an explicit opt-in override it', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const user = userEvent.setup();
    render(<Site />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await screen.findByRole('dialog', { name: 'Cookie preferences' });
    const advertising = switchFor('Advertising');
    expect((advertising as HTMLInputElement).checked).toBe(false);
    expect(document.getElementById(advertising.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Off because your browser sends a Global Privacy Control signal.',
    );
    await user.click(advertising);
    await user.click(within(dialog()).getByRole('button', { name: 'Save preferences' }));
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await screen.findByRole('dialog', { name: 'Cookie preferences' });
    expect((switchFor('Advertising') as HTMLInputElement).checked).toBe(true);
  });
});

describe('in French', () => {
  it('speaks French throughout', async () => {
    const user = userEvent.setup();
    render(<Site locale="fr" />);
    await user.click(screen.getByRole('button', { name: 'Personnaliser' }));
    const french = await screen.findByRole('dialog', { name: 'Préférences de cookies' });
    expect(within(french).getByRole('switch', { name: 'Mesure d’audience' })).toBeTruthy();
    expect(within(french).getByText('Toujours actifs')).toBeTruthy();
    expect(within(french).getByRole('button', { name: 'Enregistrer mes choix' })).toBeTruthy();
    expect(within(french).getByRole('button', { name: 'Fermer' })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });
});
