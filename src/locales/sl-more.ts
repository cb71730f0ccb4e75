import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Slovenian: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Izbira piškotkov',
    description: 'Izberite, katere piškotke smemo uporabljati. Neobvezni piškotki ostanejo izklopljeni, dokler jih ne vklopite.',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    save: 'Shrani izbiro',
    close: 'Zapri',
    alwaysActive: 'Vedno aktivni',
    heldByGpc: 'Izklopljeno, ker vaš brskalnik pošilja signal Global Privacy Control. Kategorijo lahko tukaj vseeno vklopite.',
    optOut: 'Zavrni prodajo ali deljenje mojih osebnih podatkov',
    optOutDescription: 'Nekateri piškotki delujejo, dokler jih ne zavrnete. Izklopite kategorijo, da jo ustavite, ali pa v enem koraku zavrnite prodajo ali deljenje svojih osebnih podatkov.',
    defaultCategoryDescription: 'Neobvezni piškotki, ki se uporabljajo v ta namen. Ostanejo izklopljeni, dokler jih ne vklopite.',
  },
  cookies: {
    caption: 'Piškotki: {category}',
    name: 'Piškotek',
    provider: 'Ponudnik',
    purpose: 'Namen',
    duration: 'Trajanje',
    none: 'Za to kategorijo ni navedenih piškotkov.',
    session: 'Do zaprtja brskalnika',
    services: 'Storitve: {category}',
    privacyPolicy: 'Politika zasebnosti storitve {service}',
  },
  policy: {
    whatTitle: 'Kaj je piškotek?',
    what: 'Piškotek je kratko besedilo, ki ga spletno mesto shrani v vaš brskalnik, da lahko pozneje prepozna ta brskalnik. Običajno vsebuje ime spletnega mesta, ki ga je nastavilo, čas trajanja in vrednost, pogosto naključno število. Podobne tehnologije, kot so spletni svetilniki in oznake, delujejo enako in zanje velja ista izbira.',
    useTitle: 'Kako uporabljamo piškotke',
    use: 'Naši piškotki so razvrščeni v spodnje kategorije. Piškotki, ki jih spletno mesto potrebuje, so vedno vklopljeni; drugi ostanejo izklopljeni, dokler jih ne dovolite.',
    manageTitle: 'Kako upravljati piškotke',
    manage: 'Svojo izbiro lahko kadar koli spremenite tukaj ali s povezavo „Nastavitve piškotkov“ na vsaki strani. Piškotke lahko blokirate ali izbrišete tudi v brskalniku; navodila najdete v njegovi pomoči. Blokiranje oglaševalskih piškotkov oglasov ne odstrani; ti so za vas le manj ustrezni.',
    changesTitle: 'Spremembe te politike',
    changes: 'Ko spremenimo način uporabe piškotkov, vas ob naslednjem obisku znova vprašamo za izbiro. To je različica {revision} te politike.',
    choiceTitle: 'Vaša izbira',
    choiceUndecided: 'Niste se še odločili. Uporabljajo se samo piškotki, ki jih spletno mesto potrebuje.',
    // A label, not a sentence: the long date is in the nominative ("12. marec 2024").
    choiceDecided: 'Datum vaše izbire: {date}.',
    granted: 'Dovoljeno',
    denied: 'Ni dovoljeno',
    change: 'Spremeni nastavitve piškotkov',
    history: 'Prikaži evidenco vaših izbir, ki jo hrani to spletno mesto',
  },
  account: {
    notice: 'Vaša izbira piškotkov izhaja iz vašega računa: opravili ste jo na drugi napravi.',
  },
  purposes: {
    gaClientId: 'Razlikuje obiskovalce z naključnim identifikatorjem.',
    gaSessionState: 'Hrani stanje obiska.',
    gaDailyId: 'Razlikuje obiskovalce v obdobju enega dne.',
    gaThrottle: 'Omejuje, kako pogosto se pošiljajo podatki.',
    gclConversion: 'Poveže klik na oglas s poznejšim obiskom, da se izmerijo konverzije.',
    adBrowserId: 'Razlikuje brskalnike, da se lahko meri uspešnost oglasov in izbira, kateri oglasi se prikažejo.',
    adClickId: 'Hrani klik na oglas, ki vas je pripeljal sem, da se izmerijo konverzije.',
    analyticsUserId: 'Razlikuje obiskovalce, da se lahko meri uporaba spletnega mesta.',
    analyticsSession: 'Poveže strani istega obiska.',
  },
};

export default more;
