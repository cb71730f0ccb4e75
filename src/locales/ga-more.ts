import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Irish: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Roghanna fianán',
    description: 'Roghnaigh na fianáin is féidir linn a úsáid. Fanann fianáin roghnacha múchta go dtí go gcuireann tú ar siúl iad.',
    acceptAll: 'Glac leo go léir',
    rejectAll: 'Diúltaigh dóibh go léir',
    save: 'Sábháil roghanna',
    close: 'Dún',
    alwaysActive: 'Gníomhach i gcónaí',
    heldByGpc: 'Múchta toisc go seolann do bhrabhsálaí comhartha Global Privacy Control. Is féidir leat an chatagóir a chur ar siúl anseo mar sin féin.',
    optOut: 'Déan agóid in aghaidh mo shonraí pearsanta a dhíol nó a chomhroinnt',
    optOutDescription: 'Bíonn roinnt fianán ar siúl go dtí go ndéanann tú agóid ina n-aghaidh. Múch catagóir chun í a stopadh, nó déan agóid in aon chéim amháin in aghaidh do shonraí pearsanta a dhíol nó a chomhroinnt.',
    defaultCategoryDescription: 'Fianáin roghnacha a úsáidtear chun na críche seo. Fanann siad múchta go dtí go gcuireann tú ar siúl iad.',
  },
  cookies: {
    caption: 'Fianáin: {category}',
    name: 'Fianán',
    provider: 'Soláthraí',
    purpose: 'Cuspóir',
    duration: 'Fad',
    none: 'Níl aon fhianán liostaithe don chatagóir seo.',
    session: 'Go dtí go ndúntar an brabhsálaí',
    services: 'Seirbhísí: {category}',
    privacyPolicy: 'Beartas príobháideachais na seirbhíse {service}',
  },
  policy: {
    whatTitle: 'Cad is fianán ann?',
    what: 'Is píosa beag téacs é fianán a stórálann suíomh gréasáin i do bhrabhsálaí ionas gur féidir leis do bhrabhsálaí a aithint arís níos déanaí. De ghnáth, bíonn ainm an tsuímh a shocraigh é ann, an fad a mhairfidh sé, agus luach, uimhir randamach go minic. Oibríonn teicneolaíochtaí cosúla, amhail rabhcháin ghréasáin agus clibeanna, ar an gcaoi chéanna agus baineann na roghanna céanna leo.',
    useTitle: 'Conas a úsáidimid fianáin',
    use: 'Tá ár bhfianáin roinnte sna catagóirí thíos. Bíonn na fianáin a theastaíonn ón tsuíomh ar siúl i gcónaí; fanann na cinn eile múchta go dtí go gceadaíonn tú iad.',
    manageTitle: 'Conas do chuid fianán a bhainistiú',
    manage: 'Is féidir leat do rogha a athrú am ar bith, anseo nó leis an nasc “Socruithe fianán” ar gach leathanach. Is féidir le do bhrabhsálaí fianáin a bhlocáil nó a scriosadh freisin: míníonn a leathanaigh chabhrach conas é sin a dhéanamh. Má bhlocálann tú fianáin fógraíochta, ní imeoidh na fógraí; ní bheidh siad chomh hábhartha duit, sin an méid.',
    changesTitle: 'Athruithe ar an mbeartas seo',
    changes: 'Nuair a athraímid an chaoi a n-úsáidimid fianáin, iarraimid do rogha ort arís ar do chéad chuairt eile. Seo é leagan {revision} den bheartas.',
    choiceTitle: 'Do rogha',
    choiceUndecided: 'Níl do rogha déanta agat fós. Níl in úsáid ach na fianáin a theastaíonn ón tsuíomh.',
    // A label, not a sentence: the long date stands on its own ("12 Márta 2024").
    choiceDecided: 'Dáta do rogha: {date}.',
    granted: 'Ceadaítear',
    denied: 'Ní cheadaítear',
    change: 'Athraigh do shocruithe fianán',
    history: 'Féach ar an taifead a choinníonn an suíomh seo ar do roghanna',
  },
  account: {
    notice: 'Tagann do rogha fianán ó do chuntas: rinne tú í ar ghléas eile.',
  },
  purposes: {
    gaClientId: 'Déanann sé idirdhealú idir cuairteoirí le haitheantóir randamach.',
    gaSessionState: 'Coinníonn sé staid na cuairte.',
    gaDailyId: 'Déanann sé idirdhealú idir cuairteoirí ar feadh lae.',
    gaThrottle: 'Cuireann sé teorainn le cé chomh minic a sheoltar sonraí.',
    gclConversion: 'Nascann sé cliceáil ar fhógra le cuairt níos déanaí, chun tiontuithe a thomhas.',
    adBrowserId: 'Déanann sé idirdhealú idir brabhsálaithe, chun éifeacht na fógraíochta a thomhas agus chun na fógraí a thaispeántar a roghnú.',
    adClickId: 'Coinníonn sé an chliceáil ar fhógra a thug anseo thú, chun tiontuithe a thomhas.',
    analyticsUserId: 'Déanann sé idirdhealú idir cuairteoirí, chun úsáid an tsuímh a thomhas.',
    analyticsSession: 'Nascann sé leathanaigh na cuairte céanna le chéile.',
  },
};

export default more;
