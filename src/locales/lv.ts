import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Latvian, in the formal register of Latvian public sites ("Jūs", capitalised). Glossary: glossary/lv.md. */
const lv = {
  code: 'lv',
  texts: {
    banner: {
      label: 'Piekrišana sīkdatnēm',
      title: 'Mēs izmantojam sīkdatnes',
      description:
        'Dažas sīkdatnes nodrošina vietnes darbību. Ar Jūsu piekrišanu mēs izmantotu arī citas, lai mērītu vietnes lietojumu un rādītu Jums atbilstošas reklāmas. Savu lēmumu varat mainīt jebkurā laikā.',
      policyChanged: 'Kopš Jūsu pēdējās izvēles mūsu sīkdatņu politika ir mainījusies. Lūdzu, vēlreiz norādiet, ko atļaujat.',
      policyLink: 'Lasīt mūsu sīkdatņu politiku',
      acceptAll: 'Pieņemt visas',
      rejectAll: 'Noraidīt visas',
      customize: 'Pielāgot',
      continueWithoutAccepting: 'Turpināt bez piekrišanas',
      acrossDevices: 'Kamēr Jūsu pieteikšanās ir aktīva, izvēle attiecas arī uz citām Jūsu ierīcēm, un, ja to maināt vai atsaucat vienā ierīcē, tā mainās visās.',
    },
    status: {
      acceptedAll: 'Visas sīkdatnes ir pieņemtas.',
      rejectedAll: 'Neobligātās sīkdatnes ir noraidītas.',
      saved: 'Jūsu sīkdatņu izvēle ir saglabāta.',
    },
    settings: {
      open: 'Sīkdatņu iestatījumi',
    },
    gate: {
      message: 'Šis saturs tiek rādīts tikai ar Jūsu piekrišanu kategorijai “{category}”, jo tas saglabā šīs kategorijas sīkdatnes.',
      allow: 'Atļaut kategoriju “{category}”',
      service: 'Šo saturu nodrošina pakalpojums {service}, ko pārvalda {company}. Tas tiek rādīts tikai ar Jūsu piekrišanu kategorijai “{category}”, jo tas var saglabāt datus Jūsu ierīcē vai nolasīt tos.',
      settings: 'Sīkdatņu iestatījumi',
    },
    optOut: {
      title: 'Jūsu privātuma izvēle',
      notice:
        'Mēs un mūsu partneri izmantojam sīkdatnes, lai mērītu vietnes lietojumu un rādītu Jums atbilstošas reklāmas. Dažos privātuma likumos tas tiek uzskatīts par Jūsu personas datu pārdošanu vai kopīgošanu. No tā varat atteikties jebkurā laikā.',
      link: 'Nepārdot un nekopīgot manus personas datus',
      dismiss: 'Aizvērt',
      gpcHonored: 'Jūsu atteikums tiek ievērots: Jūsu pārlūkprogramma sūta signālu Global Privacy Control, tāpēc mēs Jūsu personas datus nepārdodam un nekopīgojam.',
      optedOut: 'Atteikšanās no Jūsu personas datu pārdošanas vai kopīgošanas ir reģistrēta.',
    },
    categories: {
      features: {
        title: 'Nepieciešamās',
        description: 'Nodrošina vietnes darbību un drošību, piemēram, lai saglabātu Jūsu pieteikšanos. Tās nevar izslēgt.',
      },
      performance: {
        title: 'Analītiskās',
        description: 'Uzskaita apmeklējumus un parāda, kā vietne tiek izmantota, ar identifikatoru katrai pārlūkprogrammai, lai mēs to varētu uzlabot.',
      },
      advertising: {
        title: 'Mārketinga',
        description: 'Atpazīst Jūsu pārlūkprogrammu dažādās vietnēs, lai izvēlētos Jums rādītās reklāmas un mērītu to rezultātus. Šie dati tiek kopīgoti ar reklāmas partneriem.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./lv-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default lv;
