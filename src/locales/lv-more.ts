import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Latvian: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Sīkdatņu izvēle',
    description: 'Izvēlieties, kuras sīkdatnes drīkstam izmantot. Neobligātās sīkdatnes paliek izslēgtas, līdz Jūs tās ieslēdzat.',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    save: 'Saglabāt izvēli',
    close: 'Aizvērt',
    alwaysActive: 'Vienmēr aktīvas',
    heldByGpc: 'Izslēgta, jo Jūsu pārlūkprogramma sūta signālu Global Privacy Control. Šeit šo kategoriju tomēr varat ieslēgt.',
    optOut: 'Atteikties no savu personas datu pārdošanas vai kopīgošanas',
    optOutDescription: 'Dažas sīkdatnes darbojas, līdz Jūs no tām atsakāties. Izslēdziet kategoriju, lai to apturētu, vai ar vienu darbību atsakieties no savu personas datu pārdošanas vai kopīgošanas.',
    defaultCategoryDescription: 'Neobligātas sīkdatnes, ko izmanto šim nolūkam. Tās paliek izslēgtas, līdz Jūs tās ieslēdzat.',
  },
  cookies: {
    caption: 'Sīkdatnes: {category}',
    name: 'Sīkdatne',
    provider: 'Nodrošinātājs',
    purpose: 'Nolūks',
    duration: 'Ilgums',
    none: 'Šai kategorijai nav norādīta neviena sīkdatne.',
    session: 'Līdz pārlūkprogrammas aizvēršanai',
    services: 'Pakalpojumi: {category}',
    privacyPolicy: 'Pakalpojuma {service} privātuma politika',
  },
  policy: {
    whatTitle: 'Kas ir sīkdatne?',
    what: 'Sīkdatne ir neliels teksta fragments, ko vietne saglabā Jūsu pārlūkprogrammā, lai vēlāk to atpazītu. Parasti tajā ir tās vietnes nosaukums, kas to iestatīja, glabāšanas ilgums un vērtība, bieži vien nejaušs skaitlis. Līdzīgas tehnoloģijas, piemēram, tīmekļa bāksignāli un tagi, darbojas tāpat, un uz tām attiecas tā pati izvēle.',
    useTitle: 'Kā mēs izmantojam sīkdatnes',
    use: 'Mūsu sīkdatnes ir iedalītas turpmāk norādītajās kategorijās. Vietnes darbībai nepieciešamās sīkdatnes vienmēr ir ieslēgtas; pārējās paliek izslēgtas, līdz Jūs tās atļaujat.',
    manageTitle: 'Kā pārvaldīt sīkdatnes',
    manage: 'Savu izvēli varat jebkurā laikā mainīt šeit vai ar saiti “Sīkdatņu iestatījumi”, kas ir katrā lapā. Sīkdatnes var bloķēt vai dzēst arī pārlūkprogrammā; kā to izdarīt, skaidrots tās palīdzības sadaļā. Reklāmas sīkdatņu bloķēšana nenoņem reklāmas; tās vienkārši ir Jums mazāk atbilstošas.',
    changesTitle: 'Izmaiņas šajā politikā',
    changes: 'Kad mainām sīkdatņu izmantošanas veidu, nākamajā apmeklējumā mēs Jums atkal lūdzam izdarīt izvēli. Šī ir politikas versija {revision}.',
    choiceTitle: 'Jūsu izvēle',
    choiceUndecided: 'Izvēle vēl nav izdarīta. Tiek izmantotas tikai vietnes darbībai nepieciešamās sīkdatnes.',
    // A label, not a sentence: the long date is in the nominative ("2024. gada 12. marts").
    choiceDecided: 'Izvēles datums: {date}.',
    granted: 'Atļauts',
    denied: 'Nav atļauts',
    change: 'Mainīt sīkdatņu iestatījumus',
    history: 'Skatīt Jūsu izvēļu ierakstus, ko glabā šī vietne',
  },
  account: {
    notice: 'Jūsu sīkdatņu izvēle ir pārņemta no Jūsu konta: tā tika izdarīta citā ierīcē.',
  },
  purposes: {
    gaClientId: 'Atšķir apmeklētājus ar nejaušu identifikatoru.',
    gaSessionState: 'Saglabā apmeklējuma stāvokli.',
    gaDailyId: 'Atšķir apmeklētājus vienas dienas laikā.',
    gaThrottle: 'Ierobežo, cik bieži tiek sūtīti dati.',
    gclConversion: 'Sasaista klikšķi uz reklāmas ar vēlāku apmeklējumu, lai mērītu konversijas.',
    adBrowserId: 'Atšķir pārlūkprogrammas, lai mērītu reklāmas efektivitāti un izvēlētos rādāmās reklāmas.',
    adClickId: 'Saglabā klikšķi uz reklāmas, ar kuru nonācāt šajā vietnē, lai mērītu konversijas.',
    analyticsUserId: 'Atšķir apmeklētājus, lai mērītu vietnes lietojumu.',
    analyticsSession: 'Sasaista viena apmeklējuma lapas.',
  },
};

export default more;
