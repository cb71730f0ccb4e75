import type { CookieDeclaration } from './config.js';

/** The first-party cookies of Google Analytics 4, to declare under its category. */
export const googleAnalyticsCookies: readonly CookieDeclaration[] = [
  {
    name: '_ga',
    provider: 'Google Analytics',
    purpose: { en: 'Tells visitors apart, with a random identifier.', fr: 'Distingue les visiteurs, par un identifiant aléatoire.' },
    duration: { en: '2 years', fr: '2 ans' },
  },
  {
    name: /^_ga_/,
    provider: 'Google Analytics',
    purpose: { en: 'Keeps the state of a visit.', fr: 'Conserve l’état d’une visite.' },
    duration: { en: '2 years', fr: '2 ans' },
  },
  {
    name: '_gid',
    provider: 'Google Analytics',
    purpose: { en: 'Tells visitors apart for a day.', fr: 'Distingue les visiteurs pendant une journée.' },
    duration: { en: '24 hours', fr: '24 heures' },
  },
  {
    name: /^_gat/,
    provider: 'Google Analytics',
    purpose: { en: 'Limits how often data is sent.', fr: 'Limite la fréquence des envois de données.' },
    duration: { en: '1 minute', fr: '1 minute' },
  },
];

/** The first-party cookies of Google Ads conversion measurement, to declare under its category. */
export const googleAdsCookies: readonly CookieDeclaration[] = [
  {
    name: /^_gcl_/,
    provider: 'Google Ads',
    purpose: { en: 'Links a click on an ad to a later visit, to measure conversions.', fr: 'Relie un clic sur une annonce à une visite, pour mesurer les conversions.' },
    duration: { en: '90 days', fr: '90 jours' },
  },
];
