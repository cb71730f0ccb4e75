import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentProvider, CookieBanner, useConsent, type ConsentDecision } from '@weroom/cookie-consent';
import { readConsent } from '@weroom/cookie-consent/server';
import { encodeConsentValue } from '../../src/core/cookie-codec';
import { weroomConfig } from '../helpers';

type Category = 'features' | 'performance' | 'advertising';

function Analytics() {
  return <p>analytics: {useConsent('performance') ? 'on' : 'off'}</p>;
}

function Site({ initialConsent }: { initialConsent: ConsentDecision<Category> }) {
  return (
    <ConsentProvider config={weroomConfig} initialConsent={initialConsent} locale="en">
      <CookieBanner />
      <main>
        <Analytics />
      </main>
    </ConsentProvider>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

/**
 * Renders on the "server", puts the HTML in the page, then hydrates it as the browser would. The
 * server half runs in jsdom here, so React 18 warns about layout effects it would not see on a
 * real server (server-render.test.tsx renders without any DOM, and stays silent).
 */
async function serverThenHydrate(cookieHeader: string) {
  const initialConsent = readConsent(cookieHeader, weroomConfig);
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Site initialConsent={initialConsent} />);
  document.body.append(container);
  const bannerBefore = container.querySelector('[data-consent-banner]');
  const errors = vi.spyOn(console, 'error');
  const seen: (Element | null)[] = [];
  const observer = new MutationObserver(() => seen.push(container.querySelector('[data-consent-banner]')));
  observer.observe(container, { childList: true, subtree: true });
  await act(async () => {
    root = hydrateRoot(container, <Site initialConsent={initialConsent} />);
  });
  observer.disconnect();
  return { bannerBefore, errors, seen, container };
}

describe('given server HTML, hydrated in the browser (SSR)', () => {
  it('keeps the server’s banner for an undecided visitor, without a hydration warning', async () => {
    const { bannerBefore, errors, container } = await serverThenHydrate('');
    expect(bannerBefore).not.toBeNull();
    expect(container.querySelector('[data-consent-banner]')).toBe(bannerBefore);
    expect(screen.getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
    expect(errors).not.toHaveBeenCalled();
  });

  it('never shows the banner to a decided visitor, not even for a moment', async () => {
    const value = encodeConsentValue({
      revision: '1',
      decidedAt: Math.floor(Date.now() / 1000) * 1000,
      consentId: 'hydratedVisitor01',
      method: 'accept-all',
      granted: ['features', 'performance', 'advertising'],
      denied: [],
    });
    document.cookie = `cookie_consent=${value}; Path=/`;
    const { bannerBefore, errors, seen } = await serverThenHydrate(`cookie_consent=${value}`);
    expect(bannerBefore).toBeNull();
    expect(seen.filter(Boolean)).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    expect(screen.getByText('analytics: on')).toBeTruthy();
    expect(errors).not.toHaveBeenCalled();
  });
});
