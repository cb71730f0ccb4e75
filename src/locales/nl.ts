import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Dutch, in the register of Dutch public sites ("u"). Glossary: glossary/nl.md. */
const nl = {
  code: 'nl',
  texts: {
    banner: {
      label: 'Toestemming voor cookies',
      title: 'Wij gebruiken cookies',
      description:
        'Sommige cookies zijn nodig om de website te laten werken. Met uw toestemming zouden we ook andere cookies gebruiken, om te meten hoe de website wordt gebruikt en om u relevante advertenties te tonen. U kunt uw keuze op elk moment wijzigen.',
      policyChanged: 'Ons cookiebeleid is gewijzigd sinds uw laatste keuze. Geef opnieuw aan wat u toestaat.',
      policyLink: 'Lees ons cookiebeleid',
      acceptAll: 'Alles accepteren',
      rejectAll: 'Alles weigeren',
      customize: 'Aanpassen',
      continueWithoutAccepting: 'Doorgaan zonder accepteren',
      acrossDevices: 'Zolang u bent ingelogd, geldt uw keuze ook op uw andere apparaten, en als u die op één apparaat wijzigt of intrekt, verandert die op alle apparaten.',
    },
    status: {
      acceptedAll: 'Alle cookies zijn geaccepteerd.',
      rejectedAll: 'Optionele cookies zijn geweigerd.',
      saved: 'Uw cookievoorkeuren zijn opgeslagen.',
    },
    settings: {
      open: 'Cookie-instellingen',
    },
    gate: {
      message: 'U ziet deze inhoud alleen als u toestemming geeft voor “{category}”, omdat hier cookies van die categorie worden geplaatst.',
      allow: '“{category}” toestaan',
      service: 'Deze inhoud komt van {service}, een dienst van {company}. U ziet deze inhoud alleen als u toestemming geeft voor “{category}”, omdat deze dienst gegevens op uw apparaat kan opslaan of uitlezen.',
      settings: 'Cookie-instellingen',
    },
    optOut: {
      title: 'Uw privacykeuzes',
      notice:
        'Wij en onze partners gebruiken cookies om te meten hoe de website wordt gebruikt en om u relevante advertenties te tonen. Volgens sommige privacywetten is dat het verkopen of delen van uw persoonsgegevens. U kunt daar altijd bezwaar tegen maken.',
      link: 'Mijn persoonsgegevens niet verkopen of delen',
      dismiss: 'Sluiten',
      gpcHonored: 'Uw bezwaar wordt gehonoreerd: uw browser verstuurt een Global Privacy Control-signaal, dus wij verkopen of delen uw persoonsgegevens niet.',
      optedOut: 'U heeft bezwaar gemaakt tegen het verkopen of delen van uw persoonsgegevens.',
    },
    categories: {
      features: {
        title: 'Functioneel',
        description: 'Houden de website werkend en veilig, bijvoorbeeld om u ingelogd te houden. Deze cookies kunnen niet worden uitgezet.',
      },
      performance: {
        title: 'Analytisch',
        description: 'Tellen bezoeken en laten zien hoe de website wordt gebruikt, met een identificatiecode per browser, zodat we de website kunnen verbeteren.',
      },
      advertising: {
        title: 'Marketing',
        description: 'Herkennen uw browser op verschillende websites om de advertenties te kiezen die u ziet en de resultaten ervan te meten; deze gegevens worden gedeeld met advertentiepartners.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./nl-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default nl;
