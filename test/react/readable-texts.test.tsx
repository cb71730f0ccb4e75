import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConsentProvider, CookiePolicy, VimeoEmbed, YouTubeEmbed, defineConsentConfig } from '@weroom/cookie-consent';
import { fillText } from '../../src/core/texts';
import {
  crisp,
  googleAds,
  googleAnalytics,
  googleMaps,
  googleTagManager,
  hotjar,
  hubspot,
  intercom,
  linkedinInsight,
  matomo,
  metaPixel,
  microsoftClarity,
  microsoftUet,
  mixpanel,
  pinterestTag,
  plausible,
  posthog,
  redditPixel,
  snapPixel,
  tiktokPixel,
  vimeo,
  xPixel,
  youtube,
} from '@weroom/cookie-consent/services';
import { cookieNameLabel } from '../../src/react/cookie-table';

describe('cookie names as people read them (EU-9)', () => {
  it.each([
    [/^_ga_/, '_ga_*'],
    [/^_pk_id\./, '_pk_id.*'],
    [/^_gat/, '_gat*'],
    [/^weroom_session$/, 'weroom_session'],
    [/^_ga_[A-Z0-9]+$/, '_ga_*'],
    [/^_hj(Session|SessionUser)_\d+$/, '_hj*_*'],
    [/^a_|^b_/, 'a_*, b_*'],
    [/session/, '*session*'],
    [/^price\$$/, 'price$'],
  ])('shows %s as %s', (pattern, label) => {
    expect(cookieNameLabel(pattern)).toBe(label);
  });

  it('shows no pattern syntax in the tables of any service of the catalogue', async () => {
    const config = defineConsentConfig({
      revision: 1,
      categories: { features: { required: true }, performance: {}, advertising: {}, support: {} },
      services: [
        googleAnalytics({ measurementId: 'G-TEST123' }),
        googleAds({ id: 'AW-123' }),
        googleTagManager({ containerId: 'GTM-TEST' }),
        matomo({ url: 'https://example.matomo.cloud/', siteId: '1' }),
        plausible({ domain: 'example.com' }),
        posthog({ apiKey: 'phc_test' }),
        microsoftClarity({ projectId: 'abc123' }),
        hotjar({ siteId: 1234 }),
        mixpanel({ token: 'tok' }),
        metaPixel({ pixelId: '1234567890' }),
        tiktokPixel({ pixelId: 'TT123' }),
        linkedinInsight({ partnerId: '123' }),
        microsoftUet({ tagId: '123' }),
        pinterestTag({ tagId: '123' }),
        xPixel({ pixelId: 'x123' }),
        snapPixel({ pixelId: 'snap-123' }),
        redditPixel({ pixelId: 't2_abc' }),
        intercom({ appId: 'app1' }),
        crisp({ websiteId: '00000000-0000-0000-0000-000000000000' }),
        hubspot({ portalId: '123' }),
        youtube(),
        vimeo(),
        googleMaps(),
      ] as never,
    });
    render(
      <ConsentProvider config={config} locale="en">
        <CookiePolicy />
      </ConsentProvider>,
    );
    const tables = await screen.findAllByRole('table');
    expect(tables.length).toBeGreaterThanOrEqual(3);
    // The first column of each row: the cookie's name.
    const names = tables.flatMap((table) => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? ''));
    expect(names).toEqual(expect.arrayContaining(['_pk_id.*', '_ga_*', '_fbp']));
    for (const name of names) expect(name).not.toMatch(/\/\^|\\|\[|\(/);
  });
});

describe('the embeds’ placeholder and frame', () => {
  it('ends a sentence after a company whose name ends with a full stop only once', () => {
    render(
      <ConsentProvider config={defineConsentConfig({ revision: 1, categories: { features: { required: true }, advertising: {} }, services: [vimeo()] })} locale="en">
        <main>
          <VimeoEmbed videoId="76979871" title="A video" />
        </main>
      </ConsentProvider>,
    );
    const text = screen.getByRole('main').textContent ?? '';
    expect(text).toContain('Vimeo.com, Inc.');
    expect(text).not.toContain('Inc..');
    expect(fillText('by {company}. Then {other}.', { company: 'Acme Ltd', other: 'more.' })).toBe('by Acme Ltd. Then more.');
  });

  it('asks for no permission Chromium does not know (web-share made it warn in the console)', async () => {
    const { container } = render(
      <ConsentProvider config={defineConsentConfig({ revision: 1, categories: { features: { required: true }, advertising: {} }, services: [youtube()] })} locale="en">
        <YouTubeEmbed videoId="dQw4w9WgXcQ" title="A tour" />
      </ConsentProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: /^Allow/ }));
    const allow = container.querySelector('iframe')!.getAttribute('allow') ?? '';
    expect(allow).toContain('encrypted-media');
    expect(allow).not.toContain('web-share');
  });
});
