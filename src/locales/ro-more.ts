import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Romanian: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Preferințe privind cookie-urile',
    description: 'Alegeți ce cookie-uri putem folosi. Cookie-urile opționale rămân dezactivate până când le activați.',
    acceptAll: 'Acceptați toate',
    rejectAll: 'Respingeți toate',
    save: 'Salvați preferințele',
    close: 'Închideți',
    alwaysActive: 'Întotdeauna active',
    heldByGpc: 'Dezactivată, deoarece browserul dumneavoastră trimite semnalul Global Privacy Control. Puteți totuși activa categoria de aici.',
    optOut: 'Mă opun vânzării sau partajării datelor mele personale',
    optOutDescription: 'Unele cookie-uri funcționează până când vă opuneți. Dezactivați o categorie pentru a o opri sau opuneți-vă într-un singur pas vânzării sau partajării datelor dumneavoastră personale.',
    defaultCategoryDescription: 'Cookie-uri opționale folosite în acest scop. Rămân dezactivate până când le activați.',
  },
  cookies: {
    caption: 'Cookie-uri: {category}',
    name: 'Cookie',
    provider: 'Plasat de',
    purpose: 'Scop',
    duration: 'Durată',
    none: 'Pentru această categorie nu este declarat niciun cookie.',
    session: 'Până la închiderea browserului',
    services: 'Servicii: {category}',
    privacyPolicy: 'Politica de confidențialitate a serviciului {service}',
  },
  policy: {
    whatTitle: 'Ce este un cookie?',
    what: 'Un cookie este un mic fragment de text pe care un site îl stochează în browserul dumneavoastră pentru a putea recunoaște ulterior acel browser. De obicei conține numele site-ului care l-a plasat, durata sa de valabilitate și o valoare, adesea un număr aleatoriu. Tehnologiile similare, precum semnalizatoarele web și etichetele, funcționează la fel și respectă aceeași alegere.',
    useTitle: 'Cum folosim cookie-urile',
    use: 'Cookie-urile noastre se încadrează în categoriile de mai jos. Cookie-urile de care site-ul are nevoie sunt mereu active; celelalte rămân dezactivate până când le permiteți.',
    manageTitle: 'Cum vă gestionați cookie-urile',
    manage: 'Vă puteți schimba alegerea oricând, aici sau prin linkul „Setări pentru cookie-uri” de pe fiecare pagină. Și browserul dumneavoastră poate bloca sau șterge cookie-uri: paginile sale de ajutor explică cum se face acest lucru. Blocarea cookie-urilor de publicitate nu elimină reclamele; acestea sunt doar mai puțin adaptate intereselor dumneavoastră.',
    changesTitle: 'Modificări ale acestei politici',
    changes: 'Când schimbăm modul în care folosim cookie-urile, vă cerem din nou alegerea la următoarea vizită. Aceasta este versiunea {revision} a politicii.',
    choiceTitle: 'Alegerea dumneavoastră',
    choiceUndecided: 'Nu ați ales încă. Sunt folosite numai cookie-urile de care site-ul are nevoie.',
    choiceDecided: 'Ați ales la data de {date}.',
    granted: 'Permise',
    denied: 'Nepermise',
    change: 'Modificați setările pentru cookie-uri',
    history: 'Consultați evidența alegerilor dumneavoastră păstrată de acest site',
  },
  account: {
    notice: 'Alegerea privind cookie-urile provine din contul dumneavoastră: ați făcut-o pe alt dispozitiv.',
  },
  purposes: {
    gaClientId: 'Distinge vizitatorii printr-un identificator aleatoriu.',
    gaSessionState: 'Păstrează starea unei vizite.',
    gaDailyId: 'Distinge vizitatorii pe parcursul unei zile.',
    gaThrottle: 'Limitează frecvența cu care sunt trimise datele.',
    gclConversion: 'Asociază un clic pe o reclamă cu o vizită ulterioară, pentru a măsura conversiile.',
    adBrowserId: 'Distinge browserele, pentru a măsura eficiența publicității și a alege reclamele afișate.',
    adClickId: 'Păstrează clicul pe reclama prin care ați ajuns aici, pentru a măsura conversiile.',
    analyticsUserId: 'Distinge vizitatorii, pentru a măsura modul în care este utilizat site-ul.',
    analyticsSession: 'Asociază paginile aceleiași vizite.',
  },
};

export default more;
