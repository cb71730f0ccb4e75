import { defineConsentConfig } from '@weroom/cookie-consent';
import fr from '@weroom/cookie-consent/locales/fr';

/** Weroom's three categories, as its cookie policy declares them, in English and French. */
export const weroomConfig = defineConsentConfig({
  revision: 1,
  locales: [fr],
  categories: {
    features: {
      required: true,
      cookies: [{ name: 'weroom_session', provider: 'Weroom', purpose: 'Remember me', duration: '30 days' }],
    },
    performance: {
      cookies: [
        { name: '_ga', provider: 'Google', purpose: 'Google Analytics', duration: '2 years' },
        { name: /^_ga_/, provider: 'Google', purpose: 'Google Analytics', duration: '2 years' },
      ],
    },
    advertising: {
      cookies: [{ name: /^_gcl_/, provider: 'Google', purpose: 'Google Ads', duration: '90 days' }],
    },
  },
});

export const DAY_MS = 86_400_000;

/** Every cookie the page can see, by name. */
export function pageCookies(): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of document.cookie.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0) cookies[part.slice(0, separator).trim()] = part.slice(separator + 1);
  }
  return cookies;
}

export function clearPageCookies(): void {
  for (const name of Object.keys(pageCookies())) document.cookie = `${name}=; Max-Age=0; Path=/`;
}

/** axe-core's violations for `element`, by rule id and the elements involved (A11Y-*). */
export async function axeViolations(element: Element = document.body): Promise<string[]> {
  const { default: axe } = await import('axe-core');
  // jsdom has no layout: colour contrast is checked in Chromium by the browser suite.
  const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
