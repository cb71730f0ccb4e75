import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** German: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Ihre Cookie-Auswahl',
    description: 'Wählen Sie, welche Cookies wir verwenden dürfen. Optionale Cookies bleiben deaktiviert, bis Sie sie aktivieren.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    save: 'Auswahl speichern',
    close: 'Schließen',
    alwaysActive: 'Immer aktiv',
    heldByGpc: 'Deaktiviert, weil Ihr Browser das Signal Global Privacy Control sendet. Sie können die Kategorie hier trotzdem aktivieren.',
    optOut: 'Dem Verkauf oder der Weitergabe meiner personenbezogenen Daten widersprechen',
    optOutDescription: 'Einige Cookies sind aktiv, bis Sie widersprechen. Deaktivieren Sie einzelne Kategorien oder widersprechen Sie in einem Schritt dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten.',
    defaultCategoryDescription: 'Optionale Cookies für diesen Zweck. Diese bleiben deaktiviert, bis Sie sie aktivieren.',
  },
  cookies: {
    caption: 'Cookies: {category}',
    name: 'Cookie',
    provider: 'Gesetzt von',
    purpose: 'Zweck',
    duration: 'Speicherdauer',
    none: 'Für diese Kategorie sind keine Cookies angegeben.',
    session: 'Bis zum Schließen des Browsers',
    services: 'Dienste: {category}',
    privacyPolicy: 'Datenschutzerklärung von {service}',
  },
  policy: {
    whatTitle: 'Was ist ein Cookie?',
    what: 'Ein Cookie ist ein kleiner Text, den eine Website in Ihrem Browser speichert, um Ihren Browser später wiederzuerkennen. Es enthält meist den Namen der Website, die es gesetzt hat, seine Speicherdauer und einen Wert, oft eine Zufallszahl. Ähnliche Techniken wie Zählpixel und Tags funktionieren genauso und richten sich nach derselben Auswahl.',
    useTitle: 'Wie wir Cookies verwenden',
    use: 'Unsere Cookies gehören zu den unten aufgeführten Kategorien. Cookies, die die Website benötigt, sind immer aktiv; die übrigen bleiben deaktiviert, bis Sie sie erlauben.',
    manageTitle: 'Wie Sie Ihre Cookies verwalten',
    manage: 'Sie können Ihre Auswahl jederzeit ändern, hier oder über den Link „Cookie-Einstellungen“ auf jeder Seite. Auch Ihr Browser kann Cookies blockieren oder löschen; wie das geht, erklärt seine Hilfe. Wenn Sie Werbe-Cookies blockieren, verschwindet die Werbung nicht; sie ist nur weniger auf Sie zugeschnitten.',
    changesTitle: 'Änderungen dieser Richtlinie',
    changes: 'Wenn wir ändern, wie wir Cookies verwenden, fragen wir bei Ihrem nächsten Besuch erneut nach Ihrer Auswahl. Dies ist Version {revision} der Richtlinie.',
    choiceTitle: 'Ihre Auswahl',
    choiceUndecided: 'Sie haben noch keine Auswahl getroffen. Es werden nur die Cookies verwendet, die die Website benötigt.',
    choiceDecided: 'Sie haben Ihre Auswahl am {date} getroffen.',
    granted: 'Erlaubt',
    denied: 'Nicht erlaubt',
    change: 'Cookie-Einstellungen ändern',
    history: 'Protokoll Ihrer Auswahl ansehen, das diese Website speichert',
  },
  account: {
    notice: 'Ihre Cookie-Auswahl stammt aus Ihrem Konto: Sie haben sie auf einem anderen Gerät getroffen.',
  },
  purposes: {
    gaClientId: 'Unterscheidet Besucher anhand einer zufälligen Kennung.',
    gaSessionState: 'Speichert den Stand eines Besuchs.',
    gaDailyId: 'Unterscheidet Besucher für einen Tag.',
    gaThrottle: 'Begrenzt, wie oft Daten gesendet werden.',
    gclConversion: 'Verknüpft einen Klick auf eine Anzeige mit einem späteren Besuch, um Konversionen zu messen.',
    adBrowserId: 'Unterscheidet Browser, um den Erfolg von Werbung zu messen und auszuwählen, welche Anzeigen erscheinen.',
    adClickId: 'Speichert den Anzeigenklick, über den Sie hierhergekommen sind, um Konversionen zu messen.',
    analyticsUserId: 'Unterscheidet Besucher, um die Nutzung der Website zu messen.',
    analyticsSession: 'Verknüpft die Seiten eines Besuchs.',
  },
};

export default more;
