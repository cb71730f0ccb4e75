// The theme as sites set it: `?theme=dark` or `?theme=system` puts data-theme on a wrapper around
// the provider (not on <html>), `?scheme=light-dark` gives the page `color-scheme: light dark`;
// nothing: a light-only site. The browser suite opens it with a dark system and looks.
import { createRoot } from 'react-dom/client';
import '@weroom/cookie-consent/styles.css';
import { ConsentProvider, CookieBanner, PreferencesDialog, defineConsentConfig } from '@weroom/cookie-consent';
import { WeroomPage } from './shared';

const config = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} } });
const query = new URLSearchParams(window.location.search);
const theme = query.get('theme') ?? undefined;
if (query.get('scheme') === 'light-dark') document.documentElement.style.colorScheme = 'light dark';

createRoot(document.getElementById('root')!).render(
  <div data-theme={theme}>
    <ConsentProvider config={config}>
      <CookieBanner />
      <WeroomPage />
      <PreferencesDialog />
    </ConsentProvider>
  </div>,
);
