import { CookiePolicy } from '@weroom/cookie-consent';
import { RECORDS_ENDPOINT, type Locale } from '../routes';
import { words } from '../words';

/** Weroom's cookie policy, generated from the same config the banner and the tags use. */
export function PolicyPage({ locale }: { locale: Locale }) {
  const t = words[locale];
  return (
    <div className="policy">
      <h1>{t.policyTitle}</h1>
      <p>{t.policyIntro}</p>
      <CookiePolicy recordsEndpoint={RECORDS_ENDPOINT} />
    </div>
  );
}
