import { CookieSettingsButton, OptOutLink, PreferencesDialog } from '@weroom/cookie-consent';
import { ConsentIsland } from './consent-island.jsx';

/** "Cookie settings" (and, where the regime is opt-out, "Do Not Sell or Share…") in the footer, with their dialog. */
export default function FooterSettings({ visitor }) {
  return (
    <ConsentIsland visitor={visitor}>
      <CookieSettingsButton />
      <OptOutLink />
      <PreferencesDialog />
    </ConsentIsland>
  );
}
