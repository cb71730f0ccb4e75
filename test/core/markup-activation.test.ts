import { afterEach, describe, expect, it } from 'vitest';
import { activateConsentMarkup, createConsentStore, createMemoryStorage } from '@weroom/cookie-consent';
import { weroomConfig } from '../helpers';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.innerHTML = '';
});

function activatedPage(html: string, options = {}) {
  document.body.innerHTML = html;
  const store = createConsentStore(weroomConfig, { storage: createMemoryStorage() });
  stops.push(store.start());
  stops.push(activateConsentMarkup(store, options));
  return store;
}

const CMS = `
  <script type="text/plain" data-consent-category="performance" data-src="https://analytics.example/a.js" async></script>
  <script type="text/plain" data-consent-category="advertising">window.adsInline = true</script>
  <iframe title="Our office on the map" data-consent-category="performance" data-src="https://maps.example/embed?q=weroom"></iframe>
  <img alt="" data-consent-category="advertising" data-src="https://ads.example/pixel.gif">
`;

describe('markup from a CMS, outside React', () => {
  it('stays inert before consent: no real script, no frame or image address (EU-1)', () => {
    activatedPage(CMS);
    expect(document.querySelectorAll('script:not([type="text/plain"])')).toHaveLength(0);
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false);
  });

  it('turns on the granted category’s scripts and frames only', () => {
    const store = activatedPage(CMS);
    store.save({ performance: true });
    const script = document.querySelector('script[data-consent-activated]') as HTMLScriptElement;
    expect(script.src).toBe('https://analytics.example/a.js');
    expect(script.type).toBe('');
    expect(script.hasAttribute('async')).toBe(true);
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://maps.example/embed?q=weroom');
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(document.querySelector('script[type="text/plain"]')!.textContent).toBe('window.adsInline = true');
  });

  it('turns on inline scripts with the page nonce', () => {
    const store = activatedPage(CMS, { nonce: 'n0nce' });
    store.save({ advertising: true });
    const inline = Array.from(document.querySelectorAll<HTMLScriptElement>('script[data-consent-activated]')).find((script) => !script.src)!;
    expect(inline.text).toBe('window.adsInline = true');
    expect(inline.nonce).toBe('n0nce');
    expect(document.querySelector('img')!.getAttribute('src')).toBe('https://ads.example/pixel.gif');
  });

  it('activates markup added later, once its category is granted', async () => {
    const store = activatedPage('');
    store.acceptAll();
    document.body.insertAdjacentHTML('beforeend', '<iframe title="Video" data-consent-category="performance" data-src="https://video.example/embed/1"></iframe>');
    await Promise.resolve();
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://video.example/embed/1');
  });

  it('refuses a javascript: address', () => {
    const store = activatedPage('<iframe title="x" data-consent-category="performance" data-src="javascript:alert(1)"></iframe>');
    store.acceptAll();
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
  });
});
