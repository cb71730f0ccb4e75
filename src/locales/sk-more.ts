import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Slovak: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Predvoľby súborov cookie',
    description: 'Vyberte, ktoré súbory cookie smieme používať. Voliteľné súbory cookie zostanú vypnuté, kým ich nezapnete.',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    save: 'Uložiť predvoľby',
    close: 'Zavrieť',
    alwaysActive: 'Vždy aktívne',
    heldByGpc: 'Vypnuté, pretože váš prehliadač posiela signál Global Privacy Control. Kategóriu tu však môžete zapnúť.',
    optOut: 'Odmietnuť predaj alebo zdieľanie mojich osobných údajov',
    optOutDescription: 'Niektoré súbory cookie sú aktívne, kým ich neodmietnete. Vypnite kategóriu, aby ste ju zastavili, alebo jedným krokom odmietnite predaj alebo zdieľanie svojich osobných údajov.',
    defaultCategoryDescription: 'Voliteľné súbory cookie používané na tento účel. Zostanú vypnuté, kým ich nezapnete.',
  },
  cookies: {
    caption: 'Súbory cookie: {category}',
    name: 'Súbor cookie',
    provider: 'Poskytovateľ',
    purpose: 'Účel',
    duration: 'Doba platnosti',
    none: 'Pre túto kategóriu nie sú uvedené žiadne súbory cookie.',
    session: 'Do zatvorenia prehliadača',
    services: 'Služby: {category}',
    privacyPolicy: 'Zásady ochrany osobných údajov služby {service}',
  },
  policy: {
    whatTitle: 'Čo je súbor cookie?',
    what: 'Súbor cookie je malý kúsok textu, ktorý web uloží do vášho prehliadača, aby mohol váš prehliadač neskôr rozpoznať. Zvyčajne obsahuje názov webu, ktorý ho uložil, dobu platnosti a hodnotu, často náhodné číslo. Podobné technológie, napríklad webové majáky a tagy, fungujú rovnako a riadia sa rovnakou voľbou.',
    useTitle: 'Ako používame súbory cookie',
    use: 'Naše súbory cookie patria do kategórií uvedených nižšie. Súbory cookie, ktoré web potrebuje, sú vždy zapnuté; ostatné zostanú vypnuté, kým ich nepovolíte.',
    manageTitle: 'Ako spravovať súbory cookie',
    manage: 'Svoju voľbu môžete kedykoľvek zmeniť tu alebo cez odkaz „Nastavenia súborov cookie“ na každej stránke. Súbory cookie môže blokovať alebo mazať aj váš prehliadač; ako na to, nájdete v jeho pomocníkovi. Zablokovaním reklamných súborov cookie reklamy nezmiznú; budú pre vás len menej relevantné.',
    changesTitle: 'Zmeny týchto zásad',
    changes: 'Keď zmeníme spôsob, akým používame súbory cookie, pri vašej ďalšej návšteve vás znova požiadame o voľbu. Toto je verzia {revision} zásad.',
    choiceTitle: 'Vaša voľba',
    choiceUndecided: 'Zatiaľ ste sa nerozhodli. Používajú sa iba súbory cookie, ktoré web potrebuje.',
    choiceDecided: 'Voľbu ste urobili {date}.',
    granted: 'Povolené',
    denied: 'Nepovolené',
    change: 'Zmeniť nastavenia súborov cookie',
    history: 'Zobraziť záznam vašich volieb, ktorý uchováva tento web',
  },
  account: {
    notice: 'Vaša voľba súborov cookie pochádza z vášho účtu: urobili ste ju na inom zariadení.',
  },
  purposes: {
    gaClientId: 'Rozlišuje návštevníkov pomocou náhodného identifikátora.',
    gaSessionState: 'Uchováva stav návštevy.',
    gaDailyId: 'Rozlišuje návštevníkov počas jedného dňa.',
    gaThrottle: 'Obmedzuje, ako často sa odosielajú údaje.',
    gclConversion: 'Prepája kliknutie na reklamu s neskoršou návštevou, aby sa dali merať konverzie.',
    adBrowserId: 'Rozlišuje prehliadače, aby bolo možné merať účinnosť reklamy a vyberať, ktoré reklamy sa zobrazia.',
    adClickId: 'Uchováva kliknutie na reklamu, ktoré vás sem priviedlo, aby sa dali merať konverzie.',
    analyticsUserId: 'Rozlišuje návštevníkov, aby sa dalo merať, ako sa web používa.',
    analyticsSession: 'Prepája stránky jednej návštevy.',
  },
};

export default more;
