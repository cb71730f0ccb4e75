/** The languages of the site's own texts (words.ts). */
export type Locale = 'en' | 'fr';
export type Page = 'home' | 'sign-in' | 'policy';
/** `language`: the consent texts' (any the library ships); `locale`: the site's own (English where it has none). */
export type Route = { page: Page; language: string; locale: Locale };

/** Every language the library ships, English first: the demo's language menu. */
export const LANGUAGES = ['en', 'fr', 'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'is', 'nb', 'ar'] as const;

/** Where the demo's records go: the dev and preview servers mount the endpoint (records.ts). */
export const RECORDS_ENDPOINT = './api/consent';

/** The demo's signed-in person (the weroom_user session cookie), or null. A demo, not authentication. */
export function signedInUser(): string | null {
  const match = /(?:^|;\s*)weroom_user=([^;]*)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** The places the demo's preview switch offers; `unknown` is no place at all. */
export const PREVIEW_PLACES = ['unknown', 'FR', 'US-CA', 'JP'] as const;

/** The place to preview, from `?visitor=US-CA`: what a server would read from its CDN's headers. */
export function previewedPlace(): string | null {
  return new URLSearchParams(window.location.search).get('visitor');
}

const PATHS: Record<Page, string> = { home: '', 'sign-in': 'sign-in', policy: 'cookies' };

/** `#/`, `#/sign-in`, `#/cookies`, and the same under `#/fr/`, `#/de/`…: hash routes work from any static server. */
function readRoute(): Route {
  const parts = window.location.hash.replace(/^#\/?/, '').split('/');
  const language = (LANGUAGES as readonly string[]).includes(parts[0] ?? '') && parts[0] !== 'en' ? parts[0]! : 'en';
  const path = (language === 'en' ? parts[0] : parts[1]) ?? '';
  const page = (Object.keys(PATHS) as Page[]).find((name) => PATHS[name] === path) ?? 'home';
  return { page, language, locale: language === 'fr' ? 'fr' : 'en' };
}

export function href(language: string, page: Page): string {
  return `#/${language === 'en' ? '' : `${language}/`}${PATHS[page]}`;
}

export function subscribeToRoute(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let lastHash: string | null = null;
let lastRoute: Route = { page: 'home', language: 'en', locale: 'en' };

/** One object per hash: useSyncExternalStore needs the same snapshot until something changes. */
export function routeSnapshot(): Route {
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash;
    lastRoute = readRoute();
  }
  return lastRoute;
}

export const serverRoute = (): Route => lastRoute;
