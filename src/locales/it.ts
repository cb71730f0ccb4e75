import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Italian, in the formal register of Italian public sites ("Lei", in lower case). Glossary: glossary/it.md. */
const it = {
  code: 'it',
  texts: {
    banner: {
      label: 'Consenso ai cookie',
      title: 'Utilizziamo i cookie',
      description:
        'Alcuni cookie servono al funzionamento del sito. Con il suo consenso ne useremmo anche altri, per misurare l’uso del sito e mostrarle pubblicità pertinente. Può cambiare idea in qualsiasi momento.',
      policyChanged: 'La nostra informativa sui cookie è cambiata dalla sua ultima scelta. Ci indichi di nuovo che cosa autorizza.',
      policyLink: 'Leggi la nostra informativa sui cookie',
      acceptAll: 'Accetta tutti',
      rejectAll: 'Rifiuta tutti',
      customize: 'Personalizza',
      continueWithoutAccepting: 'Continua senza accettare',
      acrossDevices: 'Quando ha effettuato l’accesso, la sua scelta vale anche sugli altri suoi dispositivi e, se viene modificata o revocata su uno, cambia su tutti.',
    },
    status: {
      acceptedAll: 'Tutti i cookie sono stati accettati.',
      rejectedAll: 'I cookie facoltativi sono stati rifiutati.',
      saved: 'Le sue preferenze sui cookie sono state salvate.',
    },
    settings: {
      open: 'Impostazioni cookie',
    },
    gate: {
      message: 'Questo contenuto viene mostrato solo con il suo consenso a «{category}», perché installa cookie di questa categoria.',
      allow: 'Consenti «{category}»',
      service: 'Questo contenuto proviene dal servizio {service}, fornito da {company}. Viene mostrato solo con il suo consenso a «{category}», perché può memorizzare o leggere dati sul suo dispositivo.',
      settings: 'Impostazioni cookie',
    },
    optOut: {
      title: 'Le sue scelte sui dati personali',
      notice:
        'Noi e i nostri partner utilizziamo i cookie per misurare l’uso del sito e mostrarle pubblicità pertinente, il che per alcune leggi sulla protezione dei dati costituisce vendita o condivisione dei suoi dati personali. Può opporsi in qualsiasi momento.',
      link: 'Non vendere né condividere i miei dati personali',
      dismiss: 'Chiudi',
      gpcHonored: 'Richiesta di opposizione accolta: il suo browser invia un segnale Global Privacy Control, quindi non vendiamo né condividiamo i suoi dati personali.',
      optedOut: 'La sua opposizione alla vendita o condivisione dei suoi dati personali è stata registrata.',
    },
    categories: {
      features: {
        title: 'Tecnici',
        description: 'Mantengono il sito funzionante e sicuro, ad esempio per mantenere l’accesso. Non possono essere disattivati.',
      },
      performance: {
        title: 'Analitici',
        description: 'Contano le visite e mostrano come viene usato il sito, con un identificativo per ogni browser, per permetterci di migliorarlo.',
      },
      advertising: {
        title: 'Profilazione',
        description: 'Riconoscono il suo browser su siti diversi per scegliere le pubblicità che vede e misurarne i risultati; questi dati sono condivisi con partner pubblicitari.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./it-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default it;
