import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Danish, in the register of Danish public sites ("du"). Glossary: glossary/da.md. */
const da = {
  code: 'da',
  texts: {
    banner: {
      label: 'Samtykke til cookies',
      title: 'Vi bruger cookies',
      description:
        'Nogle cookies får hjemmesiden til at fungere. Med dit samtykke vil vi også bruge andre cookies til at måle, hvordan hjemmesiden bruges, og til at vise relevante annoncer. Du kan til enhver tid ændre dit valg.',
      policyChanged: 'Vores cookiepolitik er ændret, siden du sidst valgte. Fortæl os venligst igen, hvad du tillader.',
      policyLink: 'Læs vores cookiepolitik',
      acceptAll: 'Accepter alle',
      rejectAll: 'Afvis alle',
      customize: 'Tilpas',
      continueWithoutAccepting: 'Fortsæt uden at acceptere',
      acrossDevices: 'Mens du er logget ind, gælder dit valg også på dine andre enheder, og hvis du ændrer eller trækker det tilbage på én af dem, ændres det på dem alle.',
    },
    status: {
      acceptedAll: 'Alle cookies er accepteret.',
      rejectedAll: 'Valgfrie cookies er afvist.',
      saved: 'Dine cookievalg er gemt.',
    },
    settings: {
      open: 'Cookieindstillinger',
    },
    gate: {
      message: 'Dette indhold vises kun med dit samtykke til »{category}«, fordi det sætter cookies i den kategori.',
      allow: 'Tillad »{category}«',
      service: 'Dette indhold kommer fra {service}, en tjeneste fra {company}. Det vises kun med dit samtykke til »{category}«, fordi det kan gemme eller læse data på din enhed.',
      settings: 'Cookieindstillinger',
    },
    optOut: {
      title: 'Dine privatlivsvalg',
      notice:
        'Vi og vores partnere bruger cookies til at måle, hvordan hjemmesiden bruges, og til at vise dig relevante annoncer, hvilket visse databeskyttelseslove betragter som salg eller deling af dine personoplysninger. Du kan til enhver tid fravælge det.',
      link: 'Sælg eller del ikke mine personoplysninger',
      dismiss: 'Luk',
      gpcHonored: 'Din anmodning om fravalg er imødekommet: din browser sender et Global Privacy Control-signal, så vi hverken sælger eller deler dine personoplysninger.',
      optedOut: 'Du har fravalgt salg eller deling af dine personoplysninger.',
    },
    categories: {
      features: {
        title: 'Nødvendige',
        description: 'Holder hjemmesiden kørende og sikker, for eksempel så du forbliver logget ind. De kan ikke slås fra.',
      },
      performance: {
        title: 'Statistik',
        description: 'Tæller besøg og viser, hvordan hjemmesiden bruges, med en identifikator for hver browser, så vi kan forbedre den.',
      },
      advertising: {
        title: 'Marketing',
        description: 'Genkender din browser på tværs af hjemmesider for at vælge de annoncer, du ser, og måle deres effekt; oplysningerne deles med annoncepartnere.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./da-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default da;
