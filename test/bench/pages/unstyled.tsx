// The banner and the dialog without the optional theme (no styles.css), as a site with its own CSS
// or none at all starts: the browser suite checks that it still works and shows its state.
import { createRoot } from 'react-dom/client';
import { ConsentProvider, CookieBanner, PreferencesDialog, defineConsentConfig } from '@weroom/cookie-consent';
import { WeroomPage } from './shared';

const config = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} } });

createRoot(document.getElementById('root')!).render(
  <ConsentProvider config={config}>
    <CookieBanner />
    <WeroomPage />
    {/* A long page: a dialog laid out at its end would be out of sight. */}
    <div style={{ height: '300vh' }} />
    <PreferencesDialog />
  </ConsentProvider>,
);
