import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Polish: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Preferencje dotyczące plików cookie',
    description: 'Prosimy wybrać, których plików cookie możemy używać. Opcjonalne pliki cookie pozostają wyłączone, dopóki Państwo ich nie włączą.',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    save: 'Zapisz preferencje',
    close: 'Zamknij',
    alwaysActive: 'Zawsze aktywne',
    heldByGpc: 'Wyłączona, ponieważ Państwa przeglądarka wysyła sygnał Global Privacy Control. Mimo to można tu włączyć tę kategorię.',
    optOut: 'Sprzeciwiam się sprzedaży lub udostępnianiu moich danych osobowych',
    optOutDescription: 'Niektóre pliki cookie działają, dopóki Państwo się nie sprzeciwią. Można wyłączyć kategorię, aby ją zatrzymać, albo w jednym kroku sprzeciwić się sprzedaży lub udostępnianiu Państwa danych osobowych.',
    defaultCategoryDescription: 'Opcjonalne pliki cookie używane w tym celu. Pozostają wyłączone, dopóki Państwo ich nie włączą.',
  },
  cookies: {
    caption: 'Pliki cookie: {category}',
    name: 'Plik cookie',
    provider: 'Dostawca',
    purpose: 'Cel',
    duration: 'Okres przechowywania',
    none: 'Dla tej kategorii nie zadeklarowano żadnych plików cookie.',
    session: 'Do zamknięcia przeglądarki',
    services: 'Usługi: {category}',
    privacyPolicy: 'Polityka prywatności usługi {service}',
  },
  policy: {
    whatTitle: 'Czym jest plik cookie?',
    what: 'Plik cookie to niewielki fragment tekstu, który strona internetowa zapisuje w przeglądarce, aby później ją rozpoznać. Zwykle zawiera nazwę strony, która go zapisała, okres przechowywania i wartość, często losową liczbę. Podobne technologie, takie jak sygnalizatory WWW i tagi, działają tak samo i obowiązuje je ten sam wybór.',
    useTitle: 'Jak używamy plików cookie',
    use: 'Nasze pliki cookie należą do poniższych kategorii. Pliki cookie niezbędne do działania strony są zawsze aktywne; pozostałe są wyłączone, dopóki Państwo na nie nie zezwolą.',
    manageTitle: 'Jak zarządzać plikami cookie',
    manage: 'Wybór można zmienić w dowolnym momencie, tutaj lub za pomocą linku „Ustawienia plików cookie” dostępnego na każdej stronie. Pliki cookie może też blokować lub usuwać przeglądarka: jak to zrobić, wyjaśniają jej strony pomocy. Zablokowanie reklamowych plików cookie nie usuwa reklam; są one jedynie mniej dopasowane do Państwa zainteresowań.',
    changesTitle: 'Zmiany w tej polityce',
    changes: 'Gdy zmienimy sposób używania plików cookie, przy następnej wizycie ponownie poprosimy o Państwa wybór. Jest to wersja {revision} polityki.',
    choiceTitle: 'Państwa wybór',
    choiceUndecided: 'Wybór nie został jeszcze dokonany. Używane są tylko pliki cookie niezbędne do działania strony.',
    choiceDecided: 'Wybór został dokonany dnia {date}.',
    granted: 'Dozwolone',
    denied: 'Niedozwolone',
    change: 'Zmień ustawienia plików cookie',
    history: 'Zobacz rejestr Państwa wyborów przechowywany przez tę stronę',
  },
  account: {
    notice: 'Wybór dotyczący plików cookie pochodzi z Państwa konta: został dokonany na innym urządzeniu.',
  },
  purposes: {
    gaClientId: 'Rozróżnia odwiedzających za pomocą losowego identyfikatora.',
    gaSessionState: 'Przechowuje stan wizyty.',
    gaDailyId: 'Rozróżnia odwiedzających w ciągu jednego dnia.',
    gaThrottle: 'Ogranicza częstotliwość wysyłania danych.',
    gclConversion: 'Łączy kliknięcie reklamy z późniejszą wizytą, aby mierzyć konwersje.',
    adBrowserId: 'Rozróżnia przeglądarki, aby mierzyć skuteczność reklam i wybierać wyświetlane reklamy.',
    adClickId: 'Przechowuje kliknięcie reklamy, które doprowadziło do tej wizyty, aby mierzyć konwersje.',
    analyticsUserId: 'Rozróżnia odwiedzających, aby mierzyć, jak korzysta się ze strony.',
    analyticsSession: 'Łączy strony odwiedzone podczas jednej wizyty.',
  },
};

export default more;
