import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Norwegian Bokmål: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Valg av informasjonskapsler',
    description: 'Velg hvilke informasjonskapsler vi får bruke. Valgfrie informasjonskapsler er slått av til du slår dem på.',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    save: 'Lagre valgene',
    close: 'Lukk',
    alwaysActive: 'Alltid aktive',
    heldByGpc: 'Slått av fordi nettleseren din sender et Global Privacy Control-signal. Du kan likevel slå kategorien på her.',
    optOut: 'Reserver meg mot salg eller deling av personopplysningene mine',
    optOutDescription: 'Noen informasjonskapsler er i bruk til du reserverer deg. Slå av en kategori for å stoppe den, eller reserver deg mot salg eller deling av personopplysningene dine på én gang.',
    defaultCategoryDescription: 'Valgfrie informasjonskapsler som brukes til dette formålet. De er slått av til du slår dem på.',
  },
  cookies: {
    caption: 'Informasjonskapsler: {category}',
    name: 'Informasjonskapsel',
    provider: 'Satt av',
    purpose: 'Formål',
    duration: 'Varighet',
    none: 'Ingen informasjonskapsler er oppgitt for denne kategorien.',
    session: 'Til nettleseren lukkes',
    services: 'Tjenester: {category}',
    privacyPolicy: 'Personvernerklæring for {service}',
  },
  policy: {
    whatTitle: 'Hva er en informasjonskapsel?',
    what: 'En informasjonskapsel er en liten tekst som et nettsted lagrer i nettleseren din, slik at det kan kjenne igjen nettleseren senere. Den inneholder vanligvis navnet på nettstedet som satte den, hvor lenge den varer, og en verdi, ofte et tilfeldig tall. Lignende teknologier, som sporingspiksler og tagger, fungerer på samme måte og følger de samme valgene.',
    useTitle: 'Slik bruker vi informasjonskapsler',
    use: 'Informasjonskapslene våre hører til kategoriene nedenfor. De som nettstedet trenger, er alltid på; de andre er slått av til du tillater dem.',
    manageTitle: 'Slik administrerer du informasjonskapsler',
    manage: 'Du kan når som helst endre valget ditt, her eller med lenken «Innstillinger for informasjonskapsler» på hver side. Nettleseren din kan også blokkere eller slette informasjonskapsler; hjelpesidene til nettleseren forklarer hvordan. Å blokkere informasjonskapsler for reklame fjerner ikke reklamen; den blir bare mindre relevant for deg.',
    changesTitle: 'Endringer i denne erklæringen',
    changes: 'Når vi endrer hvordan vi bruker informasjonskapsler, ber vi om valget ditt på nytt ved neste besøk. Dette er versjon {revision} av erklæringen.',
    choiceTitle: 'Valget ditt',
    choiceUndecided: 'Du har ikke valgt ennå. Bare informasjonskapslene som nettstedet trenger, er i bruk.',
    choiceDecided: 'Du valgte den {date}.',
    granted: 'Tillatt',
    denied: 'Ikke tillatt',
    change: 'Endre innstillingene for informasjonskapsler',
    history: 'Se hva dette nettstedet har registrert om valgene dine',
  },
  account: {
    notice: 'Valget ditt for informasjonskapsler er hentet fra kontoen din: Du tok det på en annen enhet.',
  },
  purposes: {
    gaClientId: 'Skiller besøkende fra hverandre med en tilfeldig identifikator.',
    gaSessionState: 'Tar vare på tilstanden til et besøk.',
    gaDailyId: 'Skiller besøkende fra hverandre i ett døgn.',
    gaThrottle: 'Begrenser hvor ofte data sendes.',
    gclConversion: 'Knytter et klikk på en annonse til et senere besøk, for å måle konverteringer.',
    adBrowserId: 'Skiller nettlesere fra hverandre, for å måle effekten av reklame og velge hvilke annonser som vises.',
    adClickId: 'Tar vare på annonseklikket som førte deg hit, for å måle konverteringer.',
    analyticsUserId: 'Skiller besøkende fra hverandre, for å måle hvordan nettstedet brukes.',
    analyticsSession: 'Knytter sammen sidene i ett og samme besøk.',
  },
};

export default more;
