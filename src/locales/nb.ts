import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Norwegian Bokmål, in the register of Norwegian public sites ("du"). Glossary: glossary/nb.md. */
const nb = {
  code: 'nb',
  texts: {
    banner: {
      label: 'Samtykke til informasjonskapsler',
      title: 'Vi bruker informasjonskapsler',
      description:
        'Noen informasjonskapsler trengs for at nettstedet skal fungere. Med ditt samtykke vil vi også bruke andre, for å måle hvordan nettstedet brukes og for å vise relevant reklame. Du kan ombestemme deg når som helst.',
      policyChanged: 'Erklæringen vår om informasjonskapsler er endret siden du sist valgte. Fortell oss igjen hva du tillater.',
      policyLink: 'Les erklæringen vår om informasjonskapsler',
      acceptAll: 'Godta alle',
      rejectAll: 'Avvis alle',
      customize: 'Tilpass',
      continueWithoutAccepting: 'Fortsett uten å godta',
      acrossDevices: 'Når du er logget inn, gjelder valget ditt også på de andre enhetene dine, og endrer eller trekker du det tilbake på én av dem, endres det på alle.',
    },
    status: {
      acceptedAll: 'Alle informasjonskapsler er godtatt.',
      rejectedAll: 'Valgfrie informasjonskapsler er avvist.',
      saved: 'Valgene dine for informasjonskapsler er lagret.',
    },
    settings: {
      open: 'Innstillinger for informasjonskapsler',
    },
    gate: {
      message: 'Dette innholdet vises bare hvis du samtykker til «{category}», fordi det lagrer informasjonskapsler i den kategorien.',
      allow: 'Tillat «{category}»',
      service: 'Dette innholdet kommer fra {service}, en tjeneste fra {company}. Det vises bare hvis du samtykker til «{category}», fordi det kan lagre eller lese data på enheten din.',
      settings: 'Innstillinger for informasjonskapsler',
    },
    optOut: {
      title: 'Dine personvernvalg',
      notice:
        'Vi og partnerne våre bruker informasjonskapsler for å måle hvordan nettstedet brukes og for å vise deg relevant reklame. Enkelte personvernlover regner dette som salg eller deling av personopplysningene dine. Du kan når som helst reservere deg.',
      link: 'Ikke selg eller del personopplysningene mine',
      dismiss: 'Lukk',
      gpcHonored: 'Reservasjonen din er tatt til følge: Nettleseren din sender et Global Privacy Control-signal, så vi verken selger eller deler personopplysningene dine.',
      optedOut: 'Du har reservert deg mot salg eller deling av personopplysningene dine.',
    },
    categories: {
      features: {
        title: 'Nødvendige',
        description: 'Holder nettstedet i gang og sikkert, for eksempel for at du skal forbli innlogget. De kan ikke slås av.',
      },
      performance: {
        title: 'Statistikk',
        description: 'Teller besøk og viser hvordan nettstedet brukes, med en identifikator for hver nettleser, slik at vi kan forbedre det.',
      },
      advertising: {
        title: 'Markedsføring',
        description: 'Kjenner igjen nettleseren din på tvers av nettsteder for å velge annonsene du ser og måle resultatene av dem; opplysningene deles med annonsepartnere.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./nb-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default nb;
