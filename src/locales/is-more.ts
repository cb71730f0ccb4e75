import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Icelandic: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Val á vafrakökum',
    description: 'Veldu hvaða vafrakökur við megum nota. Slökkt er á valfrjálsum vafrakökum þar til þú kveikir á þeim.',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    save: 'Vista val',
    close: 'Loka',
    alwaysActive: 'Alltaf virkar',
    heldByGpc: 'Slökkt vegna þess að vafrinn þinn sendir merkið Global Privacy Control. Þú getur samt kveikt á flokknum hér.',
    optOut: 'Afþakka sölu eða miðlun persónuupplýsinga minna',
    optOutDescription: 'Sumar vafrakökur eru virkar þar til þú afþakkar þær. Slökktu á flokki til að stöðva hann eða afþakkaðu sölu eða miðlun persónuupplýsinga þinna í einu skrefi.',
    defaultCategoryDescription: 'Valfrjálsar vafrakökur sem eru notaðar í þessum tilgangi. Slökkt er á þeim þar til þú kveikir á þeim.',
  },
  cookies: {
    caption: 'Vafrakökur: {category}',
    name: 'Vafrakaka',
    provider: 'Vistuð af',
    purpose: 'Tilgangur',
    duration: 'Gildistími',
    none: 'Engar vafrakökur eru skráðar í þennan flokk.',
    session: 'Þar til vafranum er lokað',
    services: 'Þjónustur: {category}',
    privacyPolicy: 'Persónuverndarstefna þjónustunnar {service}',
  },
  policy: {
    whatTitle: 'Hvað er vafrakaka?',
    what: 'Vafrakaka er lítill textabútur sem vefur vistar í vafranum þínum svo að hann geti þekkt vafrann aftur síðar. Hún geymir yfirleitt heiti vefsins sem vistaði hana, gildistíma hennar og gildi, oft slembitölu. Svipuð tækni, til dæmis vefvitar og merki, virkar á sama hátt og fylgir sama vali.',
    useTitle: 'Hvernig við notum vafrakökur',
    use: 'Vafrakökurnar okkar skiptast í flokkana hér fyrir neðan. Alltaf er kveikt á þeim sem vefurinn þarfnast; slökkt er á hinum þar til þú leyfir þær.',
    manageTitle: 'Hvernig þú stjórnar vafrakökum',
    manage: 'Þú getur breytt vali þínu hvenær sem er, hér eða með tenglinum „Vafrakökustillingar“ á hverri síðu. Vafrinn þinn getur líka lokað á vafrakökur eða eytt þeim; hjálparsíður vafrans útskýra hvernig. Þótt þú lokir á vafrakökur fyrir auglýsingar hverfa auglýsingarnar ekki; þær verða bara síður viðeigandi fyrir þig.',
    changesTitle: 'Breytingar á þessari stefnu',
    changes: 'Þegar við breytum því hvernig við notum vafrakökur biðjum við þig að velja aftur í næstu heimsókn. Þetta er útgáfa {revision} af stefnunni.',
    choiceTitle: 'Val þitt',
    choiceUndecided: 'Þú hefur ekki valið enn. Aðeins þær vafrakökur sem vefurinn þarfnast eru í notkun.',
    choiceDecided: 'Þú valdir {date}.',
    granted: 'Leyft',
    denied: 'Ekki leyft',
    change: 'Breyta vafrakökustillingum',
    history: 'Skoða skrána sem þessi vefur heldur yfir val þitt',
  },
  account: {
    notice: 'Val þitt á vafrakökum kemur frá aðganginum þínum: þú valdir í öðru tæki.',
  },
  purposes: {
    gaClientId: 'Greinir gesti í sundur með slembiauðkenni.',
    gaSessionState: 'Heldur utan um stöðu heimsóknar.',
    gaDailyId: 'Greinir gesti í sundur í einn sólarhring.',
    gaThrottle: 'Takmarkar hversu oft gögn eru send.',
    gclConversion: 'Tengir smell á auglýsingu við síðari heimsókn til að mæla hvort hann leiði til viðskipta.',
    adBrowserId: 'Greinir vafra í sundur til að mæla árangur auglýsinga og velja hvaða auglýsingar birtast.',
    adClickId: 'Geymir smellinn á auglýsinguna sem vísaði þér hingað, til að mæla hvort hann leiði til viðskipta.',
    analyticsUserId: 'Greinir gesti í sundur til að mæla notkun vefsins.',
    analyticsSession: 'Tengir saman síðurnar í sömu heimsókn.',
  },
};

export default more;
