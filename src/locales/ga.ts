import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Irish, in the register of Irish public sites ("tú", the only form of address Irish uses for one reader). Glossary: glossary/ga.md. */
const ga = {
  code: 'ga',
  texts: {
    banner: {
      label: 'Toiliú le fianáin',
      title: 'Úsáidimid fianáin',
      description:
        'Tá gá le roinnt fianán chun an suíomh a choinneáil ag obair. Le do chead, d’úsáidfimis fianáin eile freisin chun úsáid an tsuímh a thomhas agus chun fógraíocht ábhartha a thaispeáint duit. Is féidir leat d’intinn a athrú am ar bith.',
      policyChanged: 'Tá ár mbeartas fianán athraithe ó rinne tú do rogha go deireanach. Inis dúinn arís, le do thoil, cad a cheadaíonn tú.',
      policyLink: 'Léigh ár mbeartas fianán',
      acceptAll: 'Glac leo go léir',
      rejectAll: 'Diúltaigh dóibh go léir',
      customize: 'Saincheap',
      continueWithoutAccepting: 'Lean ar aghaidh gan toiliú',
      acrossDevices: 'Fad atá tú logáilte isteach, tá feidhm ag do rogha ar do ghléasanna eile freisin, agus má athraíonn tú í nó má tharraingíonn tú siar í ar ghléas amháin, athraítear í ar gach gléas.',
    },
    status: {
      acceptedAll: 'Glacadh le gach fianán.',
      rejectedAll: 'Diúltaíodh do na fianáin roghnacha.',
      saved: 'Sábháladh do roghanna fianán.',
    },
    settings: {
      open: 'Socruithe fianán',
    },
    gate: {
      message: 'Ní thaispeántar an t-ábhar seo ach le do thoiliú don chatagóir “{category}”, toisc go socraíonn sé fianáin den chatagóir sin.',
      allow: 'Ceadaigh “{category}”',
      service: 'Tagann an t-ábhar seo ón tseirbhís {service} de chuid {company}. Ní thaispeántar an t-ábhar seo ach le do thoiliú don chatagóir “{category}”, toisc go bhféadfadh sé sonraí a stóráil ar do ghléas nó iad a léamh.',
      settings: 'Socruithe fianán',
    },
    optOut: {
      title: 'Do roghanna príobháideachais',
      notice:
        'Úsáideann muid féin agus ár gcomhpháirtithe fianáin chun úsáid an tsuímh a thomhas agus chun fógraíocht ábhartha a thaispeáint duit; faoi roinnt dlíthe príobháideachais, is díol nó comhroinnt do shonraí pearsanta é sin. Is féidir leat agóid a dhéanamh ina aghaidh am ar bith.',
      link: 'Ná díol ná comhroinn mo shonraí pearsanta',
      dismiss: 'Dún',
      gpcHonored: 'Tá d’agóid i bhfeidhm: seolann do bhrabhsálaí comhartha Global Privacy Control, mar sin ní dhíolaimid do shonraí pearsanta agus ní chomhroinnimid iad.',
      optedOut: 'Rinne tú agóid in aghaidh do shonraí pearsanta a dhíol nó a chomhroinnt.',
    },
    categories: {
      features: {
        title: 'Riachtanach',
        description: 'Coinníonn siad an suíomh ag obair agus slán, mar shampla chun tú a choinneáil logáilte isteach. Ní féidir iad a mhúchadh.',
      },
      performance: {
        title: 'Anailísíocht',
        description: 'Comhaireann siad cuairteanna agus taispeánann siad conas a úsáidtear an suíomh, le haitheantóir do gach brabhsálaí, ionas gur féidir linn é a fheabhsú.',
      },
      advertising: {
        title: 'Fógraíocht',
        description: 'Aithníonn siad do bhrabhsálaí ar shuíomhanna éagsúla chun na fógraí a fheiceann tú a roghnú agus a dtorthaí a thomhas. Roinntear an fhaisnéis sin le comhpháirtithe fógraíochta.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./ga-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default ga;
