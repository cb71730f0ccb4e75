import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Lithuanian: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Slapukų nuostatos',
    description: 'Pasirinkite, kuriuos slapukus galime naudoti. Neprivalomi slapukai lieka išjungti, kol jų neįjungsite.',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    save: 'Išsaugoti nuostatas',
    close: 'Uždaryti',
    alwaysActive: 'Visada aktyvūs',
    heldByGpc: 'Išjungta, nes Jūsų naršyklė siunčia signalą Global Privacy Control. Vis dėlto čia galite šią kategoriją įjungti.',
    optOut: 'Atsisakyti savo asmens duomenų pardavimo ar teikimo',
    optOutDescription: 'Kai kurie slapukai veikia, kol jų neatsisakysite. Išjunkite kategoriją, kad ją sustabdytumėte, arba vienu veiksmu atsisakykite savo asmens duomenų pardavimo ar teikimo.',
    defaultCategoryDescription: 'Neprivalomi slapukai, naudojami šiam tikslui. Jie lieka išjungti, kol jų neįjungsite.',
  },
  cookies: {
    caption: 'Slapukai: {category}',
    name: 'Slapukas',
    provider: 'Teikėjas',
    purpose: 'Paskirtis',
    duration: 'Trukmė',
    none: 'Šiai kategorijai nenurodyta jokių slapukų.',
    session: 'Iki naršyklės uždarymo',
    services: 'Paslaugos: {category}',
    privacyPolicy: 'Privatumo politika: {service}',
  },
  policy: {
    whatTitle: 'Kas yra slapukas?',
    what: 'Slapukas – tai nedidelis tekstas, kurį svetainė įrašo Jūsų naršyklėje, kad vėliau galėtų ją atpažinti. Paprastai jame nurodomas jį įrašiusios svetainės pavadinimas, galiojimo trukmė ir reikšmė, dažnai atsitiktinis skaičius. Panašios technologijos, pavyzdžiui, žiniatinklio švyturėliai ir žymės, veikia taip pat, ir joms taikomas tas pats pasirinkimas.',
    useTitle: 'Kaip naudojame slapukus',
    use: 'Mūsų slapukai suskirstyti į toliau nurodytas kategorijas. Svetainei būtini slapukai visada įjungti; kiti lieka išjungti, kol juos leisite.',
    manageTitle: 'Kaip tvarkyti slapukus',
    manage: 'Savo pasirinkimą galite bet kada pakeisti čia arba per nuorodą „Slapukų nustatymai“, esančią kiekviename puslapyje. Slapukus blokuoti ar ištrinti galima ir naršyklėje; kaip tai padaryti, paaiškinta jos žinyne. Užblokavus reklamos slapukus, reklama nedingsta, tik ji būna Jums mažiau aktuali.',
    changesTitle: 'Šios politikos pakeitimai',
    changes: 'Kai pakeičiame slapukų naudojimo tvarką, kito apsilankymo metu vėl paprašome Jūsų pasirinkti. Tai politikos versija {revision}.',
    choiceTitle: 'Jūsų pasirinkimas',
    choiceUndecided: 'Dar nepasirinkote. Naudojami tik svetainei būtini slapukai.',
    // No full stop: the Lithuanian long date already ends with one ("2024 m. kovo 12 d.").
    choiceDecided: 'Pasirinkimo data: {date}',
    granted: 'Leidžiama',
    denied: 'Neleidžiama',
    change: 'Keisti slapukų nustatymus',
    history: 'Peržiūrėti šios svetainės saugomus Jūsų pasirinkimų įrašus',
  },
  account: {
    notice: 'Jūsų pasirinkimas dėl slapukų perimtas iš Jūsų paskyros: pasirinkote kitame įrenginyje.',
  },
  purposes: {
    gaClientId: 'Atskiria lankytojus pagal atsitiktinį identifikatorių.',
    gaSessionState: 'Išsaugo apsilankymo būseną.',
    gaDailyId: 'Atskiria lankytojus vienos dienos laikotarpiu.',
    gaThrottle: 'Riboja, kaip dažnai siunčiami duomenys.',
    gclConversion: 'Susieja reklamos paspaudimą su vėlesniu apsilankymu, kad būtų galima įvertinti konversijas.',
    adBrowserId: 'Atskiria naršykles, kad būtų galima įvertinti reklamos veiksmingumą ir parinkti rodomą reklamą.',
    adClickId: 'Išsaugo reklamos paspaudimą, per kurį patekote į šią svetainę, kad būtų galima įvertinti konversijas.',
    analyticsUserId: 'Atskiria lankytojus, kad būtų galima matuoti, kaip naudojama svetainė.',
    analyticsSession: 'Susieja vieno apsilankymo puslapius.',
  },
};

export default more;
