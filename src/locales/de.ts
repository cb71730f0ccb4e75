import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** German, in the register of German public sites ("Sie"). Glossary: glossary/de.md. */
const de = {
  code: 'de',
  texts: {
    banner: {
      label: 'Cookie-Einwilligung',
      title: 'Wir verwenden Cookies',
      description:
        'Einige Cookies sind für den Betrieb der Website nötig. Mit Ihrer Einwilligung würden wir weitere verwenden, um die Nutzung der Website zu messen und Ihnen relevante Werbung zu zeigen. Sie können Ihre Entscheidung jederzeit ändern.',
      policyChanged: 'Unsere Cookie-Richtlinie hat sich seit Ihrer letzten Auswahl geändert. Bitte teilen Sie uns erneut mit, was Sie erlauben.',
      policyLink: 'Unsere Cookie-Richtlinie lesen',
      acceptAll: 'Alle akzeptieren',
      rejectAll: 'Alle ablehnen',
      customize: 'Anpassen',
      continueWithoutAccepting: 'Weiter ohne Einwilligung',
      acrossDevices: 'Solange Sie angemeldet sind, gilt Ihre Auswahl auch auf Ihren anderen Geräten, und eine Änderung oder ein Widerruf auf einem Gerät gilt für alle.',
    },
    status: {
      acceptedAll: 'Alle Cookies wurden akzeptiert.',
      rejectedAll: 'Optionale Cookies wurden abgelehnt.',
      saved: 'Ihre Cookie-Auswahl wurde gespeichert.',
    },
    settings: {
      open: 'Cookie-Einstellungen',
    },
    gate: {
      message: 'Dieser Inhalt wird nur mit Ihrer Einwilligung für „{category}“ angezeigt, da er Cookies dieser Kategorie setzt.',
      allow: '„{category}“ erlauben',
      service: 'Dieser Inhalt stammt von {service}, einem Dienst von {company}. Er wird nur mit Ihrer Einwilligung für „{category}“ angezeigt, da er Daten auf Ihrem Gerät speichern oder auslesen kann.',
      settings: 'Cookie-Einstellungen',
    },
    optOut: {
      title: 'Ihre Datenschutzoptionen',
      notice:
        'Wir und unsere Partner verwenden Cookies, um die Nutzung der Website zu messen und Ihnen relevante Werbung zu zeigen; manche Datenschutzgesetze werten das als Verkauf oder Weitergabe Ihrer personenbezogenen Daten. Sie können dem jederzeit widersprechen.',
      link: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
      dismiss: 'Schließen',
      gpcHonored: 'Widerspruch berücksichtigt: Ihr Browser sendet das Signal Global Privacy Control, daher verkaufen wir Ihre personenbezogenen Daten nicht und geben sie nicht weiter.',
      optedOut: 'Sie haben dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten widersprochen.',
    },
    categories: {
      features: {
        title: 'Notwendig',
        description: 'Halten die Website funktionsfähig und sicher, etwa damit Sie angemeldet bleiben. Diese Cookies lassen sich nicht deaktivieren.',
      },
      performance: {
        title: 'Statistik',
        description: 'Zählen Besuche und zeigen, wie die Website genutzt wird, mit einer Kennung je Browser, damit wir sie verbessern können.',
      },
      advertising: {
        title: 'Marketing',
        description: 'Erkennen Ihren Browser über Websites hinweg, um die Ihnen gezeigte Werbung auszuwählen und ihren Erfolg zu messen; diese Angaben werden mit Werbepartnern geteilt.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./de-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default de;
