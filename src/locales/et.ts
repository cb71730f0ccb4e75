import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Estonian, in the formal register of Estonian public sites ("teie", plural). Glossary: glossary/et.md. */
const et = {
  code: 'et',
  texts: {
    banner: {
      label: 'Küpsiste nõusolek',
      title: 'Kasutame küpsiseid',
      description:
        'Mõned küpsised on vajalikud veebisaidi toimimiseks. Teie nõusolekul kasutaksime ka teisi, et mõõta veebisaidi kasutamist ja näidata teile asjakohaseid reklaame. Võite oma otsust igal ajal muuta.',
      policyChanged: 'Meie küpsiste kasutamise põhimõtted on pärast teie viimast valikut muutunud. Palun andke meile uuesti teada, mida lubate.',
      policyLink: 'Lugege meie küpsiste kasutamise põhimõtteid',
      acceptAll: 'Nõustu kõigiga',
      rejectAll: 'Keeldu kõigist',
      customize: 'Kohanda',
      continueWithoutAccepting: 'Jätka nõustumata',
      acrossDevices: 'Kuni olete sisse logitud, kehtib teie valik ka teie teistes seadmetes ning selle muutmine või tagasivõtmine ühes seadmes muudab selle kõigis.',
    },
    status: {
      acceptedAll: 'Kõigi küpsistega on nõustutud.',
      rejectedAll: 'Valikulistest küpsistest on keeldutud.',
      saved: 'Teie küpsiste valik on salvestatud.',
    },
    settings: {
      open: 'Küpsiste seaded',
    },
    gate: {
      message: 'Seda sisu näidatakse ainult teie nõusolekul kategooriale „{category}“, sest see sisu salvestab selle kategooria küpsiseid.',
      allow: 'Luba kategooria „{category}“',
      service: 'Selle sisu pakub teenus {service}, mida haldab {company}. Seda sisu näidatakse ainult teie nõusolekul kategooriale „{category}“, sest see võib teie seadmesse andmeid salvestada või neid sealt lugeda.',
      settings: 'Küpsiste seaded',
    },
    optOut: {
      title: 'Teie privaatsusvalikud',
      notice:
        'Meie ja meie partnerid kasutame küpsiseid, et mõõta veebisaidi kasutamist ja näidata teile asjakohaseid reklaame; mõned andmekaitseseadused loevad seda teie isikuandmete müümiseks või jagamiseks. Võite selle igal ajal keelata.',
      link: 'Ärge müüge ega jagage minu isikuandmeid',
      dismiss: 'Sulge',
      gpcHonored: 'Teie keeldu järgitakse: teie brauser saadab signaali Global Privacy Control, seega me ei müü ega jaga teie isikuandmeid.',
      optedOut: 'Olete keelanud oma isikuandmete müümise või jagamise.',
    },
    categories: {
      features: {
        title: 'Vajalikud',
        description: 'Hoiavad veebisaidi töökorras ja turvalisena, näiteks selleks, et püsiksite sisselogituna. Neid ei saa välja lülitada.',
      },
      performance: {
        title: 'Analüütilised',
        description: 'Loendavad külastusi ja näitavad, kuidas veebisaiti kasutatakse, iga brauseri jaoks eraldi tunnusega, et saaksime seda parandada.',
      },
      advertising: {
        title: 'Turundus',
        description: 'Tunnevad teie brauseri ära eri veebisaitidel, et valida teile näidatavaid reklaame ja mõõta nende tulemusi. Neid andmeid jagatakse reklaamipartneritega.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./et-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default et;
