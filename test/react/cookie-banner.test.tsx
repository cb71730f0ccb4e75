import { cleanup, render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConsentProvider,
  CookieBanner,
  PreferencesDialog,
  defineConsentConfig,
  recordConsent,
  useConsent,
  type CookieBannerProps,
  type ConsentRecord,
} from '@weroom/cookie-consent';
import { axeViolations, clearPageCookies, weroomConfig } from '../helpers';

type Category = 'features' | 'performance' | 'advertising';

function Page({
  config = weroomConfig,
  locale,
  onDecision,
  ...bannerProps
}: CookieBannerProps & { config?: typeof weroomConfig; locale?: string; onDecision?: (record: ConsentRecord<Category>) => void }) {
  return (
    <ConsentProvider config={config} {...(locale ? { locale } : {})} {...(onDecision ? { features: [recordConsent({ onDecision })] } : {})}>
      <CookieBanner policyHref="/cookies" {...bannerProps} />
      <header>
        <a href="/">Weroom</a>
      </header>
      <main>
        <h1>Find your flatmates</h1>
        <button type="button">Create an account</button>
        <Analytics />
      </main>
      <PreferencesDialog />
    </ConsentProvider>
  );
}

function Analytics() {
  return <p>analytics: {useConsent('performance') ? 'on' : 'off'}</p>;
}

const banner = () => screen.getByRole('region', { name: 'Cookie consent' });
const queryBanner = () => screen.queryByRole('region', { name: 'Cookie consent' });

afterEach(() => {
  document.documentElement.removeAttribute('lang');
});

describe('given a first visit', () => {
  it('shows a region named "Cookie consent" with a title, a text and a link to the policy', () => {
    render(<Page />);
    const region = banner();
    expect(within(region).getByRole('heading', { name: 'We use cookies' })).toBeTruthy();
    expect(region.textContent).toContain('Some cookies keep the site working');
    expect(within(region).getByRole('link', { name: 'Read our cookie policy' }).getAttribute('href')).toBe('/cookies');
  });

  it('offers "Accept all", "Reject all" and "Customize" side by side, all alike (EU-2, EU-4/5)', () => {
    render(<Page />);
    const buttons = within(banner()).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Accept all', 'Reject all', 'Customize']);
    const [accept, reject, customize] = buttons;
    for (const button of [reject!, customize!]) {
      expect(button.parentElement).toBe(accept!.parentElement);
      expect(button.className).toBe(accept!.className);
      expect(button.getAttribute('disabled')).toBeNull();
    }
  });

  it('sits before the page content in the document order (A11Y-2)', () => {
    render(<Page />);
    const main = screen.getByRole('main');
    expect(banner().compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('does not trap focus: Tab leaves the banner for the page (A11Y-2)', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.tab();
    expect(document.activeElement).toBe(within(banner()).getByRole('link', { name: 'Read our cookie policy' }));
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(within(banner()).getByRole('button', { name: 'Customize' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Weroom' }));
  });

  it('loads nothing optional while it shows (EU-6)', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('heading', { name: 'Find your flatmates' }));
    expect(screen.getByText('analytics: off')).toBeTruthy();
    expect(queryBanner()).not.toBeNull();
  });

  it('passes axe', async () => {
    render(<Page />);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('when the person chooses in the banner', () => {
  it('hides the banner after "Accept all" and announces it through role="status" (A11Y-2)', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(queryBanner()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('All cookies accepted.');
    expect(screen.getByText('analytics: on')).toBeTruthy();
  });

  it('hides the banner after "Reject all" and announces the refusal', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(queryBanner()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Optional cookies rejected.');
    expect(screen.getByText('analytics: off')).toBeTruthy();
  });

  it('records "Continue without accepting" as a refusal, when it is offered (EU-10)', async () => {
    const onDecision = vi.fn();
    render(<Page continueWithoutAccepting onDecision={onDecision} />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue without accepting' }));
    expect(queryBanner()).toBeNull();
    expect(onDecision).toHaveBeenCalledWith(expect.objectContaining({ method: 'close', surface: 'banner' }));
    expect(onDecision.mock.calls[0]![0].choices).toEqual({ features: true, performance: false, advertising: false });
  });

  it('gives focus back to where it was before the banner was used (keyboard)', async () => {
    const user = userEvent.setup();
    render(<Page />);
    screen.getByRole('button', { name: 'Create an account' }).focus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(banner()).getByRole('button', { name: 'Reject all' }));
    await user.keyboard('{Enter}');
    expect(queryBanner()).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Weroom' }));
  });

  it('moves focus to the start of the main content when nothing was focused before', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('records a hash of the texts it showed: the same banner in another language gives another hash (REC-1)', async () => {
    const hashOf = async (locale: string, accept: string) => {
      const records: ConsentRecord<Category>[] = [];
      const { unmount } = render(<Page locale={locale} onDecision={(record) => void records.push(record)} />);
      await userEvent.click(screen.getByRole('button', { name: accept }));
      unmount();
      clearPageCookies();
      expect(records).toHaveLength(1);
      return records[0]!.shownHash;
    };
    const english = await hashOf('en', 'Accept all');
    expect(await hashOf('en', 'Accept all')).toBe(english);
    expect(await hashOf('fr', 'Tout accepter')).not.toBe(english);
  });

  it('passes axe once decided', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(await axeViolations()).toEqual([]);
  });
});

describe('given a stored decision', () => {
  it('shows no banner and announces nothing on the next visit (EU-11)', async () => {
    const first = render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    first.unmount();
    render(<Page />);
    expect(queryBanner()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('asks again after a policy revision, saying that the policy changed (EU-11)', async () => {
    const first = render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    first.unmount();
    render(<Page config={defineConsentConfig({ ...weroomConfig, revision: 2 })} />);
    expect(banner().textContent).toContain('Our cookie policy has changed since you last chose.');
    expect(screen.getByText('analytics: off')).toBeTruthy();
  });
});

describe('its layouts', () => {
  it('keeps the page scroll padding equal to its height while it shows (A11Y-3)', async () => {
    render(<Page />);
    expect(document.documentElement.hasAttribute('data-consent-banner-shown')).toBe(true);
    expect(document.documentElement.style.getPropertyValue('--consent-banner-block-size')).toMatch(/^\d+px$/);
    await userEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(document.documentElement.hasAttribute('data-consent-banner-shown')).toBe(false);
    expect(document.documentElement.style.getPropertyValue('--consent-banner-block-size')).toBe('');
  });

  it('can be a corner box', () => {
    render(<Page layout="box" />);
    expect(banner().getAttribute('data-layout')).toBe('box');
  });

  it('can be a blocking modal that Escape does not dismiss', async () => {
    render(<Page layout="modal" />);
    const dialog = screen.getByRole('dialog', { name: 'We use cookies' });
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject all' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('passes className and other props to its root, merging rather than replacing', () => {
    render(<Page className="site-banner" data-testid="banner" id="consent" />);
    expect(banner().className).toBe('site-banner');
    expect(banner().id).toBe('consent');
    expect(banner().getAttribute('data-consent-banner')).toBe('');
  });
});

describe('its texts', () => {
  it('speaks French when the provider is told to', () => {
    render(<Page locale="fr" />);
    const region = screen.getByRole('region', { name: 'Consentement aux cookies' });
    expect(within(region).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Tout accepter',
      'Tout refuser',
      'Personnaliser',
    ]);
  });

  it('speaks the language of <html lang> without being told', () => {
    document.documentElement.lang = 'fr-FR';
    render(<Page />);
    expect(screen.getByRole('region', { name: 'Consentement aux cookies' })).toBeTruthy();
  });

  it('speaks the first of the browser’s languages the site ships, when the page does not say (I18N-2)', () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'fr-CA', 'en']);
    const first = render(<Page />);
    expect(screen.getByRole('button', { name: 'Tout accepter' })).toBeTruthy();
    first.unmount();
    languages.mockReturnValue(['de-DE', 'en-GB', 'fr']);
    render(<Page />);
    expect(screen.getByRole('button', { name: 'Accept all' })).toBeTruthy();
  });

  it('falls back to the config’s first language, then English, when nothing the visitor reads is shipped (I18N-2)', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'de']);
    const first = render(<Page />);
    expect(screen.getByRole('button', { name: 'Tout accepter' })).toBeTruthy();
    first.unmount();
    render(<Page config={defineConsentConfig({ ...weroomConfig, locales: [] })} />);
    expect(screen.getByRole('button', { name: 'Accept all' })).toBeTruthy();
  });

  it('shows a hostile string as characters, not markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const config = defineConsentConfig({ ...weroomConfig, texts: { en: { banner: { title: hostile, description: `${hostile} & <b>bold</b>` } } } });
    const { container } = render(<Page config={config} />);
    expect(within(banner()).getByRole('heading', { name: hostile })).toBeTruthy();
    expect(banner().textContent).toContain('<b>bold</b>');
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('makes links of http(s), relative and mailto addresses only, refusing javascript: (and its disguises)', () => {
    const description =
      '[site](https://weroom.example/privacy) [page](/privacy) [mail](mailto:dpo@weroom.example) [bad](javascript:alert(1)) [shouting](JAVASCRIPT:alert(1)) [data](data:text/html,x)';
    const config = defineConsentConfig({ ...weroomConfig, texts: { en: { banner: { description } } } });
    render(<Page config={config} />);
    const links = within(banner()).getAllByRole('link');
    expect(links.map((link) => `${link.textContent} ${link.getAttribute('href')}`)).toEqual([
      'site https://weroom.example/privacy',
      'page /privacy',
      'mail mailto:dpo@weroom.example',
      'Read our cookie policy /cookies',
    ]);
    expect(banner().textContent).toContain('bad');
    expect(banner().textContent).toContain('shouting');
    expect(banner().textContent?.toLowerCase()).not.toContain('javascript:');
  });
});

describe('mistakes a development build points out', () => {
  it('warns once when two banners are mounted in one provider', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <StrictMode>
        <ConsentProvider config={weroomConfig}>
          <CookieBanner />
          <CookieBanner />
        </ConsentProvider>
      </StrictMode>,
    );
    expect(warn.mock.calls.filter(([message]) => String(message).includes('Two <CookieBanner>'))).toHaveLength(1);
  });

  it('warns once that a javascript: policy address makes no link, and shows none', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <StrictMode>
        <ConsentProvider config={weroomConfig}>
          <CookieBanner policyHref="javascript:alert(1)" />
        </ConsentProvider>
      </StrictMode>,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn.mock.calls.filter(([message]) => String(message).includes('policyHref="javascript:alert(1)"'))).toHaveLength(1);
  });

  it('says nothing of one banner with a safe address, nor in a production build', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ConsentProvider config={weroomConfig}>
        <CookieBanner policyHref="/cookies" />
      </ConsentProvider>,
    );
    cleanup();
    vi.stubEnv('NODE_ENV', 'production');
    try {
      render(
        <ConsentProvider config={weroomConfig}>
          <CookieBanner />
          <CookieBanner policyHref="javascript:alert(1)" />
        </ConsentProvider>,
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
