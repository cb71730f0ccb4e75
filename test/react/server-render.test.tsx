// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentProvider, useConsent, useConsentManager } from '@weroom/cookie-consent';
import { weroomConfig } from '../helpers';

const browserGlobals = ['window', 'document', 'navigator', 'localStorage', 'location', 'BroadcastChannel'] as const;
const touched: string[] = [];
const saved = new Map<string, PropertyDescriptor | undefined>();

/** Makes every browser global record that it was read, as a trap for code that runs on the server. */
function trapBrowserGlobals() {
  for (const name of browserGlobals) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name);
        return undefined;
      },
    });
  }
}

afterEach(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
  }
  saved.clear();
  touched.length = 0;
});

function Page() {
  const performance = useConsent('performance');
  const features = useConsent('features');
  const { state } = useConsentManager();
  return (
    <main>
      <p>status: {state.status}</p>
      <p>performance: {performance ? 'granted' : 'denied'}</p>
      <p>features: {features ? 'granted' : 'denied'}</p>
    </main>
  );
}

describe('given a server render', () => {
  it('renders with nothing optional granted, without reading any browser API', () => {
    trapBrowserGlobals();
    const html = renderToString(
      <ConsentProvider config={weroomConfig}>
        <Page />
      </ConsentProvider>,
    );
    expect(touched).toEqual([]);
    expect(html).toContain('performance: <!-- -->denied');
    expect(html).toContain('features: <!-- -->granted');
    expect(html).toContain('status: <!-- -->pending');
  });
});
