import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Hungarian: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Sütipreferenciák',
    description: 'Válassza ki, mely sütiket használhatjuk. Az opcionális sütik kikapcsolva maradnak, amíg Ön be nem kapcsolja őket.',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    save: 'Preferenciák mentése',
    close: 'Bezárás',
    alwaysActive: 'Mindig aktív',
    heldByGpc: 'Kikapcsolva, mert böngészője Global Privacy Control jelzést küld. Ezt a kategóriát itt ennek ellenére bekapcsolhatja.',
    optOut: 'Tiltakozás személyes adataim eladása vagy megosztása ellen',
    optOutDescription: 'Egyes sütik addig működnek, amíg Ön nem tiltakozik. Egy kategória kikapcsolásával leállíthatja azt, vagy egy lépésben tiltakozhat személyes adatai eladása vagy megosztása ellen.',
    defaultCategoryDescription: 'Erre a célra használt opcionális sütik. Kikapcsolva maradnak, amíg Ön be nem kapcsolja őket.',
  },
  cookies: {
    caption: 'Sütik: {category}',
    name: 'Süti',
    provider: 'Szolgáltató',
    purpose: 'Cél',
    duration: 'Időtartam',
    none: 'Ehhez a kategóriához nincs megadott süti.',
    session: 'A böngésző bezárásáig',
    services: 'Szolgáltatások: {category}',
    privacyPolicy: 'Adatvédelmi tájékoztató: {service}',
  },
  policy: {
    whatTitle: 'Mi az a süti?',
    what: 'A süti egy kis szövegrészlet, amelyet egy weboldal az Ön böngészőjében tárol, hogy később felismerje a böngészőt. Általában tartalmazza a sütit elhelyező weboldal nevét, a süti érvényességi idejét és egy értéket, gyakran egy véletlenszerű számot. A hasonló technológiák, például a webjelzők és a címkék, ugyanígy működnek, és ugyanazt a döntést követik.',
    useTitle: 'Hogyan használjuk a sütiket',
    use: 'Sütijeink az alábbi kategóriákba tartoznak. A weboldal működéséhez szükséges sütik mindig be vannak kapcsolva; a többi kikapcsolva marad, amíg Ön nem engedélyezi őket.',
    manageTitle: 'Hogyan kezelheti a sütiket',
    manage: 'Döntését bármikor megváltoztathatja itt vagy a minden oldalon megtalálható „Sütibeállítások” hivatkozással. Böngészője is letilthatja vagy törölheti a sütiket: ennek módját a böngésző súgója ismerteti. A hirdetési sütik letiltásával a hirdetések nem tűnnek el, csak kevésbé illeszkednek az Ön érdeklődéséhez.',
    changesTitle: 'A tájékoztató módosításai',
    changes: 'Ha megváltoztatjuk, hogyan használjuk a sütiket, a következő látogatásakor ismét megkérjük, hogy döntsön. A tájékoztató verziója: {revision}.',
    choiceTitle: 'Az Ön döntése',
    choiceUndecided: 'Még nem döntött. Csak a weboldal működéséhez szükséges sütik vannak használatban.',
    // No full stop: the Hungarian long date already ends with one ("2024. március 12.").
    choiceDecided: 'Döntésének időpontja: {date}',
    granted: 'Engedélyezve',
    denied: 'Nincs engedélyezve',
    change: 'Sütibeállítások módosítása',
    history: 'A weboldal által döntéseiről vezetett nyilvántartás megtekintése',
  },
  account: {
    notice: 'A sütikkel kapcsolatos döntése a fiókjából származik: egy másik eszközön hozta meg.',
  },
  purposes: {
    gaClientId: 'Véletlenszerű azonosítóval különbözteti meg a látogatókat.',
    gaSessionState: 'Megőrzi egy látogatás állapotát.',
    gaDailyId: 'Egy napig megkülönbözteti a látogatókat.',
    gaThrottle: 'Korlátozza az adatküldés gyakoriságát.',
    gclConversion: 'Összekapcsolja a hirdetésre leadott kattintást egy későbbi látogatással, a konverziók méréséhez.',
    adBrowserId: 'Megkülönbözteti a böngészőket, a hirdetések hatékonyságának méréséhez és a megjelenített hirdetések kiválasztásához.',
    adClickId: 'Megőrzi azt a hirdetésre leadott kattintást, amellyel Ön a weboldalra érkezett, a konverziók méréséhez.',
    analyticsUserId: 'Megkülönbözteti a látogatókat, a weboldal használatának méréséhez.',
    analyticsSession: 'Összekapcsolja egy látogatás oldalait.',
  },
};

export default more;
