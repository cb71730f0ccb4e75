import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Slovenian, in the formal register of Slovenian public sites ("vi", vikanje). Glossary: glossary/sl.md. */
const sl = {
  code: 'sl',
  texts: {
    banner: {
      label: 'Privolitev v piškotke',
      title: 'Uporabljamo piškotke',
      description:
        'Nekateri piškotki omogočajo delovanje spletnega mesta. Z vašo privolitvijo bi uporabljali tudi druge, da bi merili uporabo spletnega mesta in vam prikazovali ustrezne oglase. Svojo odločitev lahko kadar koli spremenite.',
      policyChanged: 'Naša politika piškotkov se je od vaše zadnje izbire spremenila. Prosimo, ponovno nam sporočite, kaj dovoljujete.',
      policyLink: 'Preberite našo politiko piškotkov',
      acceptAll: 'Sprejmi vse',
      rejectAll: 'Zavrni vse',
      customize: 'Prilagodi',
      continueWithoutAccepting: 'Nadaljuj brez sprejetja',
      acrossDevices: 'Dokler ste prijavljeni, vaša izbira velja tudi na vaših drugih napravah; če jo na eni od njih spremenite ali prekličete, se spremeni na vseh.',
    },
    status: {
      acceptedAll: 'Vsi piškotki so sprejeti.',
      rejectedAll: 'Neobvezni piškotki so zavrnjeni.',
      saved: 'Vaša izbira piškotkov je shranjena.',
    },
    settings: {
      open: 'Nastavitve piškotkov',
    },
    gate: {
      message: 'Ta vsebina se prikaže le z vašo privolitvijo za kategorijo „{category}“, ker nastavlja piškotke te kategorije.',
      allow: 'Dovoli kategorijo „{category}“',
      service: 'To vsebino zagotavlja storitev {service} družbe {company}. Prikaže se le z vašo privolitvijo za kategorijo „{category}“, ker lahko shranjuje ali bere podatke v vaši napravi.',
      settings: 'Nastavitve piškotkov',
    },
    optOut: {
      title: 'Vaše izbire glede zasebnosti',
      notice:
        'Mi in naši partnerji uporabljamo piškotke, da merimo uporabo spletnega mesta in vam prikazujemo ustrezne oglase, kar nekateri zakoni o zasebnosti štejejo za prodajo ali deljenje vaših osebnih podatkov. To lahko kadar koli zavrnete.',
      link: 'Ne prodajaj in ne deli mojih osebnih podatkov',
      dismiss: 'Zapri',
      gpcHonored: 'Zavrnitev je upoštevana: vaš brskalnik pošilja signal Global Privacy Control, zato vaših osebnih podatkov ne prodajamo in ne delimo.',
      optedOut: 'Zavrnili ste prodajo ali deljenje svojih osebnih podatkov.',
    },
    categories: {
      features: {
        title: 'Nujni',
        description: 'Skrbijo za delovanje in varnost spletnega mesta, na primer da ostanete prijavljeni. Ni jih mogoče izklopiti.',
      },
      performance: {
        title: 'Analitični',
        description: 'Štejejo obiske in kažejo, kako se spletno mesto uporablja, z identifikatorjem za vsak brskalnik, da ga lahko izboljšamo.',
      },
      advertising: {
        title: 'Oglaševalski',
        description: 'Prepoznajo vaš brskalnik na različnih spletnih mestih, da se izberejo oglasi, ki jih vidite, in izmerijo njihovi rezultati. Te podatke delimo z oglaševalskimi partnerji.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./sl-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default sl;
