import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Finnish: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Evästevalinnat',
    description: 'Valitse, mitä evästeitä saamme käyttää. Valinnaiset evästeet ovat pois käytöstä, kunnes otat ne käyttöön.',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    save: 'Tallenna valinnat',
    close: 'Sulje',
    alwaysActive: 'Aina käytössä',
    heldByGpc: 'Pois käytöstä, koska selaimesi lähettää Global Privacy Control -signaalin. Voit silti ottaa luokan käyttöön tästä.',
    optOut: 'Kiellä henkilötietojeni myynti tai jakaminen',
    optOutDescription: 'Osa evästeistä on käytössä, kunnes kiellät ne. Voit poistaa yksittäisen luokan käytöstä tai kieltää kerralla henkilötietojesi myynnin tai jakamisen.',
    defaultCategoryDescription: 'Valinnaisia evästeitä, joita käytetään tähän tarkoitukseen. Ne ovat pois käytöstä, kunnes otat ne käyttöön.',
  },
  cookies: {
    caption: 'Evästeet: {category}',
    name: 'Eväste',
    provider: 'Asettaja',
    purpose: 'Käyttötarkoitus',
    duration: 'Voimassaolo',
    none: 'Tälle luokalle ei ole ilmoitettu evästeitä.',
    session: 'Kunnes selain suljetaan',
    services: 'Palvelut: {category}',
    privacyPolicy: 'Tietosuojaseloste: {service}',
  },
  policy: {
    whatTitle: 'Mikä on eväste?',
    what: 'Eväste on pieni tekstitieto, jonka sivusto tallentaa selaimeesi, jotta se voi tunnistaa selaimesi myöhemmin. Eväste sisältää yleensä sen asettaneen sivuston nimen, voimassaoloajan ja arvon, usein satunnaisluvun. Vastaavat tekniikat, kuten verkkomajakat ja seurantatunnisteet, toimivat samalla tavalla ja noudattavat samoja valintoja.',
    useTitle: 'Miten käytämme evästeitä',
    use: 'Evästeemme kuuluvat alla oleviin luokkiin. Sivuston tarvitsemat evästeet ovat aina käytössä; muut ovat pois käytöstä, kunnes sallit ne.',
    manageTitle: 'Evästeiden hallinta',
    manage: 'Voit muuttaa valintaasi milloin tahansa täällä tai jokaisella sivulla olevasta linkistä ”Evästeasetukset”. Myös selaimesi voi estää tai poistaa evästeitä; selaimen ohjeet kertovat, miten. Mainosevästeiden estäminen ei poista mainoksia; ne ovat vain sinulle vähemmän osuvia.',
    changesTitle: 'Muutokset tähän käytäntöön',
    changes: 'Kun muutamme tapaa, jolla käytämme evästeitä, kysymme valintaasi uudelleen seuraavalla käynnilläsi. Tämä on käytännön versio {revision}.',
    choiceTitle: 'Valintasi',
    choiceUndecided: 'Et ole vielä tehnyt valintaa. Käytössä ovat vain sivuston tarvitsemat evästeet.',
    choiceDecided: 'Teit valintasi {date}.',
    granted: 'Sallittu',
    denied: 'Ei sallittu',
    change: 'Muuta evästeasetuksia',
    history: 'Katso tämän sivuston säilyttämät tiedot valinnoistasi',
  },
  account: {
    notice: 'Evästevalintasi on peräisin tililtäsi: teit sen toisella laitteella.',
  },
  purposes: {
    gaClientId: 'Erottaa kävijät toisistaan satunnaisen tunnisteen avulla.',
    gaSessionState: 'Säilyttää käynnin tilan.',
    gaDailyId: 'Erottaa kävijät toisistaan vuorokauden ajan.',
    gaThrottle: 'Rajoittaa, kuinka usein tietoja lähetetään.',
    gclConversion: 'Yhdistää mainoksen klikkauksen myöhempään käyntiin konversioiden mittaamiseksi.',
    adBrowserId: 'Erottaa selaimet toisistaan mainonnan mittaamiseksi ja näytettävien mainosten valitsemiseksi.',
    adClickId: 'Säilyttää mainoksen klikkauksen, jonka kautta tulit sivustolle, konversioiden mittaamiseksi.',
    analyticsUserId: 'Erottaa kävijät toisistaan sivuston käytön mittaamiseksi.',
    analyticsSession: 'Yhdistää saman käynnin sivut toisiinsa.',
  },
};

export default more;
