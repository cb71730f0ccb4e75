import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Slovak, in the formal register of Slovak public sites ("vy", plural). Glossary: glossary/sk.md. */
const sk = {
  code: 'sk',
  texts: {
    banner: {
      label: 'Súhlas so súbormi cookie',
      title: 'Používame súbory cookie',
      description:
        'Niektoré súbory cookie zabezpečujú fungovanie webu. S vaším súhlasom by sme používali aj ďalšie, aby sme merali, ako sa web používa, a zobrazovali vám relevantnú reklamu. Svoje rozhodnutie môžete kedykoľvek zmeniť.',
      policyChanged: 'Od vašej poslednej voľby sa naše zásady používania súborov cookie zmenili. Povedzte nám, prosím, znova, čo povoľujete.',
      policyLink: 'Prečítajte si naše zásady používania súborov cookie',
      acceptAll: 'Prijať všetko',
      rejectAll: 'Odmietnuť všetko',
      customize: 'Prispôsobiť',
      continueWithoutAccepting: 'Pokračovať bez súhlasu',
      acrossDevices: 'Kým ste prihlásení, vaša voľba platí aj na vašich ďalších zariadeniach a ak ju na jednom z nich zmeníte alebo odvoláte, zmení sa na všetkých.',
    },
    status: {
      acceptedAll: 'Všetky súbory cookie boli prijaté.',
      rejectedAll: 'Voliteľné súbory cookie boli odmietnuté.',
      saved: 'Vaše predvoľby súborov cookie boli uložené.',
    },
    settings: {
      open: 'Nastavenia súborov cookie',
    },
    gate: {
      message: 'Tento obsah sa zobrazí iba s vaším súhlasom pre kategóriu „{category}“, pretože ukladá súbory cookie tejto kategórie.',
      allow: 'Povoliť kategóriu „{category}“',
      service: 'Tento obsah poskytuje služba {service} spoločnosti {company}. Zobrazí sa iba s vaším súhlasom pre kategóriu „{category}“, pretože môže ukladať alebo čítať údaje vo vašom zariadení.',
      settings: 'Nastavenia súborov cookie',
    },
    optOut: {
      title: 'Vaše možnosti ochrany súkromia',
      notice:
        'My a naši partneri používame súbory cookie, aby sme merali, ako sa web používa, a zobrazovali vám relevantnú reklamu. Niektoré zákony o ochrane súkromia to považujú za predaj alebo zdieľanie vašich osobných údajov. Kedykoľvek to môžete odmietnuť.',
      link: 'Nepredávať ani nezdieľať moje osobné údaje',
      dismiss: 'Zavrieť',
      gpcHonored: 'Vaše odmietnutie rešpektujeme: váš prehliadač posiela signál Global Privacy Control, preto vaše osobné údaje nepredávame ani nezdieľame.',
      optedOut: 'Odmietli ste predaj alebo zdieľanie svojich osobných údajov.',
    },
    categories: {
      features: {
        title: 'Nevyhnutné',
        description: 'Zabezpečujú fungovanie a bezpečnosť webu, napríklad aby ste zostali prihlásení. Nedajú sa vypnúť.',
      },
      performance: {
        title: 'Analytické',
        description: 'Počítajú návštevy a ukazujú, ako sa web používa, pomocou identifikátora pre každý prehliadač, aby sme ho mohli zlepšovať.',
      },
      advertising: {
        title: 'Marketingové',
        description: 'Rozpoznávajú váš prehliadač na rôznych weboch, aby mohli vyberať zobrazované reklamy a merať ich výsledky; tieto údaje zdieľame s reklamnými partnermi.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./sk-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default sk;
