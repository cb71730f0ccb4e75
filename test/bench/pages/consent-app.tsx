import { useLayoutEffect } from 'react';
import { ConsentProvider, CookieBanner, PreferencesDialog, defineConsentConfig, useConsent } from '@weroom/cookie-consent';
import { WeroomPage } from './shared';

const config = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} } });

function Analytics() {
  return useConsent('performance') ? <p data-granted-content="">Analytics on</p> : null;
}

/** Marks the commit in which React took the page over (mounted or hydrated). */
function Mounted() {
  useLayoutEffect(() => {
    (window as unknown as { __mounted: boolean }).__mounted = true;
  }, []);
  return null;
}

export function ConsentApp() {
  return (
    <ConsentProvider config={config}>
      <CookieBanner />
      <WeroomPage />
      <Analytics />
      <Mounted />
      <PreferencesDialog />
    </ConsentProvider>
  );
}
