export type Locale = 'en' | 'fr';
export type Page = 'home' | 'sign-in' | 'policy';
export type Route = { page: Page; locale: Locale };

const PATHS: Record<Page, string> = { home: '', 'sign-in': 'sign-in', policy: 'cookies' };

/** `#/`, `#/sign-in`, `#/cookies`, and the same under `#/fr/`: hash routes work from any static server. */
function readRoute(): Route {
  const parts = window.location.hash.replace(/^#\/?/, '').split('/');
  const locale: Locale = parts[0] === 'fr' ? 'fr' : 'en';
  const path = (locale === 'fr' ? parts[1] : parts[0]) ?? '';
  const page = (Object.keys(PATHS) as Page[]).find((name) => PATHS[name] === path) ?? 'home';
  return { page, locale };
}

export function href(locale: Locale, page: Page): string {
  return `#/${locale === 'fr' ? 'fr/' : ''}${PATHS[page]}`;
}

export function subscribeToRoute(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let lastHash: string | null = null;
let lastRoute: Route = { page: 'home', locale: 'en' };

/** One object per hash: useSyncExternalStore needs the same snapshot until something changes. */
export function routeSnapshot(): Route {
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash;
    lastRoute = readRoute();
  }
  return lastRoute;
}

export const serverRoute = (): Route => lastRoute;
