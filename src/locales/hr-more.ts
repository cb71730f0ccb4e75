import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Croatian: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Odabir kolačića',
    description: 'Odaberite koje kolačiće smijemo upotrebljavati. Neobvezni kolačići ostaju isključeni dok ih ne uključite.',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    save: 'Spremi odabir',
    close: 'Zatvori',
    alwaysActive: 'Uvijek aktivni',
    heldByGpc: 'Isključeno jer Vaš preglednik šalje signal Global Privacy Control. Ovdje ipak možete uključiti ovu kategoriju.',
    optOut: 'Protivim se prodaji ili dijeljenju svojih osobnih podataka',
    optOutDescription: 'Neki su kolačići uključeni dok se ne usprotivite. Isključite kategoriju da biste je zaustavili ili se jednim korakom usprotivite prodaji ili dijeljenju svojih osobnih podataka.',
    defaultCategoryDescription: 'Neobvezni kolačići koji se upotrebljavaju u tu svrhu. Ostaju isključeni dok ih ne uključite.',
  },
  cookies: {
    caption: 'Kolačići: {category}',
    name: 'Kolačić',
    provider: 'Pružatelj',
    purpose: 'Svrha',
    duration: 'Trajanje',
    none: 'Za ovu kategoriju nije naveden nijedan kolačić.',
    session: 'Do zatvaranja preglednika',
    services: 'Usluge: {category}',
    privacyPolicy: 'Pravila privatnosti usluge {service}',
  },
  policy: {
    whatTitle: 'Što je kolačić?',
    what: 'Kolačić je kratak tekst koji mrežno mjesto pohranjuje u Vaš preglednik kako bi ga kasnije moglo prepoznati. Obično sadržava naziv mrežnog mjesta koje ga je postavilo, rok trajanja i vrijednost, često nasumičan broj. Slične tehnologije, poput mrežnih svjetionika i oznaka, rade na isti način i za njih vrijedi isti odabir.',
    useTitle: 'Kako upotrebljavamo kolačiće',
    use: 'Naši su kolačići razvrstani u kategorije navedene u nastavku. Kolačići potrebni za rad mrežnog mjesta uvijek su uključeni, a ostali ostaju isključeni dok ih ne dopustite.',
    manageTitle: 'Kako upravljati kolačićima',
    manage: 'Svoj odabir možete promijeniti u bilo kojem trenutku, ovdje ili putem poveznice „Postavke kolačića” na svakoj stranici. Kolačiće može blokirati ili izbrisati i Vaš preglednik; upute ćete naći u njegovoj pomoći. Ako blokirate kolačiće za oglašavanje, oglasi neće nestati, samo će Vam biti manje relevantni.',
    changesTitle: 'Izmjene ovih pravila',
    changes: 'Kada promijenimo način upotrebe kolačića, ponovno ćemo Vas pri sljedećem posjetu pitati za odabir. Ovo je verzija {revision} ovih pravila.',
    choiceTitle: 'Vaš odabir',
    choiceUndecided: 'Još niste ništa odabrali. Upotrebljavaju se samo kolačići potrebni za rad mrežnog mjesta.',
    // No full stop: the Croatian long date already ends with one ("12. ožujka 2024.").
    choiceDecided: 'Odabrali ste {date}',
    granted: 'Dopušteno',
    denied: 'Nije dopušteno',
    change: 'Promijeni postavke kolačića',
    history: 'Pogledaj evidenciju svojih odabira koju vodi ovo mrežno mjesto',
  },
  account: {
    notice: 'Vaš je odabir kolačića preuzet iz Vašeg korisničkog računa: napravili ste ga na drugom uređaju.',
  },
  purposes: {
    gaClientId: 'Razlikuje posjetitelje pomoću nasumičnog identifikatora.',
    gaSessionState: 'Čuva stanje posjeta.',
    gaDailyId: 'Razlikuje posjetitelje tijekom jednog dana.',
    gaThrottle: 'Ograničava koliko se često šalju podaci.',
    gclConversion: 'Povezuje klik na oglas s kasnijim posjetom radi mjerenja konverzija.',
    adBrowserId: 'Razlikuje preglednike radi mjerenja učinka oglašavanja i odabira oglasa koji se prikazuju.',
    adClickId: 'Čuva klik na oglas koji Vas je doveo ovamo, radi mjerenja konverzija.',
    analyticsUserId: 'Razlikuje posjetitelje radi mjerenja upotrebe mrežnog mjesta.',
    analyticsSession: 'Povezuje stranice jednog posjeta.',
  },
};

export default more;
