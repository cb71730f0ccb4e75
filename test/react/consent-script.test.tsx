import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentProvider, ConsentScript, useConsentManager } from '@weroom/cookie-consent';
import { weroomConfig } from '../helpers';

const scripts = () => Array.from(document.querySelectorAll('script'));

afterEach(() => {
  for (const script of scripts()) script.remove();
});

function Choices() {
  const { acceptAll, rejectAll, save } = useConsentManager();
  return (
    <>
      <button type="button" onClick={() => acceptAll()}>
        Accept all
      </button>
      <button type="button" onClick={() => rejectAll()}>
        Reject all
      </button>
      <button type="button" onClick={() => save({ advertising: true })}>
        Advertising only
      </button>
    </>
  );
}

function Page({ children, nonce }: { children: React.ReactNode; nonce?: string }) {
  const [rerenders, setRerenders] = useState(0);
  return (
    <ConsentProvider config={weroomConfig} {...(nonce ? { nonce } : {})}>
      <Choices />
      <button type="button" onClick={() => setRerenders(rerenders + 1)}>
        Render again ({rerenders})
      </button>
      {children}
    </ConsentProvider>
  );
}

describe('given no consent for its category', () => {
  it('adds no script element at all, so no request can start (EU-1)', async () => {
    render(
      <Page>
        <ConsentScript category="performance" src="https://analytics.example/a.js" />
      </Page>,
    );
    expect(scripts()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    await userEvent.click(screen.getByRole('button', { name: 'Advertising only' }));
    expect(scripts()).toEqual([]);
  });
});

describe('once its category is granted', () => {
  it('adds the script exactly once: Strict Mode, re-renders, remounts and two components naming it', async () => {
    const user = userEvent.setup();
    function Toggle() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setShown(!shown)}>
            Toggle
          </button>
          {shown ? <ConsentScript category="performance" src="https://analytics.example/a.js" /> : null}
        </>
      );
    }
    render(
      <StrictMode>
        <Page>
          <Toggle />
          <ConsentScript category="performance" src="https://analytics.example/a.js" async />
        </Page>
      </StrictMode>,
    );
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    for (let round = 0; round < 3; round++) {
      await user.click(screen.getByRole('button', { name: /Render again/ }));
      await user.click(screen.getByRole('button', { name: 'Toggle' }));
    }
    expect(scripts().map((script) => script.src)).toEqual(['https://analytics.example/a.js']);
  });

  it('calls onLoad once when it loaded, and onError when it failed', async () => {
    const onLoad = vi.fn();
    const onError = vi.fn();
    render(
      <StrictMode>
        <Page>
          <ConsentScript category="performance" src="https://analytics.example/ok.js" onLoad={onLoad} />
          <ConsentScript category="performance" src="https://analytics.example/broken.js" onError={onError} />
        </Page>
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    const [ok, broken] = scripts();
    ok!.dispatchEvent(new Event('load'));
    broken!.dispatchEvent(new Event('error'));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(onLoad).toHaveBeenCalledWith(ok);
  });

  it('takes inline code, a module type and the provider’s CSP nonce', async () => {
    render(
      <Page nonce="page-nonce">
        <ConsentScript category="advertising" id="ads-setup" type="module">
          {'window.adsReady = true;'}
        </ConsentScript>
      </Page>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Advertising only' }));
    const [script] = scripts();
    expect(script!.text).toBe('window.adsReady = true;');
    expect(script!.type).toBe('module');
    expect(script!.nonce).toBe('page-nonce');
  });
});

describe('the library under a strict Content-Security-Policy', () => {
  it('holds no eval, new Function or string timers anywhere in its sources', () => {
    const sources = import.meta.glob('../../src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    for (const [file, source] of Object.entries(sources)) {
      expect(source as string, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]/);
    }
  });
});
