import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

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
      service: 'Det här innehållet kommer från {service}, en tjänst från {company}. Det visas bara om du samtycker till ”{category}”, eftersom det kan lagra eller läsa data på din enhet.',
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
        title: 'Nödvändiga',
        description: 'Håller webbplatsen fungerande och säker, till exempel för att du ska förbli inloggad. De kan inte stängas av.',
      },
      performance: {
        title: 'Statistik',
        description: 'Räknar besök och visar hur webbplatsen används, med en identifierare för varje webbläsare, så att vi kan förbättra den.',
      },
      advertising: {
        title: 'Marknadsföring',
        description: 'Känner igen din webbläsare på olika webbplatser för att välja vilka annonser du ser och mäta resultatet; uppgifterna delas med annonspartner.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./sv-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default sv;
