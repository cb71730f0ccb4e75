import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Polish, in the formal register of Polish public sites (impersonal forms and "Państwo"). Glossary: glossary/pl.md. */
const pl = {
  code: 'pl',
  texts: {
    banner: {
      label: 'Zgoda na pliki cookie',
      title: 'Używamy plików cookie',
      description:
        'Niektóre pliki cookie są niezbędne do działania strony. Za Państwa zgodą używalibyśmy też innych, aby mierzyć, jak korzysta się ze strony, i wyświetlać dopasowane reklamy. Decyzję można zmienić w dowolnym momencie.',
      policyChanged: 'Nasza polityka plików cookie zmieniła się od Państwa ostatniego wyboru. Prosimy ponownie wskazać, na co Państwo zezwalają.',
      policyLink: 'Przeczytaj politykę plików cookie',
      acceptAll: 'Akceptuj wszystkie',
      rejectAll: 'Odrzuć wszystkie',
      customize: 'Dostosuj',
      continueWithoutAccepting: 'Kontynuuj bez zgody',
      acrossDevices: 'Dopóki są Państwo zalogowani, wybór obowiązuje także na innych Państwa urządzeniach, a jego zmiana lub wycofanie na jednym z nich zmienia go na wszystkich.',
    },
    status: {
      acceptedAll: 'Zaakceptowano wszystkie pliki cookie.',
      rejectedAll: 'Odrzucono opcjonalne pliki cookie.',
      saved: 'Zapisano preferencje dotyczące plików cookie.',
    },
    settings: {
      open: 'Ustawienia plików cookie',
    },
    gate: {
      message: 'Ta treść jest wyświetlana tylko za Państwa zgodą na kategorię „{category}”, ponieważ zapisuje pliki cookie tej kategorii.',
      allow: 'Zezwól na kategorię „{category}”',
      service: 'Ta treść pochodzi z usługi {service} firmy {company}. Jest wyświetlana tylko za Państwa zgodą na kategorię „{category}”, ponieważ może zapisywać dane na Państwa urządzeniu lub je odczytywać.',
      settings: 'Ustawienia plików cookie',
    },
    optOut: {
      title: 'Państwa wybory dotyczące prywatności',
      notice:
        'Wraz z partnerami używamy plików cookie, aby mierzyć, jak korzysta się ze strony, i wyświetlać dopasowane reklamy. Niektóre przepisy o ochronie prywatności uznają to za sprzedaż lub udostępnianie Państwa danych osobowych. Sprzeciw można zgłosić w dowolnym momencie.',
      link: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
      dismiss: 'Zamknij',
      gpcHonored: 'Sprzeciw uwzględniony: Państwa przeglądarka wysyła sygnał Global Privacy Control, dlatego nie sprzedajemy ani nie udostępniamy Państwa danych osobowych.',
      optedOut: 'Zgłoszono sprzeciw wobec sprzedaży lub udostępniania Państwa danych osobowych.',
    },
    categories: {
      features: {
        title: 'Niezbędne',
        description: 'Zapewniają działanie i bezpieczeństwo strony, na przykład utrzymanie sesji po zalogowaniu. Nie można ich wyłączyć.',
      },
      performance: {
        title: 'Analityczne',
        description: 'Zliczają odwiedziny i pokazują, jak korzysta się ze strony, za pomocą identyfikatora przypisanego do każdej przeglądarki, abyśmy mogli ją ulepszać.',
      },
      advertising: {
        title: 'Marketingowe',
        description: 'Rozpoznają Państwa przeglądarkę na różnych stronach, aby dobierać wyświetlane reklamy i mierzyć ich skuteczność; te informacje są udostępniane partnerom reklamowym.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./pl-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default pl;
