// Every service of the catalogue on one page, and app code that calls each vendor's function at
// once, before any choice: the browser suite proves that nothing reaches a vendor before its
// category is granted, that each loads once after, and that withdrawal tells the vendors.
import { createRoot } from 'react-dom/client';
import { ConsentProvider, CookieBanner, PreferencesDialog, defineConsentConfig, useConsentManager } from '@weroom/cookie-consent';
import {
  crisp,
  googleTagManager,
  hotjar,
  hubspot,
  intercom,
  linkedinInsight,
  matomo,
  metaPixel,
  microsoftClarity,
  microsoftUet,
  mixpanel,
  pinterestTag,
  plausible,
  posthog,
  redditPixel,
  snapPixel,
  tiktokPixel,
  xPixel,
} from '@weroom/cookie-consent/services';

const config = defineConsentConfig({
  revision: 1,
  categories: { features: { required: true }, performance: {}, advertising: {}, support: {} },
  services: [
    googleTagManager({ containerId: 'GTM-WEROOM' }),
    matomo({ url: 'https://weroom.matomo.cloud/', siteId: 1 }),
    plausible({ domain: 'weroom.example' }),
    posthog({ apiKey: 'phc_weroom' }),
    microsoftClarity({ projectId: 'weroom1' }),
    hotjar({ siteId: 1234567 }),
    mixpanel({ token: 'weroomtoken' }),
    metaPixel({ pixelId: '1234567890' }),
    tiktokPixel({ pixelId: 'WEROOM123' }),
    linkedinInsight({ partnerId: '123456' }),
    microsoftUet({ tagId: '12345678' }),
    pinterestTag({ tagId: '2612345678901' }),
    xPixel({ pixelId: 'o1abc' }),
    snapPixel({ pixelId: 'snap-weroom' }),
    redditPixel({ pixelId: 't2_weroom' }),
    intercom({ appId: 'weroom1' }),
    crisp({ websiteId: 'weroom-website' }),
    hubspot({ portalId: '1234567' }),
  ],
});

// App code, at once: every call waits in the vendor's stub until its category is granted.
const page = window as unknown as Record<string, (...args: unknown[]) => void> & Record<string, { push: (...args: unknown[]) => void; page?: () => void; capture?: (name: string) => void; track?: (name: string) => void }>;
page.fbq!('track', 'PageView');
page.ttq!.page!();
page._paq!.push(['trackPageView']);
page.clarity!('event', 'home');
page.uetq!.push('event', 'home', {});
page.hj!('event', 'home');
page.posthog!.capture!('home');
page.mixpanel!.track!('home');
page.lintrk!('track', { conversion_id: 1 });
page.pintrk!('page');
page.twq!('event', 'tw-home', {});
page.snaptr!('track', 'PAGE_VIEW');
page.rdt!('track', 'PageVisit');
page._hsq!.push(['trackPageView']);
page.$crisp!.push(['set', 'session:segments', [['home']]]);
page.Intercom!('update');
page.dataLayer!.push({ event: 'home' });

function Withdraw() {
  const { save } = useConsentManager();
  return (
    <button type="button" onClick={() => save({})}>
      Withdraw everything
    </button>
  );
}

createRoot(document.getElementById('root')!).render(
  <ConsentProvider config={config}>
    <CookieBanner />
    <main>
      <h1>Every service</h1>
      <Withdraw />
    </main>
    <PreferencesDialog />
  </ConsentProvider>,
);
