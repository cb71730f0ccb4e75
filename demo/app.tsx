import {
  ConsentGate,
  ConsentProvider,
  CookieBanner,
  CookiePolicy,
  CookieSettingsButton,
  GoogleAds,
  GoogleAnalytics,
  PreferencesDialog,
  useConsent,
  useConsentTexts,
} from '@weroom/cookie-consent';
import { useEffect, useSyncExternalStore } from 'react';
import { weroomConsent } from './consent-config';

type Locale = 'en' | 'fr';
type Route = { page: 'home' | 'policy'; locale: Locale };

/** `#/`, `#/cookies`, `#/fr/`, `#/fr/cookies`: hash routes work from any static server. */
function readRoute(): Route {
  const [first, second] = window.location.hash.replace(/^#\/?/, '').split('/');
  const locale: Locale = first === 'fr' ? 'fr' : 'en';
  const page = (locale === 'fr' ? second : first) === 'cookies' ? 'policy' : 'home';
  return { page, locale };
}
function href(locale: Locale, page: Route['page']): string {
  return `#/${locale === 'fr' ? 'fr/' : ''}${page === 'policy' ? 'cookies' : ''}`;
}
const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
let lastHash: string | null = null;
let lastRoute: Route = { page: 'home', locale: 'en' };
// One object per hash: useSyncExternalStore needs the same snapshot until something changes.
function routeSnapshot(): Route {
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash;
    lastRoute = readRoute();
  }
  return lastRoute;
}

const words = {
  en: {
    home: 'Home',
    policy: 'Cookie policy',
    language: 'Français',
    heroTitle: 'Find your flatmates',
    terms: 'By creating an account you agree to the terms and conditions',
    create: 'Create an account',
    member: 'Already a member?',
    connect: 'Connect to Weroom',
    choiceTitle: 'Your cookie choice',
    allowed: 'allowed',
    notAllowed: 'not allowed',
    policyTitle: 'The use of cookies',
    policyIntro:
      'Weroom uses cookies to offer you a more personal online service. Cookies are vital for some of the website’s features.',
    mapTitle: 'Where Weroom is',
    mapLabel: 'Map of Weroom’s office (Google Maps)',
  },
  fr: {
    home: 'Accueil',
    policy: 'Politique de cookies',
    language: 'English',
    heroTitle: 'Trouvez vos colocataires',
    terms: 'En créant un compte, vous acceptez les conditions générales',
    create: 'Créer un compte',
    member: 'Déjà membre ?',
    connect: 'Se connecter à Weroom',
    choiceTitle: 'Votre choix de cookies',
    allowed: 'acceptés',
    notAllowed: 'refusés',
    policyTitle: 'L’utilisation des cookies',
    policyIntro:
      'Weroom utilise des cookies pour vous offrir un service en ligne plus personnalisé. Les cookies sont indispensables à certaines fonctionnalités du site.',
    mapTitle: 'Où trouver Weroom',
    mapLabel: 'Carte du bureau de Weroom (Google Maps)',
  },
} as const;

function CategoryStatus({ category, locale }: { category: 'features' | 'performance' | 'advertising'; locale: Locale }) {
  const granted = useConsent(category);
  const texts = useConsentTexts();
  return (
    <li data-granted={granted}>
      <span>{texts.categories[category]?.title}</span>
      <strong>{granted ? words[locale].allowed : words[locale].notAllowed}</strong>
    </li>
  );
}

function Home({ locale }: { locale: Locale }) {
  const t = words[locale];
  return (
    <div className="home">
      <section className="hero">
        <h1>{t.heroTitle}</h1>
        <p>{t.terms}.</p>
        <div className="hero__actions">
          <a className="primary" href="#sign-up">
            {t.create}
          </a>
          <p>
            {t.member} <a href="#sign-in">{t.connect}</a>
          </p>
        </div>
      </section>
      <aside className="your-choice" aria-labelledby="your-choice-title">
        <h2 id="your-choice-title">{t.choiceTitle}</h2>
        <ul>
          <CategoryStatus category="features" locale={locale} />
          <CategoryStatus category="performance" locale={locale} />
          <CategoryStatus category="advertising" locale={locale} />
        </ul>
        <CookieSettingsButton className="link-button" />
      </aside>
      <section className="office" aria-labelledby="office-title">
        <h2 id="office-title">{t.mapTitle}</h2>
        {/* Google Maps sets Google's cookies: shown only with consent to advertising. */}
        <ConsentGate category="advertising">
          <iframe
            title={t.mapLabel}
            src="https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d2625!2d2.35!3d48.85!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!5e0"
            loading="lazy"
            referrerPolicy="no-referrer-when-downgrade"
          />
        </ConsentGate>
      </section>
    </div>
  );
}

function PolicyPage({ locale }: { locale: Locale }) {
  const t = words[locale];
  return (
    <div className="policy">
      <h1>{t.policyTitle}</h1>
      <p>{t.policyIntro}</p>
      <CookiePolicy />
    </div>
  );
}

export function App() {
  const route = useSyncExternalStore(subscribeToHash, routeSnapshot, () => lastRoute);
  const t = words[route.locale];
  useEffect(() => {
    document.documentElement.lang = route.locale;
    document.title = route.page === 'policy' ? `${t.policyTitle} | Weroom` : 'Weroom';
  }, [route, t]);

  return (
    <ConsentProvider config={weroomConsent} locale={route.locale}>
      <CookieBanner policyHref={href(route.locale, 'policy')} />
      <header className="site-header">
        <a className="logo" href={href(route.locale, 'home')}>
          weroom
        </a>
        <nav aria-label={route.locale === 'fr' ? 'Principale' : 'Main'}>
          <a href={href(route.locale, 'home')} aria-current={route.page === 'home' ? 'page' : undefined}>
            {t.home}
          </a>
          <a href={href(route.locale, 'policy')} aria-current={route.page === 'policy' ? 'page' : undefined}>
            {t.policy}
          </a>
          <a href={href(route.locale === 'fr' ? 'en' : 'fr', route.page)} lang={route.locale === 'fr' ? 'en' : 'fr'}>
            {t.language}
          </a>
        </nav>
      </header>
      <main id="main">{route.page === 'policy' ? <PolicyPage locale={route.locale} /> : <Home locale={route.locale} />}</main>
      <footer className="site-footer">
        <p>© Weroom</p>
        <a href={href(route.locale, 'policy')}>{t.policy}</a>
        <CookieSettingsButton />
      </footer>
      <PreferencesDialog />
      {/* Placeholder ids: the tags load only once their category is granted. */}
      <GoogleAnalytics measurementId="G-WEROOMDEMO" />
      <GoogleAds id="AW-1234567890" />
    </ConsentProvider>
  );
}
