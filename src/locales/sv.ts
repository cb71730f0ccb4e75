import type { ConsentLocale } from '../core/texts.js';

/** Swedish, in the register of Swedish public sites ("du"). Glossary: glossary/sv.md. */
const sv = {
  code: 'sv',
  texts: {
    banner: {
      label: 'Samtycke till kakor',
      title: 'Vi använder kakor',
      description:
        'Vissa kakor behövs för att webbplatsen ska fungera. Med ditt samtycke skulle vi också använda andra kakor, för att mäta hur webbplatsen används och för att visa relevant reklam. Du kan ändra dig när som helst.',
      policyChanged: 'Vår policy för kakor har ändrats sedan ditt senaste val. Ange igen vad du tillåter.',
      policyLink: 'Läs vår policy för kakor',
      acceptAll: 'Godkänn alla',
      rejectAll: 'Avvisa alla',
      customize: 'Anpassa',
      continueWithoutAccepting: 'Fortsätt utan att godkänna',
      acrossDevices: 'När du är inloggad gäller ditt val även på dina andra enheter, och om du ändrar eller återkallar det på en av dem ändras det på alla.',
    },
    status: {
      acceptedAll: 'Alla kakor har godkänts.',
      rejectedAll: 'Valfria kakor har avvisats.',
      saved: 'Dina val för kakor har sparats.',
    },
    settings: {
      open: 'Inställningar för kakor',
    },
    gate: {
      message: 'Det här innehållet visas bara om du samtycker till ”{category}”, eftersom det lagrar kakor i den kategorin.',
      allow: 'Tillåt ”{category}”',
      service: 'Det här innehållet kommer från {service}, en tjänst från {company}. Det visas bara om du samtycker till ”{category}”, eftersom det lagrar kakor i den kategorin.',
      settings: 'Inställningar för kakor',
    },
    optOut: {
      title: 'Dina integritetsval',
      notice:
        'Vi och våra partner använder kakor för att mäta hur webbplatsen används och för att visa dig relevant reklam. Enligt vissa integritetslagar räknas det som försäljning eller delning av dina personuppgifter. Du kan när som helst säga nej.',
      link: 'Sälj eller dela inte mina personuppgifter',
      dismiss: 'Stäng',
      gpcHonored: 'Ditt nej respekteras: din webbläsare skickar en Global Privacy Control-signal, så vi varken säljer eller delar dina personuppgifter.',
      optedOut: 'Du har sagt nej till försäljning eller delning av dina personuppgifter.',
    },
    categories: {
      features: {
        title: 'Funktioner',
        description: 'Behövs för att webbplatsen ska fungera, till exempel för att du ska förbli inloggad. De kan inte stängas av.',
      },
      performance: {
        title: 'Prestanda',
        description: 'Mäter hur webbplatsen används, med anonym statistik, så att vi kan förbättra den.',
      },
      advertising: {
        title: 'Målgruppsinriktning och reklam',
        description: 'Kommer ihåg vilka webbplatser du besöker för att visa dig relevant reklam; uppgifterna delas med annonspartner.',
      },
    },
  },
  more: () => import('./sv-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default sv;
