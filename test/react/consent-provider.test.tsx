import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConsentConfigError,
  ConsentProvider,
  defineConsentConfig,
  jurisdiction,
  recordConsent,
  useConsent,
  useConsentManager,
  type ConsentConfig,
  type ConsentRecord,
} from '@weroom/cookie-consent';
import { pageCookies, weroomConfig } from '../helpers';

type Category = 'features' | 'performance' | 'advertising';

function CategoryState({ category, onRender }: { category: Category; onRender?: () => void }) {
  onRender?.();
  const granted = useConsent(category);
  return (
    <p>
      {category}: {granted ? 'granted' : 'denied'}
    </p>
  );
}

function Controls() {
  const { state, acceptAll, rejectAll, save, reset } = useConsentManager();
  return (
    <div>
      <p>status: {state.status}</p>
      <button type="button" onClick={() => acceptAll({ surface: 'banner' })}>
        Accept all
      </button>
      <button type="button" onClick={() => rejectAll({ surface: 'banner' })}>
        Reject all
      </button>
      <button type="button" onClick={() => save({ performance: true }, { surface: 'preferences' })}>
        Allow performance only
      </button>
      <button type="button" onClick={reset}>
        Forget my choice
      </button>
    </div>
  );
}

function App({ config = weroomConfig, onDecision }: { config?: ConsentConfig<Category>; onDecision?: (record: ConsentRecord<Category>) => void }) {
  return (
    <ConsentProvider config={config} {...(onDecision ? { features: [recordConsent({ onDecision })] } : {})}>
      <Controls />
      <CategoryState category="features" />
      <CategoryState category="performance" />
      <CategoryState category="advertising" />
    </ConsentProvider>
  );
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('given a first visit', () => {
  it('knows the visitor is undecided in the first render after mount, with nothing optional granted', () => {
    render(<App />);
    expect(screen.getByText('status: undecided')).toBeTruthy();
    expect(screen.getByText('performance: denied')).toBeTruthy();
    expect(screen.getByText('advertising: denied')).toBeTruthy();
  });

  it('always grants the required category', () => {
    render(<App />);
    expect(screen.getByText('features: granted')).toBeTruthy();
  });

  it('writes no cookie by rendering (EU-1)', () => {
    render(<App />);
    expect(document.cookie).toBe('');
  });
});

describe('when the person accepts all', () => {
  it('grants every category and keeps the choice in the consent cookie', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(screen.getByText('performance: granted')).toBeTruthy();
    expect(screen.getByText('advertising: granted')).toBeTruthy();
    expect(Object.keys(pageCookies())).toEqual(['cookie_consent']);
  });

  it('is still decided after the page is loaded again', async () => {
    const first = render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    first.unmount();
    render(<App />);
    expect(screen.getByText('status: decided')).toBeTruthy();
    expect(screen.getByText('advertising: granted')).toBeTruthy();
  });
});

describe('when the person saves a choice per category', () => {
  it('re-renders only the components that asked about the category that changed', async () => {
    const renders = { performance: 0, advertising: 0 };
    render(
      <ConsentProvider config={weroomConfig}>
        <Controls />
        <CategoryState category="performance" onRender={() => renders.performance++} />
        <CategoryState category="advertising" onRender={() => renders.advertising++} />
      </ConsentProvider>,
    );
    const before = { ...renders };
    await userEvent.click(screen.getByRole('button', { name: 'Allow performance only' }));
    expect(screen.getByText('performance: granted')).toBeTruthy();
    expect(renders.performance - before.performance).toBe(1);
    expect(renders.advertising - before.advertising).toBe(0);
  });

  it('grants what was chosen and denies the rest', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Allow performance only' }));
    expect(screen.getByText('performance: granted')).toBeTruthy();
    expect(screen.getByText('advertising: denied')).toBeTruthy();
  });
});

describe('when the person forgets the choice', () => {
  it('is undecided again and removes the cookie', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    await userEvent.click(screen.getByRole('button', { name: 'Forget my choice' }));
    expect(screen.getByText('status: undecided')).toBeTruthy();
    expect(screen.getByText('performance: denied')).toBeTruthy();
    expect(document.cookie).toBe('');
  });
});

describe('the decision record', () => {
  // The features are read once, when the provider is created (as its config is): a re-render that
  // hands in another list changes nothing, and the records feature reaches its callback once per
  // decision, also in Strict Mode (which runs the provider's effects twice).
  it("reaches the records feature's onDecision once per decision, also in Strict Mode, and reads the features once", async () => {
    const first = vi.fn();
    const latest = vi.fn();
    function Host() {
      const [useLatest, setUseLatest] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setUseLatest(true)}>
            Switch the callback
          </button>
          <App onDecision={useLatest ? latest : first} />
        </>
      );
    }
    render(
      <StrictMode>
        <Host />
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Switch the callback' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(latest).not.toHaveBeenCalled();
    expect(first).toHaveBeenCalledTimes(1);
    expect(first.mock.calls[0]![0]).toMatchObject({ method: 'reject-all', surface: 'banner' });
  });
});

describe('given two tabs of the site', () => {
  it('shows a decision taken in one tab in the other without a reload', async () => {
    const otherTab = document.createElement('div');
    document.body.append(otherTab);
    render(<App />);
    render(<CategoryStateInTab />, { container: otherTab });
    await userEvent.click(screen.getAllByRole('button', { name: 'Accept all' })[0]!);
    await vi.waitFor(() => expect(otherTab.textContent).toContain('tab two performance: granted'));
  });

  function CategoryStateInTab() {
    return (
      <ConsentProvider config={weroomConfig}>
        tab two <CategoryState category="performance" />
      </ConsentProvider>
    );
  }
});

describe('used wrongly', () => {
  function silenceReactErrors() {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  }

  it('says so when a hook is used outside the provider', () => {
    silenceReactErrors();
    expect(() => render(<CategoryState category="performance" />)).toThrow('`useConsent` must be used within <ConsentProvider>.');
    expect(() => render(<Controls />)).toThrow('`useConsentManager` must be used within <ConsentProvider>.');
  });

  it('throws in development when asked about a category the config lacks', () => {
    silenceReactErrors();
    function Misspelt() {
      // @ts-expect-error: the ids are literal types, so a misspelt one does not compile either.
      useConsent('perfomance');
      return null;
    }
    expect(() =>
      render(
        <ConsentProvider config={weroomConfig}>
          <Misspelt />
        </ConsentProvider>,
      ),
    ).toThrow('useConsent(\'perfomance\'): the consent config has no category "perfomance" (it has features, performance, advertising).');
  });

  it('reads an unknown category as not granted in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    function Misspelt() {
      // @ts-expect-error: as above.
      return <p>misspelt: {useConsent('perfomance') ? 'granted' : 'denied'}</p>;
    }
    render(
      <ConsentProvider config={weroomConfig}>
        <Controls />
        <Misspelt />
      </ConsentProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(screen.getByText('misspelt: denied')).toBeTruthy();
  });

  it('reads an unknown category as not granted on a page whose `process` has no env, as a production page', () => {
    function Misspelt() {
      // @ts-expect-error: as above.
      return <p>misspelt: {useConsent('perfomance') ? 'granted' : 'denied'}</p>;
    }
    // A bundler-less page's shim: `process` is there, `process.env` is not.
    vi.stubGlobal('process', {});
    try {
      render(
        <ConsentProvider config={weroomConfig}>
          <Misspelt />
        </ConsentProvider>,
      );
    } finally {
      vi.unstubAllGlobals();
    }
    expect(screen.getByText('misspelt: denied')).toBeTruthy();
  });

  it.each([
    ['recordsEndpoint', '/api/consent', "features={[recordConsent({ endpoint: '/api/consent' })]}"],
    ['onDecision', () => undefined, 'features={[recordConsent({ onDecision })]}'],
    ['jurisdiction', 'US-CA', 'features={[jurisdiction(place)]}'],
    ['accountConsent', null, 'features={[followAccount(decision)]}'],
  ])('throws in development when given the old prop %s, naming the feature that replaced it', (name, value, instead) => {
    silenceReactErrors();
    // A JavaScript site, or props spread from an object: TypeScript would refuse the prop.
    const old = { [name]: value } as object;
    expect(() => render(<ConsentProvider config={weroomConfig} {...old} />)).toThrow(`<ConsentProvider ${name}>: this prop became a feature; write ${instead}`);
  });

  it('ignores an old prop in production rather than break the page, and sends no record for it', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const old = { recordsEndpoint: '/api/consent' } as object;
    render(
      <ConsentProvider config={weroomConfig} {...old}>
        <Controls />
      </ConsentProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(screen.getByText('status: decided')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('warns in development of a table of regimes with no feature that gives the place', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const byPlace = defineConsentConfig({ ...weroomConfig, jurisdictions: { regimes: { 'US-CA': 'opt-out' } } });
    render(<ConsentProvider config={byPlace} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("no feature that gives the visitor's place"));
    warn.mockClear();
    render(<ConsentProvider config={byPlace} features={[jurisdiction('US-CA')]} />);
    expect(warn).not.toHaveBeenCalled();
  });

  it('fails where the provider is created when the config is broken, naming the field', () => {
    silenceReactErrors();
    const broken = defineConsentConfig({
      revision: 1,
      categories: { performance: { cookies: [{ name: 42 as unknown as string, provider: 'Google', purpose: 'x', duration: 'y' }] } },
    });
    let thrown: unknown;
    try {
      render(<ConsentProvider config={broken} />);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConsentConfigError);
    expect((thrown as Error).message).toBe(
      'Invalid consent config: categories.performance.cookies[0].name must be a string or a RegExp, got 42',
    );
  });
});

describe('given storage that throws', () => {
  afterEach(() => {
    delete (document as { cookie?: string }).cookie;
  });

  it('still lets the person decide, for the life of the page', async () => {
    const thrower = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    Object.defineProperty(document, 'cookie', { configurable: true, get: thrower, set: thrower });
    render(<App />);
    expect(screen.getByText('status: undecided')).toBeTruthy();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Allow performance only' }));
    });
    expect(screen.getByText('status: decided')).toBeTruthy();
    expect(screen.getByText('performance: granted')).toBeTruthy();
  });
});
