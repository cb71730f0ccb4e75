import { createRoot } from 'react-dom/client';
import '@weroom/cookie-consent/styles.css';
import { ConsentProvider, CookieBanner, PreferencesDialog, defineConsentConfig } from '@weroom/cookie-consent';
import { WeroomPage } from './shared';

const config = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} } });

createRoot(document.getElementById('root')!).render(
  <ConsentProvider config={config}>
    <CookieBanner />
    <WeroomPage />
    <PreferencesDialog />
  </ConsentProvider>,
);
