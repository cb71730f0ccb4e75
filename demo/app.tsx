import { ConsentProvider, useConsent, useConsentManager } from '@weroom/cookie-consent';
import { weroomConsent } from './consent-config';

/**
 * A stand-in banner built on `useConsentManager()`, until the library's own `<CookieBanner />`
 * replaces it: the same three equal choices, so the demo shows the flow end to end today.
 */
function ConsentBar() {
  const { state, acceptAll, rejectAll } = useConsentManager();
  if (state.status !== 'undecided') return null;
  return (
    <section className="consent-bar" aria-label="Cookie consent">
      <div className="consent-bar__text">
        <h2>We use cookies</h2>
        <p>
          {state.reason === 'revision-changed'
            ? 'Our cookie policy has changed since your last visit. Please choose again.'
            : 'Features cookies keep the site working. With your permission we would also use performance cookies (Google Analytics) and advertising cookies (Google).'}
        </p>
      </div>
      <div className="consent-bar__actions">
        <button type="button" onClick={() => acceptAll({ surface: 'banner' })}>
          Accept all
        </button>
        <button type="button" onClick={() => rejectAll({ surface: 'banner' })}>
          Reject all
        </button>
      </div>
    </section>
  );
}

function CategoryStatus({ category, label }: { category: 'features' | 'performance' | 'advertising'; label: string }) {
  const granted = useConsent(category);
  return (
    <li>
      <span>{label}</span>
      <strong data-granted={granted}>{granted ? 'allowed' : 'not allowed'}</strong>
    </li>
  );
}

function YourChoice() {
  const { state, reset } = useConsentManager();
  return (
    <aside className="your-choice" aria-labelledby="your-choice-title">
      <h2 id="your-choice-title">Your cookie choice</h2>
      <ul>
        <CategoryStatus category="features" label="Features" />
        <CategoryStatus category="performance" label="Performance (Google Analytics)" />
        <CategoryStatus category="advertising" label="Advertising (Google)" />
      </ul>
      {state.status === 'decided' ? (
        <button type="button" className="link-button" onClick={reset}>
          Change my choice
        </button>
      ) : null}
    </aside>
  );
}

export function App() {
  return (
    <ConsentProvider config={weroomConsent}>
      <ConsentBar />
      <header className="site-header">
        <a className="logo" href="./">
          weroom
        </a>
      </header>
      <main className="home">
        <section className="hero">
          <h1>Find your flatmates</h1>
          <p>By creating an account you agree to the terms and conditions.</p>
          <div className="hero__actions">
            <a className="primary" href="#sign-up">
              Create an account
            </a>
            <p>
              Already a member? <a href="#sign-in">Connect to Weroom</a>
            </p>
          </div>
        </section>
        <YourChoice />
      </main>
      <footer className="site-footer">
        <p>© Weroom</p>
      </footer>
    </ConsentProvider>
  );
}
