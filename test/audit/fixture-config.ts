// The fixture site's consent configs, written as a site writes its own: the faulty one declares an
// advertising cookie as required; the clean twin's declares only what the clean site sets.
import { googleAnalyticsCookies } from '../../src/core/google-cookies.ts';
import { defineConsentConfig } from '../../src/core/config.ts';
import { googleAnalytics, metaPixel } from '../../src/services/index.ts';

const features = [
  { name: 'session_id', provider: 'This site', purpose: 'Keeps the visit together', duration: { session: true } },
  { name: 'site_prefs', provider: 'This site', purpose: 'Remembers the layout chosen', duration: { months: 6 } },
] as const;

export const faultyConfig = defineConsentConfig({
  revision: 1,
  categories: {
    features: {
      required: true,
      cookies: [...features, { name: '_pin_unauth', provider: 'Pinterest', purpose: 'Said to keep the site working', duration: { years: 1 } }],
    },
    performance: { cookies: googleAnalyticsCookies },
    advertising: {},
  },
  services: [googleAnalytics({ measurementId: 'G-TEST' }), metaPixel({ pixelId: '1' })],
});

export const cleanConfig = defineConsentConfig({
  revision: 1,
  categories: {
    features: { required: true, cookies: [...features] },
    performance: { cookies: googleAnalyticsCookies },
    advertising: {},
  },
  services: [googleAnalytics({ measurementId: 'G-TEST' }), metaPixel({ pixelId: '1' })],
});

export default faultyConfig;
