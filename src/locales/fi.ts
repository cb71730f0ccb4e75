import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Finnish, in the register of Finnish public sites ("sinä"). Glossary: glossary/fi.md. */
const fi = {
  code: 'fi',
  texts: {
    banner: {
      label: 'Evästesuostumus',
      title: 'Käytämme evästeitä',
      description:
        'Osa evästeistä on välttämättömiä sivuston toiminnalle. Suostumuksellasi käyttäisimme myös muita evästeitä mitataksemme sivuston käyttöä ja näyttääksemme sinulle osuvaa mainontaa. Voit muuttaa valintaasi milloin tahansa.',
      policyChanged: 'Evästekäytäntömme on muuttunut edellisen valintasi jälkeen. Kerro meille uudelleen, mitä sallit.',
      policyLink: 'Lue evästekäytäntömme',
      acceptAll: 'Hyväksy kaikki',
      rejectAll: 'Hylkää kaikki',
      customize: 'Mukauta',
      continueWithoutAccepting: 'Jatka hyväksymättä',
      acrossDevices: 'Kun olet kirjautunut sisään, valintasi koskee myös muita laitteitasi, ja jos muutat tai peruutat sen yhdellä laitteella, se muuttuu kaikilla.',
    },
    status: {
      acceptedAll: 'Kaikki evästeet on hyväksytty.',
      rejectedAll: 'Valinnaiset evästeet on hylätty.',
      saved: 'Evästevalintasi on tallennettu.',
    },
    settings: {
      open: 'Evästeasetukset',
    },
    gate: {
      message: 'Tämä sisältö näytetään vain, jos annat suostumuksen luokalle ”{category}”, koska se tallentaa tämän luokan evästeitä.',
      allow: 'Salli ”{category}”',
      service: 'Tämän sisällön tarjoaa palvelu {service}, jota ylläpitää {company}. Sisältö näytetään vain, jos annat suostumuksen luokalle ”{category}”, koska se voi tallentaa tietoja laitteellesi tai lukea niitä.',
      settings: 'Evästeasetukset',
    },
    optOut: {
      title: 'Tietosuojavalintasi',
      notice:
        'Me ja kumppanimme käytämme evästeitä mitataksemme sivuston käyttöä ja näyttääksemme sinulle osuvia mainoksia, mitä jotkin tietosuojalait pitävät henkilötietojesi myyntinä tai jakamisena. Voit kieltää sen milloin tahansa.',
      link: 'Älä myy äläkä jaa henkilötietojani',
      dismiss: 'Sulje',
      gpcHonored: 'Kielto on otettu huomioon: selaimesi lähettää Global Privacy Control -signaalin, joten emme myy emmekä jaa henkilötietojasi.',
      optedOut: 'Olet kieltänyt henkilötietojesi myynnin tai jakamisen.',
    },
    categories: {
      features: {
        title: 'Välttämättömät',
        description: 'Pitävät sivuston toiminnassa ja turvallisena, esimerkiksi jotta pysyt kirjautuneena. Niitä ei voi poistaa käytöstä.',
      },
      performance: {
        title: 'Analytiikka',
        description: 'Laskevat käyntejä ja näyttävät, miten sivustoa käytetään, selainkohtaisen tunnisteen avulla, jotta voimme parantaa sivustoa.',
      },
      advertising: {
        title: 'Markkinointi',
        description: 'Tunnistavat selaimesi eri sivustoilla, jotta sinulle näytettävät mainokset voidaan valita ja niiden tuloksia mitata. Tietoja jaetaan mainoskumppaneille.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./fi-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default fi;
