import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Icelandic, in the register of Icelandic public sites ("þú"). Glossary: glossary/is.md. */
const isl = {
  code: 'is',
  texts: {
    banner: {
      label: 'Samþykki fyrir vafrakökum',
      title: 'Við notum vafrakökur',
      description:
        'Sumar vafrakökur eru nauðsynlegar til að vefurinn virki. Með samþykki þínu myndum við einnig nota aðrar vafrakökur, til að mæla notkun vefsins og birta þér viðeigandi auglýsingar. Þú getur skipt um skoðun hvenær sem er.',
      policyChanged: 'Vafrakökustefna okkar hefur breyst síðan þú valdir síðast. Segðu okkur aftur hvað þú leyfir.',
      policyLink: 'Lesa vafrakökustefnu okkar',
      acceptAll: 'Samþykkja allar',
      rejectAll: 'Hafna öllum',
      customize: 'Sérsníða',
      continueWithoutAccepting: 'Halda áfram án samþykkis',
      acrossDevices: 'Meðan innskráning þín er virk gildir val þitt einnig í öðrum tækjum þínum. Ef þú breytir því eða dregur það til baka í einu tæki breytist það í þeim öllum.',
    },
    status: {
      acceptedAll: 'Allar vafrakökur hafa verið samþykktar.',
      rejectedAll: 'Valfrjálsum vafrakökum hefur verið hafnað.',
      saved: 'Val þitt á vafrakökum hefur verið vistað.',
    },
    settings: {
      open: 'Vafrakökustillingar',
    },
    gate: {
      message: 'Þetta efni birtist aðeins ef þú samþykkir flokkinn „{category}“, þar sem það vistar vafrakökur í þeim flokki.',
      allow: 'Leyfa flokkinn „{category}“',
      service: 'Þetta efni kemur frá þjónustunni {service}, sem {company} rekur. Það birtist aðeins ef þú samþykkir flokkinn „{category}“, þar sem það getur vistað gögn í tækinu þínu eða lesið þau.',
      settings: 'Vafrakökustillingar',
    },
    optOut: {
      title: 'Val þitt um persónuvernd',
      notice:
        'Við og samstarfsaðilar okkar notum vafrakökur til að mæla notkun vefsins og birta þér viðeigandi auglýsingar, en samkvæmt sumum persónuverndarlögum telst það sala eða miðlun persónuupplýsinga þinna. Þú getur afþakkað það hvenær sem er.',
      link: 'Ekki selja persónuupplýsingar mínar eða miðla þeim',
      dismiss: 'Loka',
      gpcHonored: 'Beiðni þín um afþökkun er virt: vafrinn þinn sendir merkið Global Privacy Control og því seljum við hvorki persónuupplýsingar þínar né miðlum þeim.',
      optedOut: 'Þú hefur afþakkað sölu eða miðlun persónuupplýsinga þinna.',
    },
    categories: {
      features: {
        title: 'Nauðsynlegar',
        description: 'Halda vefnum virkum og öruggum, til dæmis til að viðhalda innskráningu. Ekki er hægt að slökkva á þeim.',
      },
      performance: {
        title: 'Tölfræði',
        description: 'Telja heimsóknir og sýna hvernig vefurinn er notaður, með auðkenni fyrir hvern vafra, svo að við getum bætt hann.',
      },
      advertising: {
        title: 'Markaðssetning',
        description: 'Þekkja vafrann þinn á milli vefja til að velja auglýsingarnar sem þú sérð og mæla árangur þeirra; upplýsingunum er deilt með samstarfsaðilum á sviði auglýsinga.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./is-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default isl;
