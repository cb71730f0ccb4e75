import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Hungarian, in the formal register of Hungarian public sites ("Ön"). Glossary: glossary/hu.md. */
const hu = {
  code: 'hu',
  texts: {
    banner: {
      label: 'Hozzájárulás sütik használatához',
      title: 'Sütiket használunk',
      description:
        'Egyes sütik a weboldal működéséhez szükségesek. Az Ön hozzájárulásával más sütiket is használnánk, hogy mérjük a weboldal használatát, és releváns hirdetéseket jelenítsünk meg Önnek. Döntését bármikor megváltoztathatja.',
      policyChanged: 'Sütikezelési tájékoztatónk megváltozott az Ön legutóbbi döntése óta. Kérjük, adja meg újra, mit engedélyez.',
      policyLink: 'Sütikezelési tájékoztató',
      acceptAll: 'Összes elfogadása',
      rejectAll: 'Összes elutasítása',
      customize: 'Testreszabás',
      continueWithoutAccepting: 'Folytatás elfogadás nélkül',
      acrossDevices: 'Amíg be van jelentkezve, döntése a többi eszközén is érvényes, és ha az egyiken megváltoztatja vagy visszavonja, mindegyiken megváltozik.',
    },
    status: {
      acceptedAll: 'Minden sütit elfogadott.',
      rejectedAll: 'Az opcionális sütiket elutasította.',
      saved: 'Sütipreferenciáit mentettük.',
    },
    settings: {
      open: 'Sütibeállítások',
    },
    gate: {
      message: 'Ez a tartalom csak az Ön hozzájárulásával jelenik meg, mert a következő kategória sütijeit helyezi el: „{category}”.',
      allow: 'Engedélyezés: „{category}”',
      service: 'Ez a tartalom a következő szolgáltatásból származik: {service} (üzemeltető: {company}). Csak akkor jelenik meg, ha hozzájárul a következő kategóriához: „{category}”, mert adatokat tárolhat az Ön eszközén, illetve olvashat ki onnan.',
      settings: 'Sütibeállítások',
    },
    optOut: {
      title: 'Az Ön adatvédelmi döntései',
      notice:
        'Mi és partnereink sütiket használunk, hogy mérjük a weboldal használatát, és releváns hirdetéseket jelenítsünk meg Önnek; egyes adatvédelmi jogszabályok ezt az Ön személyes adatai eladásának vagy megosztásának tekintik. Ez ellen bármikor tiltakozhat.',
      link: 'Ne adják el és ne osszák meg személyes adataimat',
      dismiss: 'Bezárás',
      gpcHonored: 'Tiltakozását érvényesítettük: böngészője Global Privacy Control jelzést küld, ezért nem adjuk el és nem osztjuk meg személyes adatait.',
      optedOut: 'Tiltakozott személyes adatai eladása vagy megosztása ellen.',
    },
    categories: {
      features: {
        title: 'Szükséges',
        description: 'A weboldal működését és biztonságát szolgálják, például ahhoz, hogy bejelentkezve maradjon. Nem kapcsolhatók ki.',
      },
      performance: {
        title: 'Statisztikai',
        description: 'Megszámolják a látogatásokat, és megmutatják, hogyan használják a weboldalt, böngészőnként egy azonosítóval, hogy fejleszthessük.',
      },
      advertising: {
        title: 'Marketing',
        description: 'Különböző weboldalakon felismerik az Ön böngészőjét, hogy kiválasszák a megjelenő hirdetéseket, és mérjék az eredményüket; ezeket az adatokat hirdetési partnerekkel megosztjuk.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./hu-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default hu;
