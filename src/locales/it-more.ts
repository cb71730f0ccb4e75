import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Italian: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Preferenze cookie',
    description: 'Scelga quali cookie possiamo usare. I cookie facoltativi restano disattivati finché non li attiva.',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    save: 'Salva preferenze',
    close: 'Chiudi',
    alwaysActive: 'Sempre attivi',
    heldByGpc: 'Disattivata perché il suo browser invia un segnale Global Privacy Control. Può comunque attivarla qui.',
    optOut: 'Mi oppongo alla vendita o condivisione dei miei dati personali',
    optOutDescription: 'Alcuni cookie restano attivi finché non si oppone. Disattivi una categoria per bloccarne i cookie oppure si opponga in un solo passaggio alla vendita o condivisione dei suoi dati personali.',
    defaultCategoryDescription: 'Cookie facoltativi usati per questa finalità. Restano disattivati finché non li attiva.',
  },
  cookies: {
    caption: 'Cookie: {category}',
    name: 'Cookie',
    provider: 'Installato da',
    purpose: 'Finalità',
    duration: 'Durata',
    none: 'Nessun cookie dichiarato per questa categoria.',
    session: 'Fino alla chiusura del browser',
    services: 'Servizi: {category}',
    privacyPolicy: 'Informativa sulla privacy di {service}',
  },
  policy: {
    whatTitle: 'Che cos’è un cookie?',
    what: 'Un cookie è un piccolo testo che un sito salva nel suo browser per poterlo riconoscere in seguito. Di solito contiene il nome del sito che l’ha installato, la sua durata e un valore, spesso un numero casuale. Tecnologie simili, come i web beacon e i tag, funzionano allo stesso modo e seguono le stesse scelte.',
    useTitle: 'Come utilizziamo i cookie',
    use: 'I nostri cookie rientrano nelle categorie qui sotto. Quelli necessari al sito sono sempre attivi; gli altri restano disattivati finché non li autorizza.',
    manageTitle: 'Come gestire i cookie',
    manage: 'Può modificare la sua scelta in qualsiasi momento, qui o con il link «Impostazioni cookie» presente in ogni pagina. Anche il browser può bloccare o eliminare i cookie: le pagine di aiuto del browser spiegano come. Bloccare i cookie pubblicitari non elimina gli annunci; li rende solo meno pertinenti per lei.',
    changesTitle: 'Modifiche a questa informativa',
    changes: 'Quando cambiamo il modo in cui usiamo i cookie, le chiediamo di nuovo la sua scelta alla visita successiva. Questa è la versione {revision} dell’informativa.',
    choiceTitle: 'La sua scelta',
    choiceUndecided: 'Non ha ancora fatto una scelta. Sono in uso solo i cookie necessari al sito.',
    choiceDecided: 'Ha fatto la sua scelta in data {date}.',
    granted: 'Consentito',
    denied: 'Non consentito',
    change: 'Modifica le impostazioni cookie',
    history: 'Visualizza il registro delle sue scelte conservato dal sito',
  },
  account: {
    notice: 'La sua scelta sui cookie proviene dal suo account: l’ha fatta su un altro dispositivo.',
  },
  purposes: {
    gaClientId: 'Distingue i visitatori con un identificativo casuale.',
    gaSessionState: 'Conserva lo stato di una visita.',
    gaDailyId: 'Distingue i visitatori per un giorno.',
    gaThrottle: 'Limita la frequenza di invio dei dati.',
    gclConversion: 'Collega un clic su un annuncio a una visita successiva, per misurare le conversioni.',
    adBrowserId: 'Distingue i browser, per misurare l’efficacia della pubblicità e scegliere gli annunci mostrati.',
    adClickId: 'Conserva il clic sull’annuncio da cui proviene la sua visita, per misurare le conversioni.',
    analyticsUserId: 'Distingue i visitatori, per misurare l’uso del sito.',
    analyticsSession: 'Collega le pagine di una stessa visita.',
  },
};

export default more;
