import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConsentProvider, CookiePolicy, CookieSettingsButton, PreferencesDialog, defineConsentConfig } from '@weroom/cookie-consent';
import { axeViolations, weroomConfig } from '../helpers';

function PolicyPage({ locale, config = weroomConfig }: { locale?: string; config?: typeof weroomConfig }) {
  return (
    <ConsentProvider config={config} {...(locale ? { locale } : {})}>
      <main>
        <h1>The use of cookies</h1>
        <CookiePolicy />
      </main>
      <PreferencesDialog />
    </ConsentProvider>
  );
}

const headings = (level: number) => screen.getAllByRole('heading', { level }).map((heading) => heading.textContent);

describe('the cookie policy page', () => {
  it('explains cookies, each category, how to manage them, how changes are announced and the current choice', () => {
    render(<PolicyPage />);
    expect(headings(2)).toEqual(['What is a cookie?', 'How we use cookies', 'How to manage your cookies', 'Changes to this policy', 'Your choice']);
    expect(headings(3)).toEqual(['Necessary', 'Analytics', 'Advertising']);
  });

  it('lists every declared cookie under its category, from the same config the banner uses', () => {
    render(<PolicyPage />);
    expect(screen.getByRole('table', { name: 'Cookies: Necessary' }).textContent).toContain('weroom_session');
    expect(within(screen.getByRole('table', { name: 'Cookies: Advertising' })).getByText('_gcl_*')).toBeTruthy();
  });

  it('gives the policy revision in the section on changes', () => {
    render(<PolicyPage config={defineConsentConfig({ ...weroomConfig, revision: '2026-11' })} />);
    expect(screen.getByText(/This is version 2026-11 of the policy\./)).toBeTruthy();
  });

  it('says that nothing was chosen yet, then shows the choice with its date once made', async () => {
    const user = userEvent.setup();
    render(<PolicyPage />);
    expect(screen.getByText('You have not chosen yet. Only the cookies the site needs are in use.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Change your cookie settings' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Cookie preferences' })).getByRole('switch', { name: 'Analytics' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    const choice = screen.getByRole('list');
    expect(within(choice).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Necessary: Allowed',
      'Analytics: Allowed',
      'Advertising: Not allowed',
    ]);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(screen.getByText(`You chose on ${today}.`)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change your cookie settings' }));
  });

  it('is published in French too, once the French module’s second layer has loaded', async () => {
    render(<PolicyPage locale="fr" />);
    await screen.findByRole('heading', { name: /^Qu’est-ce qu’un cookie\s\?$/ });
    expect(headings(2)).toEqual([
      'Qu’est-ce qu’un cookie\u00a0?',
      'Comment nous utilisons les cookies',
      'Comment gérer vos cookies',
      'Modifications de cette politique',
      'Votre choix',
    ]);
    expect(screen.getByRole('button', { name: 'Modifier les paramètres des cookies' })).toBeTruthy();
  });

  it('passes axe', async () => {
    render(<PolicyPage />);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the cookie settings button', () => {
  it('opens the preferences, unless the app’s own handler prevents it', async () => {
    const user = userEvent.setup();
    let allow = false;
    render(
      <ConsentProvider config={weroomConfig}>
        <CookieSettingsButton className="footer-link" onClick={(event) => !allow && event.preventDefault()} />
        <PreferencesDialog />
      </ConsentProvider>,
    );
    const button = screen.getByRole('button', { name: 'Cookie settings' });
    expect(button.className).toBe('footer-link');
    await user.click(button);
    expect(screen.queryByRole('dialog')).toBeNull();
    allow = true;
    await user.click(button);
    expect(await screen.findByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
  });
});
