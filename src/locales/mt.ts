import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Maltese, in the register of Maltese public sites ("int", singular). Glossary: glossary/mt.md. */
const mt = {
  code: 'mt',
  texts: {
    banner: {
      label: 'Kunsens għall-cookies',
      title: 'Nużaw il-cookies',
      description:
        'Xi cookies iżommu s-sit jaħdem. Jekk tagħtina l-permess, nużaw ukoll oħrajn biex inkejlu kif jintuża s-sit u biex nuruk reklami rilevanti. Tista’ tbiddel fehmtek fi kwalunkwe ħin.',
      policyChanged: 'Il-politika tagħna dwar il-cookies inbidlet minn meta għażilt l-aħħar darba. Jekk jogħġbok, erġa’ għidilna x’tippermetti.',
      policyLink: 'Aqra l-politika tagħna dwar il-cookies',
      acceptAll: 'Aċċetta kollox',
      rejectAll: 'Irrifjuta kollox',
      customize: 'Ippersonalizza',
      continueWithoutAccepting: 'Kompli mingħajr ma taċċetta',
      acrossDevices: 'Waqt li tkun dħalt fil-kont, l-għażla tiegħek tgħodd ukoll fuq l-apparati l-oħrajn tiegħek, u jekk tbiddilha jew tirtiraha fuq wieħed, tinbidel fuqhom kollha.',
    },
    status: {
      acceptedAll: 'Il-cookies kollha ġew aċċettati.',
      rejectedAll: 'Il-cookies fakultattivi ġew irrifjutati.',
      saved: 'Il-preferenzi tiegħek dwar il-cookies ġew salvati.',
    },
    settings: {
      open: 'Issettjar tal-cookies',
    },
    gate: {
      message: 'Dan il-kontenut jintwera biss bil-kunsens tiegħek għall-kategorija “{category}”, għax iqiegħed cookies ta’ dik il-kategorija.',
      allow: 'Ippermetti “{category}”',
      service: 'Dan il-kontenut ġej mis-servizz {service} ta’ {company}. Jintwera biss bil-kunsens tiegħek għall-kategorija “{category}”, għax jista’ jaħżen jew jaqra data fuq l-apparat tiegħek.',
      settings: 'Issettjar tal-cookies',
    },
    optOut: {
      title: 'L-għażliet tiegħek dwar il-privatezza',
      notice:
        'Aħna u s-sħab tagħna nużaw il-cookies biex inkejlu kif jintuża s-sit u biex nuruk reklami rilevanti, u xi liġijiet dwar il-privatezza jqisu dan bħala bejgħ jew qsim tad-data personali tiegħek. Tista’ toġġezzjona fi kwalunkwe ħin.',
      link: 'Tbigħx u taqsamx id-data personali tiegħi',
      dismiss: 'Agħlaq',
      gpcHonored: 'Talba ta’ oġġezzjoni milqugħa: il-brawżer tiegħek qed jibgħat sinjal Global Privacy Control, għalhekk ma nbigħux u ma naqsmux id-data personali tiegħek.',
      optedOut: 'Oġġezzjonajt għall-bejgħ jew il-qsim tad-data personali tiegħek.',
    },
    categories: {
      features: {
        title: 'Meħtieġa',
        description: 'Iżommu s-sit jaħdem u sigur, pereżempju biex is-sessjoni tiegħek tibqa’ miftuħa. Ma jistgħux jintfew.',
      },
      performance: {
        title: 'Analitiċi',
        description: 'Jgħoddu ż-żjarat u juru kif jintuża s-sit, b’identifikatur għal kull brawżer, biex inkunu nistgħu ntejbuh.',
      },
      advertising: {
        title: 'Reklamar',
        description: 'Jagħrfu l-brawżer tiegħek minn sit għal ieħor biex jagħżlu r-reklami li tara u jkejlu r-riżultati tagħhom. Din l-informazzjoni tinqasam ma’ sħab fir-reklamar.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./mt-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default mt;
