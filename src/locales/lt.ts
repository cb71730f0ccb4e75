import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Lithuanian, in the formal register of Lithuanian public sites ("Jūs", capitalised). Glossary: glossary/lt.md. */
const lt = {
  code: 'lt',
  texts: {
    banner: {
      label: 'Sutikimas dėl slapukų',
      title: 'Naudojame slapukus',
      description:
        'Kai kurie slapukai užtikrina svetainės veikimą. Jums sutikus, naudotume ir kitus, kad galėtume matuoti, kaip naudojama svetainė, ir rodyti Jums aktualią reklamą. Savo sprendimą galite pakeisti bet kada.',
      policyChanged: 'Nuo paskutinio Jūsų pasirinkimo mūsų slapukų politika pasikeitė. Prašome dar kartą nurodyti, ką leidžiate.',
      policyLink: 'Skaityti mūsų slapukų politiką',
      acceptAll: 'Priimti visus',
      rejectAll: 'Atmesti visus',
      customize: 'Tinkinti',
      continueWithoutAccepting: 'Tęsti be sutikimo',
      acrossDevices: 'Kol esate prisijungę, Jūsų pasirinkimas taikomas ir kituose Jūsų įrenginiuose, o jį pakeitus ar atšaukus viename iš jų, jis pasikeičia visuose.',
    },
    status: {
      acceptedAll: 'Visi slapukai priimti.',
      rejectedAll: 'Neprivalomi slapukai atmesti.',
      saved: 'Jūsų slapukų nuostatos išsaugotos.',
    },
    settings: {
      open: 'Slapukų nustatymai',
    },
    gate: {
      message: 'Šis turinys rodomas tik gavus Jūsų sutikimą dėl kategorijos „{category}“, nes jis įrašo šios kategorijos slapukus.',
      allow: 'Leisti kategoriją „{category}“',
      service: 'Šį turinį teikia paslauga {service}, kurią valdo {company}. Jis rodomas tik gavus Jūsų sutikimą dėl kategorijos „{category}“, nes gali įrašyti duomenis į Jūsų įrenginį arba juos nuskaityti.',
      settings: 'Slapukų nustatymai',
    },
    optOut: {
      title: 'Jūsų privatumo pasirinkimai',
      notice:
        'Mes ir mūsų partneriai naudojame slapukus, kad matuotume, kaip naudojama svetainė, ir rodytume Jums aktualią reklamą. Kai kurie privatumo įstatymai tai laiko Jūsų asmens duomenų pardavimu ar teikimu. To galite atsisakyti bet kada.',
      link: 'Neparduoti ir neteikti mano asmens duomenų',
      dismiss: 'Uždaryti',
      gpcHonored: 'Atsisakymo prašymas įvykdytas: Jūsų naršyklė siunčia signalą Global Privacy Control, todėl Jūsų asmens duomenų neparduodame ir neteikiame.',
      optedOut: 'Atsisakėte savo asmens duomenų pardavimo ar teikimo.',
    },
    categories: {
      features: {
        title: 'Būtinieji',
        description: 'Užtikrina svetainės veikimą ir saugumą, pavyzdžiui, kad liktumėte prisijungę. Jų išjungti negalima.',
      },
      performance: {
        title: 'Analitiniai',
        description: 'Skaičiuoja apsilankymus ir parodo, kaip naudojama svetainė, naudodami kiekvienos naršyklės identifikatorių, kad galėtume ją tobulinti.',
      },
      advertising: {
        title: 'Reklaminiai',
        description: 'Atpažįsta Jūsų naršyklę skirtingose svetainėse, kad būtų galima parinkti Jums rodomą reklamą ir įvertinti jos rezultatus. Šiais duomenimis dalijamasi su reklamos partneriais.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./lt-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default lt;
