import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConsentGate, ConsentProvider, CookieSettingsButton, PreferencesDialog, recordConsent, useConsent } from '@weroom/cookie-consent';
import { axeViolations, weroomConfig } from '../helpers';

function Map() {
  return <iframe title="Our office on the map" src="https://maps.example/embed?q=weroom" />;
}

function AdsState() {
  return <p>advertising: {useConsent('advertising') ? 'on' : 'off'}</p>;
}

function Page({ locale, onDecision = () => {} }: { locale?: string; onDecision?: (record: unknown) => void }) {
  return (
    <ConsentProvider config={weroomConfig} features={[recordConsent({ onDecision })]} {...(locale ? { locale } : {})}>
      <main>
        <ConsentGate category="performance">
          <Map />
        </ConsentGate>
        <AdsState />
      </main>
      <footer>
        <CookieSettingsButton />
      </footer>
      <PreferencesDialog />
    </ConsentProvider>
  );
}

describe('given the content’s category is not granted', () => {
  it('renders no iframe at all, and says which category the content needs', () => {
    const { container } = render(<Page />);
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByText('This content is shown only with your consent to “Analytics”, since it sets cookies of that category.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Allow “Analytics”' })).toBeTruthy();
  });

  it('grants that category alone on "Allow", recorded as a choice per category from the embed', async () => {
    const onDecision = vi.fn();
    render(<Page onDecision={onDecision} />);
    await userEvent.click(screen.getByRole('button', { name: 'Allow “Analytics”' }));
    expect(screen.getByTitle('Our office on the map')).toBeTruthy();
    expect(screen.getByText('advertising: off')).toBeTruthy();
    expect(onDecision).toHaveBeenCalledWith(
      expect.objectContaining({ method: 'custom', surface: 'embed', choices: { features: true, performance: true, advertising: false } }),
    );
  });

  it('opens the preferences from its settings button', async () => {
    render(<Page />);
    await userEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Cookie settings' }));
    expect(await screen.findByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
  });

  it('shows a fallback of the app’s own instead, when given one', () => {
    render(
      <ConsentProvider config={weroomConfig}>
        <ConsentGate category="advertising" fallback={<p>Ads are off.</p>}>
          <img alt="" src="https://ads.example/pixel.gif" />
        </ConsentGate>
      </ConsentProvider>,
    );
    expect(screen.getByText('Ads are off.')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('speaks French and passes axe', async () => {
    render(<Page locale="fr" />);
    expect(within(screen.getByRole('main')).getByRole('button', { name: 'Autoriser «\u00a0Mesure d’audience\u00a0»' })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('when the category is withdrawn', () => {
  it('removes the content again', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Allow “Analytics”' }));
    expect(screen.getByTitle('Our office on the map')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    await user.click(within(dialog).getByRole('switch', { name: 'Analytics' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
    expect(screen.queryByTitle('Our office on the map')).toBeNull();
    expect(screen.getByRole('button', { name: 'Allow “Analytics”' })).toBeTruthy();
  });
});
