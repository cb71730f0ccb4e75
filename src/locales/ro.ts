import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Romanian, in the formal register of Romanian public sites ("dumneavoastră"). Glossary: glossary/ro.md. */
const ro = {
  code: 'ro',
  texts: {
    banner: {
      label: 'Consimțământ privind cookie-urile',
      title: 'Folosim cookie-uri',
      description:
        'Unele cookie-uri sunt necesare pentru funcționarea site-ului. Cu acordul dumneavoastră, am folosi și altele, pentru a măsura modul în care este utilizat site-ul și pentru a vă afișa publicitate relevantă. Vă puteți răzgândi oricând.',
      policyChanged: 'Politica noastră privind cookie-urile s-a schimbat de la ultima dumneavoastră alegere. Vă rugăm să ne spuneți din nou ce permiteți.',
      policyLink: 'Citiți politica noastră privind cookie-urile',
      acceptAll: 'Acceptați toate',
      rejectAll: 'Respingeți toate',
      customize: 'Personalizați',
      continueWithoutAccepting: 'Continuați fără a accepta',
      acrossDevices: 'Pe durata autentificării, alegerea se aplică și pe celelalte dispozitive ale dumneavoastră, iar dacă o modificați sau o retrageți pe unul dintre ele, se modifică pe toate.',
    },
    status: {
      acceptedAll: 'Toate cookie-urile au fost acceptate.',
      rejectedAll: 'Cookie-urile opționale au fost respinse.',
      saved: 'Preferințele dumneavoastră privind cookie-urile au fost salvate.',
    },
    settings: {
      open: 'Setări pentru cookie-uri',
    },
    gate: {
      message: 'Acest conținut este afișat numai cu acordul dumneavoastră pentru categoria „{category}”, deoarece plasează cookie-uri din această categorie.',
      allow: 'Permiteți „{category}”',
      service: 'Acest conținut provine de la serviciul {service} al companiei {company}. Este afișat numai cu acordul dumneavoastră pentru categoria „{category}”, deoarece poate stoca sau citi date pe dispozitivul dumneavoastră.',
      settings: 'Setări pentru cookie-uri',
    },
    optOut: {
      title: 'Opțiunile dumneavoastră de confidențialitate',
      notice:
        'Noi și partenerii noștri folosim cookie-uri pentru a măsura utilizarea site-ului și a vă afișa publicitate relevantă, ceea ce unele legi privind confidențialitatea consideră vânzare sau partajare a datelor dumneavoastră personale. Vă puteți opune oricând.',
      link: 'Nu vindeți și nu partajați datele mele personale',
      dismiss: 'Închideți',
      gpcHonored: 'Cererea de opoziție este respectată: browserul dumneavoastră trimite semnalul Global Privacy Control, așa că nu vindem și nu partajăm datele dumneavoastră personale.',
      optedOut: 'V-ați opus vânzării sau partajării datelor dumneavoastră personale.',
    },
    categories: {
      features: {
        title: 'Strict necesare',
        description: 'Mențin site-ul funcțional și sigur, de exemplu pentru menținerea autentificării. Nu pot fi dezactivate.',
      },
      performance: {
        title: 'Analitice',
        description: 'Numără vizitele și arată cum este utilizat site-ul, cu un identificator pentru fiecare browser, pentru ca noi să îl putem îmbunătăți.',
      },
      advertising: {
        title: 'Publicitare',
        description: 'Vă recunosc browserul pe diferite site-uri pentru a alege reclamele pe care le vedeți și a le măsura rezultatele; aceste informații sunt partajate cu parteneri de publicitate.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./ro-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default ro;
