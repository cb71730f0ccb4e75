import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentProvider, CookieBanner, CookiePolicy, GoogleMapsEmbed, PreferencesDialog, VimeoEmbed, YouTubeEmbed, defineConsentConfig } from '@weroom/cookie-consent';
import { metaPixel, youtube } from '@weroom/cookie-consent/services';
import { axeViolations, clearPageCookies } from '../helpers';

const config = defineConsentConfig({
  revision: 1,
  categories: { features: { required: true }, performance: {}, advertising: {} },
  services: [youtube(), metaPixel({ pixelId: '42' })],
});

afterEach(() => {
  clearPageCookies();
  delete (window as unknown as Record<string, unknown>).fbq;
  delete (window as unknown as Record<string, unknown>)._fbq;
});

describe('an embed of a service (SVC-4)', () => {
  it('shows a placeholder naming the service and its company, linking its privacy policy, until its category is allowed', async () => {
    const { container } = render(
      <ConsentProvider config={config}>
        <main>
          <YouTubeEmbed videoId="dQw4w9WgXcQ" title="Weroom, a tour" />
        </main>
      </ConsentProvider>,
    );
    const main = screen.getByRole('main');
    expect(container.querySelector('iframe')).toBeNull();
    expect(main.textContent).toContain('Google Ireland Limited');
    expect(within(main).getByRole('link', { name: 'YouTube' }).getAttribute('href')).toBe('https://policies.google.com/privacy');
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(main).getByRole('button', { name: 'Allow “Advertising”' }));
    const frame = container.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frame.getAttribute('title')).toBe('Weroom, a tour');
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('allow')).toContain('encrypted-media');
  });

  it('asks Vimeo not to track (dnt=1), and loads only Google’s own map addresses', async () => {
    const { container } = render(
      <ConsentProvider config={config}>
        <VimeoEmbed videoId="76979871" title="A video" category="performance" />
        <GoogleMapsEmbed src="https://www.google.com/maps/embed?pb=!1m14" title="Our office" category="performance" />
        <GoogleMapsEmbed src="https://evil.example/maps/embed" title="Not a map" category="performance" />
      </ConsentProvider>,
    );
    await userEvent.click(screen.getAllByRole('button', { name: 'Allow “Analytics”' })[0]!);
    expect([...container.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src'))).toEqual([
      'https://player.vimeo.com/video/76979871?dnt=1',
      'https://www.google.com/maps/embed?pb=!1m14',
    ]);
  });
});

describe('the services a config lists (SVC-3, GDPR Art. 13(1)(e))', () => {
  it('appear under their category in the dialog and the policy, with their company and privacy policy', async () => {
    const user = userEvent.setup();
    render(
      <ConsentProvider config={config}>
        <CookieBanner />
        <main>
          <CookiePolicy />
        </main>
        <PreferencesDialog />
      </ConsentProvider>,
    );
    const policyList = within(screen.getByRole('main')).getByRole('list', { name: 'Services: Advertising' });
    expect(within(policyList).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'YouTube, Google Ireland Limited (Ireland) Privacy policy of YouTube',
      'Meta Pixel, Meta Platforms Ireland Limited (Ireland) Privacy policy of Meta Pixel',
    ]);
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    const list = within(dialog).getByRole('list', { name: 'Services: Advertising' });
    expect(within(list).getByRole('link', { name: 'Privacy policy of Meta Pixel' }).getAttribute('href')).toBe('https://www.facebook.com/privacy/policy/');
    // Meta's cookies joined the category's table.
    expect(within(dialog).getByRole('table', { name: 'Cookies: Advertising' }).textContent).toContain('_fbp');
    expect(await axeViolations()).toEqual([]);
  });
});
