import { CookieBanner, GoogleConsentMode, PreferencesDialog } from '@weroom/cookie-consent';
import { ConsentIsland } from './consent-island.jsx';

/** The first layer (the banner, or the opt-out notice), with its "Customize" dialog. */
export default function ConsentBanner({ visitor }) {
  return (
    <ConsentIsland visitor={visitor}>
      <CookieBanner policyHref="/cookies" />
      {/* In one island only: Google hears each change once, whichever island made it. */}
      <GoogleConsentMode />
      <PreferencesDialog />
    </ConsentIsland>
  );
}
