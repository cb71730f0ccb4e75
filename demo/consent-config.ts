import { defineConsentConfig } from '@weroom/cookie-consent';

/** Weroom's cookie policy as a config: the three categories and the cookies each one sets. */
export const weroomConsent = defineConsentConfig({
  revision: 1,
  categories: {
    features: {
      required: true,
      cookies: [
        {
          name: 'weroom_session',
          provider: 'Weroom',
          purpose: { en: 'Signs you in automatically when you ticked "Remember me".', fr: 'Vous connecte automatiquement si vous avez coché « Se souvenir de moi ».' },
          duration: { en: '30 days', fr: '30 jours' },
        },
      ],
    },
    performance: {
      cookies: [
        { name: '_ga', provider: 'Google Analytics', purpose: { en: 'Tells visitors apart, anonymously.', fr: 'Distingue les visiteurs, anonymement.' }, duration: { en: '2 years', fr: '2 ans' } },
        { name: /^_ga_/, provider: 'Google Analytics', purpose: { en: 'Keeps the state of a visit.', fr: "Conserve l'état d'une visite." }, duration: { en: '2 years', fr: '2 ans' } },
        { name: '_gid', provider: 'Google Analytics', purpose: { en: 'Tells visitors apart for a day.', fr: 'Distingue les visiteurs pendant une journée.' }, duration: { en: '24 hours', fr: '24 heures' } },
      ],
    },
    advertising: {
      cookies: [
        { name: /^_gcl_/, provider: 'Google Ads', purpose: { en: 'Links ad clicks to visits.', fr: 'Relie les clics sur les annonces aux visites.' }, duration: { en: '90 days', fr: '90 jours' } },
      ],
    },
  },
  texts: {
    en: {
      categories: {
        features: {
          title: 'Features cookies',
          description: 'Used by the site for some of its features, such as "Remember me" to sign you in automatically. They cannot be turned off.',
        },
        performance: {
          title: 'Performance cookies',
          description: 'Collect anonymous data on how people use the site, merged with other visitors’ data, so that we can improve it. We use Google Analytics.',
        },
        advertising: {
          title: 'Targeting or advertising cookies',
          description: 'Remember the sites you visit to show you relevant advertising, and share this with third parties such as Google.',
        },
      },
    },
  },
});

declare module '@weroom/cookie-consent' {
  interface Register {
    config: typeof weroomConsent;
  }
}
