import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Croatian, in the formal register of Croatian public sites ("Vi", capitalised). Glossary: glossary/hr.md. */
const hr = {
  code: 'hr',
  texts: {
    banner: {
      label: 'Privola za kolačiće',
      title: 'Upotrebljavamo kolačiće',
      description:
        'Neki kolačići omogućuju rad mrežnog mjesta. Uz Vašu privolu upotrebljavali bismo i druge kako bismo mjerili upotrebu mrežnog mjesta i prikazivali Vam relevantne oglase. Svoju odluku možete promijeniti u bilo kojem trenutku.',
      policyChanged: 'Naša su se pravila o kolačićima promijenila od Vašeg posljednjeg odabira. Molimo Vas da nam ponovno kažete što dopuštate.',
      policyLink: 'Pročitajte naša pravila o kolačićima',
      acceptAll: 'Prihvati sve',
      rejectAll: 'Odbij sve',
      customize: 'Prilagodi',
      continueWithoutAccepting: 'Nastavi bez prihvaćanja',
      acrossDevices: 'Dok ste prijavljeni, Vaš odabir vrijedi i na Vašim drugim uređajima, a ako ga promijenite ili povučete na jednom od njih, mijenja se na svima.',
    },
    status: {
      acceptedAll: 'Svi su kolačići prihvaćeni.',
      rejectedAll: 'Neobvezni kolačići odbijeni su.',
      saved: 'Vaš je odabir kolačića spremljen.',
    },
    settings: {
      open: 'Postavke kolačića',
    },
    gate: {
      message: 'Ovaj se sadržaj prikazuje samo uz Vašu privolu za kategoriju „{category}” jer postavlja kolačiće iz te kategorije.',
      allow: 'Dopusti kategoriju „{category}”',
      service: 'Ovaj sadržaj pruža usluga {service} društva {company}. Prikazuje se samo uz Vašu privolu za kategoriju „{category}” jer može pohranjivati ili čitati podatke na Vašem uređaju.',
      settings: 'Postavke kolačića',
    },
    optOut: {
      title: 'Vaši odabiri privatnosti',
      notice:
        'Mi i naši partneri upotrebljavamo kolačiće kako bismo mjerili upotrebu mrežnog mjesta i prikazivali Vam relevantne oglase, što neki zakoni o privatnosti smatraju prodajom ili dijeljenjem Vaših osobnih podataka. Tome se možete usprotiviti u bilo kojem trenutku.',
      link: 'Nemojte prodavati ni dijeliti moje osobne podatke',
      dismiss: 'Zatvori',
      gpcHonored: 'Vaše je protivljenje uvaženo: Vaš preglednik šalje signal Global Privacy Control pa Vaše osobne podatke ne prodajemo niti ih dijelimo.',
      optedOut: 'Usprotivili ste se prodaji ili dijeljenju svojih osobnih podataka.',
    },
    categories: {
      features: {
        title: 'Nužni',
        description: 'Održavaju rad i sigurnost mrežnog mjesta, primjerice da ostanete prijavljeni. Ne mogu se isključiti.',
      },
      performance: {
        title: 'Analitički',
        description: 'Broje posjete i pokazuju kako se mrežno mjesto upotrebljava, uz identifikator za svaki preglednik, kako bismo ga mogli poboljšati.',
      },
      advertising: {
        title: 'Marketinški',
        description: 'Prepoznaju Vaš preglednik na različitim mrežnim mjestima kako bi se odabrali oglasi koje vidite i izmjerili njihovi rezultati. Ti se podaci dijele s partnerima za oglašavanje.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./hr-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default hr;
