import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Czech: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Předvolby souborů cookie',
    description: 'Vyberte, které soubory cookie smíme používat. Volitelné soubory cookie zůstanou vypnuté, dokud je nezapnete.',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    save: 'Uložit předvolby',
    close: 'Zavřít',
    alwaysActive: 'Vždy aktivní',
    heldByGpc: 'Vypnuto, protože váš prohlížeč odesílá signál Global Privacy Control. Kategorii zde přesto můžete zapnout.',
    optOut: 'Vyjádřit nesouhlas s prodejem nebo sdílením mých osobních údajů',
    optOutDescription: 'Některé soubory cookie jsou aktivní, dokud nevyjádříte nesouhlas. Vypnutím kategorie ji zastavíte; nesouhlas s prodejem nebo sdílením svých osobních údajů můžete vyjádřit také jedním krokem.',
    defaultCategoryDescription: 'Volitelné soubory cookie používané k tomuto účelu. Zůstanou vypnuté, dokud je nezapnete.',
  },
  cookies: {
    caption: 'Soubory cookie: {category}',
    name: 'Soubor cookie',
    provider: 'Poskytovatel',
    purpose: 'Účel',
    duration: 'Doba platnosti',
    none: 'Pro tuto kategorii nejsou uvedeny žádné soubory cookie.',
    session: 'Do zavření prohlížeče',
    services: 'Služby: {category}',
    privacyPolicy: 'Zásady ochrany osobních údajů služby {service}',
  },
  policy: {
    whatTitle: 'Co je soubor cookie?',
    what: 'Soubor cookie je malý kousek textu, který web uloží do vašeho prohlížeče, aby mohl váš prohlížeč později rozpoznat. Obvykle obsahuje název webu, který ho uložil, dobu platnosti a hodnotu, často náhodné číslo. Podobné technologie, například webové majáky a tagy, fungují stejně a řídí se stejnou volbou.',
    useTitle: 'Jak soubory cookie používáme',
    use: 'Naše soubory cookie spadají do níže uvedených kategorií. Soubory cookie, které web potřebuje, jsou vždy zapnuté; ostatní zůstanou vypnuté, dokud je nepovolíte.',
    manageTitle: 'Jak spravovat soubory cookie',
    manage: 'Svou volbu můžete kdykoli změnit zde nebo odkazem „Nastavení souborů cookie“ na každé stránce. Soubory cookie může blokovat nebo mazat i váš prohlížeč; jak na to, najdete v jeho nápovědě. Zablokováním reklamních souborů cookie reklamy nezmizí; budou pro vás jen méně relevantní.',
    changesTitle: 'Změny těchto zásad',
    changes: 'Když změníme způsob, jakým soubory cookie používáme, při vaší příští návštěvě vás znovu požádáme o volbu. Toto je verze {revision} zásad.',
    choiceTitle: 'Vaše volba',
    choiceUndecided: 'Zatím jste se nerozhodli. Používají se jen soubory cookie, které web potřebuje.',
    choiceDecided: 'Volbu jste provedli {date}.',
    granted: 'Povoleno',
    denied: 'Nepovoleno',
    change: 'Změnit nastavení souborů cookie',
    history: 'Zobrazit záznam vašich voleb, který tento web uchovává',
  },
  account: {
    notice: 'Vaše volba týkající se souborů cookie pochází z vašeho účtu: provedli jste ji na jiném zařízení.',
  },
  purposes: {
    gaClientId: 'Rozlišuje návštěvníky pomocí náhodného identifikátoru.',
    gaSessionState: 'Uchovává stav návštěvy.',
    gaDailyId: 'Rozlišuje návštěvníky po dobu jednoho dne.',
    gaThrottle: 'Omezuje, jak často se odesílají data.',
    gclConversion: 'Propojuje kliknutí na reklamu s pozdější návštěvou, aby bylo možné měřit konverze.',
    adBrowserId: 'Rozlišuje prohlížeče, aby bylo možné měřit účinnost reklamy a vybírat, které reklamy se zobrazí.',
    adClickId: 'Uchovává kliknutí na reklamu, které vás sem přivedlo, aby bylo možné měřit konverze.',
    analyticsUserId: 'Rozlišuje návštěvníky, aby bylo možné měřit, jak se web používá.',
    analyticsSession: 'Propojuje stránky jedné návštěvy.',
  },
};

export default more;
