import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Estonian: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Küpsiste valik',
    description: 'Valige, milliseid küpsiseid võime kasutada. Valikulised küpsised on välja lülitatud, kuni te need sisse lülitate.',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    save: 'Salvesta valik',
    close: 'Sulge',
    alwaysActive: 'Alati aktiivsed',
    heldByGpc: 'Välja lülitatud, sest teie brauser saadab signaali Global Privacy Control. Siin saate selle kategooria siiski sisse lülitada.',
    optOut: 'Keela minu isikuandmete müümine või jagamine',
    optOutDescription: 'Mõned küpsised töötavad, kuni te need keelate. Lülitage kategooria välja, et see peatada, või keelake ühe sammuga oma isikuandmete müümine või jagamine.',
    defaultCategoryDescription: 'Valikulised küpsised, mida kasutatakse sel eesmärgil. Need on välja lülitatud, kuni te need sisse lülitate.',
  },
  cookies: {
    caption: 'Küpsised: {category}',
    name: 'Küpsis',
    provider: 'Pakkuja',
    purpose: 'Eesmärk',
    duration: 'Kestus',
    none: 'Selle kategooria küpsiseid ei ole välja toodud.',
    session: 'Kuni brauseri sulgemiseni',
    services: 'Teenused: {category}',
    privacyPolicy: 'Privaatsuspoliitika: {service}',
  },
  policy: {
    whatTitle: 'Mis on küpsis?',
    what: 'Küpsis on väike tekst, mille veebisait salvestab teie brauserisse, et teie brauserit hiljem ära tunda. Tavaliselt sisaldab see küpsise salvestanud saidi nime, kehtivusaega ja väärtust, sageli juhuslikku arvu. Sarnased tehnoloogiad, näiteks veebimajakad ja märgised, toimivad samamoodi ning nende suhtes kehtib sama valik.',
    useTitle: 'Kuidas me küpsiseid kasutame',
    use: 'Meie küpsised jagunevad allpool toodud kategooriatesse. Veebisaidi toimimiseks vajalikud küpsised on alati sisse lülitatud; ülejäänud on välja lülitatud, kuni te need lubate.',
    manageTitle: 'Kuidas küpsiseid hallata',
    manage: 'Saate oma valikut igal ajal muuta siin või igal lehel oleva lingi „Küpsiste seaded“ kaudu. Küpsiseid saab blokeerida või kustutada ka brauseris; kuidas seda teha, selgitab brauseri abiteave. Reklaamiküpsiste blokeerimine ei kõrvalda reklaame; need on teie jaoks lihtsalt vähem asjakohased.',
    changesTitle: 'Muudatused nendes põhimõtetes',
    changes: 'Kui muudame küpsiste kasutamist, küsime teie järgmisel külastusel uuesti teie valikut. See on põhimõtete versioon {revision}.',
    choiceTitle: 'Teie valik',
    choiceUndecided: 'Te ei ole veel valikut teinud. Kasutusel on ainult veebisaidi toimimiseks vajalikud küpsised.',
    // A label, not a sentence: the long date is in the nominative ("12. märts 2024").
    choiceDecided: 'Valiku kuupäev: {date}.',
    granted: 'Lubatud',
    denied: 'Ei ole lubatud',
    change: 'Muuda küpsiste seadeid',
    history: 'Vaata oma valikute kirjeid, mida see veebisait säilitab',
  },
  account: {
    notice: 'Teie küpsiste valik pärineb teie kontolt: tegite selle teises seadmes.',
  },
  purposes: {
    gaClientId: 'Eristab külastajaid juhusliku tunnuse abil.',
    gaSessionState: 'Säilitab külastuse oleku.',
    gaDailyId: 'Eristab külastajaid ühe päeva jooksul.',
    gaThrottle: 'Piirab andmete saatmise sagedust.',
    gclConversion: 'Seob reklaamiklõpsu hilisema külastusega, et mõõta konversioone.',
    adBrowserId: 'Eristab brausereid, et mõõta reklaamide tõhusust ja valida, milliseid reklaame näidata.',
    adClickId: 'Säilitab reklaamiklõpsu, mille kaudu te siia jõudsite, et mõõta konversioone.',
    analyticsUserId: 'Eristab külastajaid, et mõõta veebisaidi kasutamist.',
    analyticsSession: 'Seob omavahel ühe külastuse lehed.',
  },
};

export default more;
