import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Dutch: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Cookievoorkeuren',
    description: 'Kies welke cookies we mogen gebruiken. Optionele cookies blijven uit totdat u ze aanzet.',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    save: 'Voorkeuren opslaan',
    close: 'Sluiten',
    alwaysActive: 'Altijd actief',
    heldByGpc: 'Uitgezet omdat uw browser een Global Privacy Control-signaal verstuurt. U kunt deze categorie hier toch aanzetten.',
    optOut: 'Bezwaar maken tegen het verkopen of delen van mijn persoonsgegevens',
    optOutDescription: 'Sommige cookies staan aan totdat u bezwaar maakt. Zet een categorie uit om die te stoppen, of maak in één keer bezwaar tegen het verkopen of delen van uw persoonsgegevens.',
    defaultCategoryDescription: 'Optionele cookies voor dit doel. Ze blijven uit totdat u ze aanzet.',
  },
  cookies: {
    caption: 'Cookies: {category}',
    name: 'Cookie',
    provider: 'Geplaatst door',
    purpose: 'Doel',
    duration: 'Looptijd',
    none: 'Voor deze categorie zijn geen cookies opgegeven.',
    session: 'Tot de browser wordt gesloten',
    services: 'Diensten: {category}',
    privacyPolicy: 'Privacyverklaring van {service}',
  },
  policy: {
    whatTitle: 'Wat is een cookie?',
    what: 'Een cookie is een klein stukje tekst dat een website in uw browser opslaat, zodat de website uw browser later kan herkennen. Meestal bevat een cookie de naam van de website die hem heeft geplaatst, hoe lang hij geldig blijft en een waarde, vaak een willekeurig getal. Vergelijkbare technieken, zoals webbeacons en tags, werken op dezelfde manier en volgen dezelfde keuzes.',
    useTitle: 'Hoe wij cookies gebruiken',
    use: 'Onze cookies vallen in de categorieën hieronder. Cookies die de website nodig heeft, staan altijd aan; de andere blijven uit totdat u ze toestaat.',
    manageTitle: 'Hoe u uw cookies beheert',
    manage: 'U kunt uw keuze op elk moment wijzigen, hier of via de link “Cookie-instellingen” op elke pagina. Ook uw browser kan cookies blokkeren of verwijderen: de helppagina’s van uw browser leggen uit hoe. Als u advertentiecookies blokkeert, verdwijnen de advertenties niet; ze zijn alleen minder relevant voor u.',
    changesTitle: 'Wijzigingen in dit beleid',
    changes: 'Als we wijzigen hoe we cookies gebruiken, vragen we bij uw volgende bezoek opnieuw om uw keuze. Dit is versie {revision} van het beleid.',
    choiceTitle: 'Uw keuze',
    choiceUndecided: 'U heeft nog geen keuze gemaakt. Alleen de cookies die de website nodig heeft, worden gebruikt.',
    choiceDecided: 'U heeft uw keuze gemaakt op {date}.',
    granted: 'Toegestaan',
    denied: 'Niet toegestaan',
    change: 'Uw cookie-instellingen wijzigen',
    history: 'Bekijken welke keuzes deze website van u heeft vastgelegd',
  },
  account: {
    notice: 'Uw cookiekeuze komt uit uw account: u heeft die op een ander apparaat gemaakt.',
  },
  purposes: {
    gaClientId: 'Onderscheidt bezoekers met een willekeurige identificatiecode.',
    gaSessionState: 'Bewaart de status van een bezoek.',
    gaDailyId: 'Onderscheidt bezoekers gedurende één dag.',
    gaThrottle: 'Beperkt hoe vaak gegevens worden verstuurd.',
    gclConversion: 'Koppelt een klik op een advertentie aan een later bezoek, om conversies te meten.',
    adBrowserId: 'Onderscheidt browsers, om de effectiviteit van advertenties te meten en te kiezen welke advertenties worden getoond.',
    adClickId: 'Bewaart de klik op de advertentie waarmee u hier bent gekomen, om conversies te meten.',
    analyticsUserId: 'Onderscheidt bezoekers, om te meten hoe de website wordt gebruikt.',
    analyticsSession: 'Koppelt de pagina’s van één bezoek aan elkaar.',
  },
};

export default more;
