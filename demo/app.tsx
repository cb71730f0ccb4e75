import {
  ConsentMarkup,
  ConsentProvider,
  CookieBanner,
  CookieSettingsButton,
  GoogleAds,
  OptOutLink,
  GoogleAnalytics,
  PreferencesDialog,
  AccountNotice,
  followAccount,
  jurisdiction,
  recordConsent,
  type ConsentDecision,
  type ConsentRecord,
} from '@weroom/cookie-consent';
import { Suspense, lazy, useEffect, useState, useSyncExternalStore } from 'react';
import { weroomConsent } from './consent-config';
import { Inspector } from './inspector';
import { Home } from './pages/home';
import { SignIn } from './pages/sign-in';
import { LANGUAGES, PREVIEW_PLACES, RECORDS_ENDPOINT, href, previewedPlace, routeSnapshot, serverRoute, subscribeToRoute, type Page } from './routes';
import { words } from './words';

// The policy page loads when visited: its tables and texts (English's second layer among them, for
// server rendering) are no part of a first visit to the home page.
const PolicyPage = lazy(() => import('./pages/policy').then((module) => ({ default: module.PolicyPage })));

type Category = 'features' | 'performance' | 'advertising';

/**
 * `accountDecision`: for a signed-in person, their latest choice as the records endpoint keeps it
 * (main.tsx asks it before the first render), or null when they have none yet; left out for a
 * visitor who is not signed in.
 */
export function App({ nonce, accountDecision }: { nonce?: string; accountDecision?: ConsentDecision<Category> | null }) {
  const route = useSyncExternalStore(subscribeToRoute, routeSnapshot, serverRoute);
  const [records, setRecords] = useState<ConsentRecord<Category>[]>([]);
  const t = words[route.locale];
  // Read once: the provider takes the visitor's place and its features when it is created.
  const [place] = useState(previewedPlace);
  const [features] = useState(() => [
    jurisdiction(place),
    recordConsent<Category>({
      endpoint: RECORDS_ENDPOINT,
      onDecision: (record) => setRecords((list) => [...list, record]),
    }),
    ...(accountDecision === undefined ? [] : [followAccount(accountDecision)]),
  ]);

  useEffect(() => {
    document.documentElement.lang = route.locale;
    document.title = route.page === 'policy' ? `${t.policyTitle} | Weroom` : 'Weroom';
  }, [route, t]);

  const link = (page: Page, label: string) => (
    <a href={href(route.language, page)} aria-current={route.page === page ? 'page' : undefined}>
      {label}
    </a>
  );

  return (
    <ConsentProvider
      config={weroomConsent}
      locale={route.language}
      features={features}
      {...(nonce ? { nonce } : {})}
    >
      <CookieBanner policyHref={href(route.language, 'policy')} />
      <AccountNotice />
      <header className="site-header">
        <a className="logo" href={href(route.language, 'home')}>
          weroom
        </a>
        <nav aria-label={t.nav}>
          {link('home', t.home)}
          {link('sign-in', t.signIn)}
          {link('policy', t.policy)}
          <a href={href(route.locale === 'fr' ? 'en' : 'fr', route.page)} lang={route.locale === 'fr' ? 'en' : 'fr'}>
            {t.language}
          </a>
        </nav>
        {/* Weroom's own pages speak English and French; the consent texts speak every language the library ships. */}
        <label className="language-menu">
          <span>{t.consentLanguage}</span>
          <select value={route.language} onChange={(event) => window.location.assign(href(event.target.value, route.page))}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {new Intl.DisplayNames([code], { type: 'language' }).of(code)}
              </option>
            ))}
          </select>
        </label>
        <label className="language-menu">
          <span>{t.visitor}</span>
          <select
            value={place ?? 'unknown'}
            aria-describedby="visitor-note"
            onChange={(event) => {
              const url = new URL(window.location.href);
              if (event.target.value === 'unknown') url.searchParams.delete('visitor');
              else url.searchParams.set('visitor', event.target.value);
              window.location.assign(url.href);
            }}
          >
            {PREVIEW_PLACES.map((code) => (
              <option key={code} value={code}>
                {t.places[code]}
              </option>
            ))}
          </select>
        </label>
        <p id="visitor-note" className="visitor-note">
          {t.visitorNote}
        </p>
      </header>
      <main id="main">
        {route.page === 'policy' ? (
          <Suspense fallback={null}>
            <PolicyPage locale={route.locale} />
          </Suspense>
        ) : null}
        {route.page === 'sign-in' ? <SignIn locale={route.locale} /> : null}
        {route.page === 'home' ? <Home locale={route.locale} /> : null}
      </main>
      <Inspector locale={route.locale} records={records} />
      <footer className="site-footer">
        <p>© Weroom</p>
        {link('policy', t.policy)}
        <CookieSettingsButton />
        <OptOutLink />
      </footer>
      <PreferencesDialog />
      <ConsentMarkup />
      {/* Placeholder ids: the tags load only once their category is granted. */}
      <GoogleAnalytics measurementId="G-WEROOMDEMO" />
      <GoogleAds id="AW-1234567890" />
    </ConsentProvider>
  );
}
