import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Swedish: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Dina val för kakor',
    description: 'Välj vilka kakor vi får använda. Valfria kakor är avstängda tills du slår på dem.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    save: 'Spara mina val',
    close: 'Stäng',
    alwaysActive: 'Alltid aktiva',
    heldByGpc: 'Avstängd eftersom din webbläsare skickar en Global Privacy Control-signal. Du kan ändå slå på kategorin här.',
    optOut: 'Säg nej till försäljning eller delning av mina personuppgifter',
    optOutDescription: 'Vissa kakor är aktiva tills du säger nej. Stäng av en kategori för att stoppa den, eller säg nej till försäljning eller delning av dina personuppgifter i ett steg.',
    defaultCategoryDescription: 'Valfria kakor som används för det här ändamålet. De är avstängda tills du slår på dem.',
  },
  cookies: {
    caption: 'Kakor: {category}',
    name: 'Kaka',
    provider: 'Lagras av',
    purpose: 'Ändamål',
    duration: 'Lagringstid',
    none: 'Inga kakor har angetts för den här kategorin.',
    session: 'Tills webbläsaren stängs',
    services: 'Tjänster: {category}',
    privacyPolicy: 'Integritetspolicy för {service}',
  },
  policy: {
    whatTitle: 'Vad är en kaka?',
    what: 'En kaka är en liten textbit som en webbplats sparar i din webbläsare för att kunna känna igen webbläsaren senare. Den innehåller oftast namnet på webbplatsen som lagrade den, hur länge den finns kvar och ett värde, ofta ett slumpmässigt tal. Liknande tekniker, som webbfyrar och taggar, fungerar på samma sätt och följer samma val.',
    useTitle: 'Så använder vi kakor',
    use: 'Våra kakor hör till kategorierna nedan. Kakor som webbplatsen behöver är alltid på; de andra är avstängda tills du tillåter dem.',
    manageTitle: 'Så hanterar du dina kakor',
    manage: 'Du kan när som helst ändra ditt val, här eller via länken ”Inställningar för kakor” på varje sida. Din webbläsare kan också blockera eller radera kakor; hur det går till står i webbläsarens hjälp. Om du blockerar kakor för reklam försvinner inte reklamen; den blir bara mindre relevant för dig.',
    changesTitle: 'Ändringar i den här policyn',
    changes: 'När vi ändrar hur vi använder kakor ber vi om ditt val igen vid ditt nästa besök. Det här är version {revision} av policyn.',
    choiceTitle: 'Ditt val',
    choiceUndecided: 'Du har inte gjort något val än. Bara de kakor som webbplatsen behöver används.',
    choiceDecided: 'Du gjorde ditt val den {date}.',
    granted: 'Tillåts',
    denied: 'Tillåts inte',
    change: 'Ändra dina inställningar för kakor',
    history: 'Se vad den här webbplatsen har registrerat om dina val',
  },
  account: {
    notice: 'Ditt val för kakor kommer från ditt konto: du gjorde det på en annan enhet.',
  },
  purposes: {
    gaClientId: 'Skiljer besökare åt med en slumpmässig identifierare.',
    gaSessionState: 'Håller reda på läget under ett besök.',
    gaDailyId: 'Skiljer besökare åt under ett dygn.',
    gaThrottle: 'Begränsar hur ofta data skickas.',
    gclConversion: 'Kopplar ett klick på en annons till ett senare besök, för att mäta konverteringar.',
    adBrowserId: 'Skiljer webbläsare åt, för att mäta effekten av reklam och välja vilka annonser som visas.',
    adClickId: 'Sparar annonsklicket som tog dig hit, för att mäta konverteringar.',
    analyticsUserId: 'Skiljer besökare åt, för att mäta hur webbplatsen används.',
    analyticsSession: 'Kopplar ihop sidorna i ett och samma besök.',
  },
};

export default more;
