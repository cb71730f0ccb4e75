import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Danish: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Dine cookievalg',
    description: 'Vælg, hvilke cookies vi må bruge. Valgfrie cookies er slået fra, indtil du slår dem til.',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    save: 'Gem mine valg',
    close: 'Luk',
    alwaysActive: 'Altid aktive',
    heldByGpc: 'Slået fra, fordi din browser sender et Global Privacy Control-signal. Du kan stadig slå kategorien til her.',
    optOut: 'Fravælg salg eller deling af mine personoplysninger',
    optOutDescription: 'Nogle cookies er slået til, indtil du fravælger dem. Slå en kategori fra for at stoppe den, eller fravælg salg eller deling af dine personoplysninger i ét trin.',
    defaultCategoryDescription: 'Valgfrie cookies, der bruges til dette formål. De er slået fra, indtil du slår dem til.',
  },
  cookies: {
    caption: 'Cookies: {category}',
    name: 'Cookie',
    provider: 'Sat af',
    purpose: 'Formål',
    duration: 'Varighed',
    none: 'Der er ikke angivet nogen cookies for denne kategori.',
    session: 'Indtil browseren lukkes',
    services: 'Tjenester: {category}',
    privacyPolicy: 'Privatlivspolitik for {service}',
  },
  policy: {
    whatTitle: 'Hvad er en cookie?',
    what: 'En cookie er en lille tekst, som en hjemmeside gemmer i din browser, så den senere kan genkende din browser. Den indeholder som regel navnet på den hjemmeside, der satte den, hvor længe den gælder, og en værdi, ofte et tilfældigt tal. Lignende teknologier, som sporingspixels og tags, fungerer på samme måde og følger de samme valg.',
    useTitle: 'Sådan bruger vi cookies',
    use: 'Vores cookies hører til kategorierne nedenfor. Cookies, som hjemmesiden har brug for, er altid slået til; de andre er slået fra, indtil du tillader dem.',
    manageTitle: 'Sådan administrerer du dine cookies',
    manage: 'Du kan til enhver tid ændre dit valg, her eller via linket »Cookieindstillinger« på alle sider. Din browser kan også blokere eller slette cookies; browserens hjælpesider forklarer hvordan. Hvis du blokerer annoncecookies, forsvinder annoncerne ikke; de bliver blot mindre relevante for dig.',
    changesTitle: 'Ændringer i denne politik',
    changes: 'Når vi ændrer, hvordan vi bruger cookies, beder vi om dit valg igen ved dit næste besøg. Dette er version {revision} af politikken.',
    choiceTitle: 'Dit valg',
    choiceUndecided: 'Du har ikke valgt endnu. Kun de cookies, som hjemmesiden har brug for, er i brug.',
    choiceDecided: 'Du valgte den {date}.',
    granted: 'Tilladt',
    denied: 'Ikke tilladt',
    change: 'Skift dine cookieindstillinger',
    history: 'Se den registrering af dine valg, som denne hjemmeside gemmer',
  },
  account: {
    notice: 'Dit cookievalg kommer fra din konto: du har truffet det på en anden enhed.',
  },
  purposes: {
    gaClientId: 'Skelner mellem besøgende med et tilfældigt id.',
    gaSessionState: 'Husker status for et besøg.',
    gaDailyId: 'Skelner mellem besøgende i et døgn.',
    gaThrottle: 'Begrænser, hvor ofte der sendes data.',
    gclConversion: 'Forbinder et klik på en annonce med et senere besøg for at måle konverteringer.',
    adBrowserId: 'Skelner mellem browsere for at måle annoncernes effekt og vælge, hvilke annoncer der vises.',
    adClickId: 'Husker det annonceklik, der bragte dig hertil, for at måle konverteringer.',
    analyticsUserId: 'Skelner mellem besøgende for at måle, hvordan hjemmesiden bruges.',
    analyticsSession: 'Forbinder siderne i samme besøg.',
  },
};

export default more;
