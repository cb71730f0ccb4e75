import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Czech, in the formal register of Czech public sites ("vy", plural). Glossary: glossary/cs.md. */
const cs = {
  code: 'cs',
  texts: {
    banner: {
      label: 'Souhlas se soubory cookie',
      title: 'Používáme soubory cookie',
      description:
        'Některé soubory cookie zajišťují fungování webu. S vaším souhlasem bychom používali i další, abychom měřili, jak se web používá, a zobrazovali vám relevantní reklamu. Své rozhodnutí můžete kdykoli změnit.',
      policyChanged: 'Od vaší poslední volby se naše zásady používání souborů cookie změnily. Sdělte nám prosím znovu, co povolujete.',
      policyLink: 'Přečtěte si naše zásady používání souborů cookie',
      acceptAll: 'Přijmout vše',
      rejectAll: 'Odmítnout vše',
      customize: 'Přizpůsobit',
      continueWithoutAccepting: 'Pokračovat bez souhlasu',
      acrossDevices: 'Dokud jste přihlášeni, platí vaše volba i pro vaše další zařízení a její změna nebo odvolání na jednom z nich se projeví na všech.',
    },
    status: {
      acceptedAll: 'Všechny soubory cookie byly přijaty.',
      rejectedAll: 'Volitelné soubory cookie byly odmítnuty.',
      saved: 'Vaše předvolby souborů cookie byly uloženy.',
    },
    settings: {
      open: 'Nastavení souborů cookie',
    },
    gate: {
      message: 'Tento obsah se zobrazí jen s vaším souhlasem pro kategorii „{category}“, protože ukládá soubory cookie této kategorie.',
      allow: 'Povolit kategorii „{category}“',
      service: 'Tento obsah poskytuje služba {service} společnosti {company}. Zobrazí se jen s vaším souhlasem pro kategorii „{category}“, protože může ukládat nebo číst data ve vašem zařízení.',
      settings: 'Nastavení souborů cookie',
    },
    optOut: {
      title: 'Vaše volby v oblasti soukromí',
      notice:
        'My a naši partneři používáme soubory cookie k měření toho, jak se web používá, a k zobrazování relevantní reklamy, což některé zákony na ochranu soukromí považují za prodej nebo sdílení vašich osobních údajů. Kdykoli s tím můžete vyjádřit nesouhlas.',
      link: 'Neprodávejte ani nesdílejte mé osobní údaje',
      dismiss: 'Zavřít',
      gpcHonored: 'Váš nesouhlas respektujeme: váš prohlížeč odesílá signál Global Privacy Control, proto vaše osobní údaje neprodáváme ani nesdílíme.',
      optedOut: 'Vyjádřili jste nesouhlas s prodejem nebo sdílením svých osobních údajů.',
    },
    categories: {
      features: {
        title: 'Nezbytné',
        description: 'Zajišťují fungování a zabezpečení webu, například abyste zůstali přihlášeni. Nelze je vypnout.',
      },
      performance: {
        title: 'Analytické',
        description: 'Počítají návštěvy a ukazují, jak se web používá, pomocí identifikátoru pro každý prohlížeč, abychom ho mohli zlepšovat.',
      },
      advertising: {
        title: 'Marketingové',
        description: 'Rozpoznávají váš prohlížeč na různých webech, aby mohly vybírat zobrazované reklamy a měřit jejich výsledky; tyto údaje sdílíme s reklamními partnery.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./cs-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default cs;
