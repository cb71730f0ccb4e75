// Embedded players and maps: services whose content is an iframe, shown by their components
// (`<YouTubeEmbed>`, `<VimeoEmbed>`, `<GoogleMapsEmbed>`) only once their category is granted.
// Listed in the config too, they appear in the dialog and the policy with their company and the
// cookies below. Every one of those cookies is set by the vendor in its own iframe, on its own
// domain (third-party for the site), and only once the category is allowed: the page cannot read
// or delete them, and withdrawing consent removes the iframe, not the cookies. Facts (see
// docs/services/support-and-embeds.md):
// - YouTube: Google Ireland Limited for the EEA, https://policies.google.com/privacy; the
//   privacy-enhanced host www.youtube-nocookie.com stores nothing before the video is played
//   (https://support.google.com/youtube/answer/171780); once it is played, YouTube's own cookies
//   apply, as https://policies.google.com/technologies/cookies names them: `VISITOR_INFO1_LIVE`
//   (6 months) and `__Secure-YEC` (13 months) remember preferences and detect service problems and
//   abuse, `YSC` (the browsing session) checks that requests come from the person, `PREF` keeps
//   player preferences (8 months, as reproductions of that page give it). Google calls its list
//   examples, not an inventory of the embed; local storage in the player is not documented. The
//   player needs a Referer, so `strict-origin-when-cross-origin`.
// - Vimeo: Vimeo.com, Inc. (US), https://vimeo.com/privacy; with `dnt=1` the player sets no new
//   cookies during the viewing, while the browser still sends Vimeo's cookies from earlier visits
//   (https://help.vimeo.com/hc/en-us/articles/26080940921361): none is declared. That article does
//   not say whether the Cloudflare cookies it lists (`__cf_bm`, `_cfuvid`, `cf_clearance`) are
//   also held back under `dnt=1`. No consent API.
// - Google Maps: Google Ireland Limited, https://policies.google.com/privacy; no privacy-enhanced
//   variant; www.google.com/maps/embed. Google documents no cookie list for the Maps embed: the
//   cookies declared are those https://policies.google.com/technologies/cookies gives for
//   google.com, which the map's iframe may set or read: `NID` (6 months after last use) or
//   `__Secure-ENID` (13 months) for preferences, also used for Google's ads to signed-out users,
//   and `AEC` (6 months) against abuse. Which of them a given visitor gets depends on their
//   Google sign-in and cookie choices.
import type { CookieDeclaration } from '../core/config.js';
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

// The purposes of the vendors' cookies, in every language the library ships (a cookie of a
// service is listed in the visitor's language, as the built-in lists are).
const N = '\u00a0';
const remembersSettings = {
  en: 'Remembers preferences and settings.',
  ar: 'يتذكر التفضيلات والإعدادات.',
  bg: 'Запомня предпочитания и настройки.',
  cs: 'Pamatuje si předvolby a nastavení.',
  da: 'Husker præferencer og indstillinger.',
  de: 'Speichert Präferenzen und Einstellungen.',
  el: 'Θυμάται προτιμήσεις και ρυθμίσεις.',
  es: 'Recuerda preferencias y ajustes.',
  et: 'Jätab meelde eelistused ja seaded.',
  fi: 'Muistaa valinnat ja asetukset.',
  fr: 'Retient des préférences et des réglages.',
  ga: 'Cuimhníonn sé ar roghanna agus ar shocruithe.',
  hr: 'Pamti odabire i postavke.',
  hu: 'Megjegyzi a választásokat és a beállításokat.',
  is: 'Man val og stillingar.',
  it: 'Memorizza preferenze e impostazioni.',
  lt: 'Įsimena nuostatas ir nustatymus.',
  lv: 'Atceras izvēles un iestatījumus.',
  mt: 'Tiftakar il-preferenzi u l-issettjar.',
  nb: 'Husker preferanser og innstillinger.',
  nl: 'Onthoudt voorkeuren en instellingen.',
  pl: 'Zapamiętuje preferencje i ustawienia.',
  pt: 'Memoriza preferências e definições.',
  ro: 'Reține preferințele și setările.',
  sk: 'Pamätá si predvoľby a nastavenia.',
  sl: 'Shranjuje izbire in nastavitve.',
  sv: 'Kommer ihåg val och inställningar.',
};
const preventsAbuse = {
  en: 'Checks that requests come from you, to prevent abuse.',
  ar: 'يتحقق من أن الطلبات صادرة عنك، لمنع إساءة الاستخدام.',
  bg: 'Проверява дали заявките идват от Вас, за да предотвратява злоупотреби.',
  cs: 'Ověřuje, že požadavky pocházejí od vás, aby se zabránilo zneužití.',
  da: 'Kontrollerer, at forespørgsler kommer fra dig, for at forhindre misbrug.',
  de: 'Prüft, ob Anfragen von Ihnen stammen, um Missbrauch zu verhindern.',
  el: 'Ελέγχει ότι τα αιτήματα προέρχονται από εσάς, για την αποτροπή κατάχρησης.',
  es: 'Comprueba que las solicitudes proceden de usted, para evitar abusos.',
  et: 'Kontrollib, et päringud tulevad teilt, et vältida kuritarvitamist.',
  fi: 'Varmistaa, että pyynnöt tulevat sinulta, väärinkäytösten estämiseksi.',
  fr: 'Vérifie que les requêtes viennent bien de vous, pour empêcher les abus.',
  ga: 'Deimhníonn sé gur uait féin a thagann na hiarratais, chun mí-úsáid a chosc.',
  hr: 'Provjerava dolaze li zahtjevi od Vas, radi sprječavanja zlouporabe.',
  hu: 'Ellenőrzi, hogy a kérések Öntől származnak-e, a visszaélések megelőzésére.',
  is: 'Staðfestir að beiðnir komi frá þér, til að koma í veg fyrir misnotkun.',
  it: 'Verifica che le richieste provengano da lei, per prevenire abusi.',
  lt: 'Tikrina, ar užklausos siunčiamos iš Jūsų, kad būtų išvengta piktnaudžiavimo.',
  lv: 'Pārbauda, vai pieprasījumi nāk no Jums, lai novērstu ļaunprātīgu izmantošanu.',
  mt: 'Tivverifika li t-talbiet ġejjin mingħandek, biex jiġi evitat l-abbuż.',
  nb: 'Kontrollerer at forespørsler kommer fra deg, for å hindre misbruk.',
  nl: 'Controleert of verzoeken van u komen, om misbruik te voorkomen.',
  pl: 'Sprawdza, czy żądania pochodzą od Państwa, aby zapobiegać nadużyciom.',
  pt: 'Verifica se os pedidos vêm de si, para evitar abusos.',
  ro: 'Verifică dacă solicitările provin de la dumneavoastră, pentru a preveni abuzurile.',
  sk: 'Overuje, či požiadavky pochádzajú od vás, aby sa zabránilo zneužitiu.',
  sl: 'Preverja, ali zahteve prihajajo od vas, da se prepreči zloraba.',
  sv: 'Kontrollerar att förfrågningar kommer från dig, för att förhindra missbruk.',
};
const preferencesAndAds = {
  en: 'Remembers preferences; also used by Google for its ads.',
  ar: 'يتذكر التفضيلات؛ وتستخدمه Google أيضًا لإعلاناتها.',
  bg: 'Запомня предпочитания; Google го използва и за своите реклами.',
  cs: 'Pamatuje si předvolby; Google ho používá i pro svou reklamu.',
  da: 'Husker præferencer; Google bruger den også til sine annoncer.',
  de: 'Speichert Präferenzen; wird von Google auch für seine Werbung genutzt.',
  el: 'Θυμάται προτιμήσεις· η Google το χρησιμοποιεί και για τις διαφημίσεις της.',
  es: 'Recuerda preferencias; también sirve a Google para su publicidad.',
  et: 'Jätab meelde eelistused; Google kasutab seda ka oma reklaamideks.',
  fi: 'Muistaa valinnat; Google käyttää sitä myös mainontaansa.',
  fr: `Retient des préférences${N}; sert aussi à Google pour ses publicités.`,
  ga: 'Cuimhníonn sé ar roghanna; úsáideann Google é dá chuid fógraíochta freisin.',
  hr: 'Pamti odabire; Google ga upotrebljava i za svoje oglašavanje.',
  hu: 'Megjegyzi a választásokat; a Google a saját hirdetéseihez is használja.',
  is: 'Man val; Google notar hana einnig fyrir auglýsingar sínar.',
  it: 'Memorizza preferenze; serve anche a Google per la sua pubblicità.',
  lt: 'Įsimena nuostatas; Google jį naudoja ir savo reklamai.',
  lv: 'Atceras izvēles; Google to izmanto arī savām reklāmām.',
  mt: 'Tiftakar il-preferenzi; Google jużaha wkoll għar-reklami tiegħu.',
  nb: 'Husker preferanser; Google bruker den også til sine annonser.',
  nl: 'Onthoudt voorkeuren; Google gebruikt deze ook voor zijn advertenties.',
  pl: 'Zapamiętuje preferencje; Google używa go też do swoich reklam.',
  pt: 'Memoriza preferências; também é usado pela Google para a sua publicidade.',
  ro: 'Reține preferințele; Google îl folosește și pentru publicitatea sa.',
  sk: 'Pamätá si predvoľby; Google ho používa aj na svoju reklamu.',
  sl: 'Shranjuje izbire; Google ga uporablja tudi za svoje oglaševanje.',
  sv: 'Kommer ihåg val; Google använder den också för sina annonser.',
};

/** YouTube's cookies once a video is played (Google's cookie page), set on YouTube's domains. */
const youtubeCookies: readonly CookieDeclaration[] = [
  { name: 'VISITOR_INFO1_LIVE', provider: 'YouTube', purpose: remembersSettings, duration: { months: 6 } },
  { name: '__Secure-YEC', provider: 'YouTube', purpose: remembersSettings, duration: { months: 13 } },
  { name: 'YSC', provider: 'YouTube', purpose: preventsAbuse, duration: { session: true } },
  { name: 'PREF', provider: 'YouTube', purpose: remembersSettings, duration: { months: 8 } },
];

/** Google's cookies that the map's iframe may set or read on google.com (Google's cookie page). */
const googleMapsCookies: readonly CookieDeclaration[] = [
  { name: 'NID', provider: 'Google', purpose: preferencesAndAds, duration: { months: 6 } },
  { name: '__Secure-ENID', provider: 'Google', purpose: preferencesAndAds, duration: { months: 13 } },
  { name: 'AEC', provider: 'Google', purpose: preventsAbuse, duration: { months: 6 } },
];

type EmbedOptions<C extends string> = {
  /** The category it needs. @default 'advertising' */
  category?: C;
};

/** YouTube videos through youtube-nocookie.com (Google Ireland Limited); YouTube's cookies, on its own domains, once a video is played. */
export function youtube<const C extends string = 'advertising'>({ category = 'advertising' as C }: EmbedOptions<C> = {}): ConsentService<C> {
  return defineService(
    {
      id: 'youtube',
      name: 'YouTube',
      company: { name: 'Google Ireland Limited', country: 'IE' },
      privacyPolicy: 'https://policies.google.com/privacy',
      category,
      purposes: ['Plays embedded videos'],
      cookies: youtubeCookies,
      hosts: ['www.youtube-nocookie.com', 'www.youtube.com', 'i.ytimg.com', 'www.google.com'],
    },
    {},
  );
}

/** Vimeo videos, with `dnt=1` (Vimeo.com, Inc.): no new Vimeo cookie during the viewing. */
export function vimeo<const C extends string = 'advertising'>({ category = 'advertising' as C }: EmbedOptions<C> = {}): ConsentService<C> {
  return defineService(
    {
      id: 'vimeo',
      name: 'Vimeo',
      company: { name: 'Vimeo.com, Inc.', country: 'US' },
      privacyPolicy: 'https://vimeo.com/privacy',
      category,
      purposes: ['Plays embedded videos'],
      cookies: [],
      hosts: ['player.vimeo.com', 'i.vimeocdn.com', 'f.vimeocdn.com'],
    },
    {},
  );
}

/** Google Maps embeds (Google Ireland Limited); Google's cookies, on google.com, as the map may set them. */
export function googleMaps<const C extends string = 'advertising'>({ category = 'advertising' as C }: EmbedOptions<C> = {}): ConsentService<C> {
  return defineService(
    {
      id: 'google-maps',
      name: 'Google Maps',
      company: { name: 'Google Ireland Limited', country: 'IE' },
      privacyPolicy: 'https://policies.google.com/privacy',
      category,
      purposes: ['Shows interactive maps'],
      cookies: googleMapsCookies,
      hosts: ['www.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
    },
    {},
  );
}
