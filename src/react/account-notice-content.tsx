import { forwardRef, useId, useState } from 'react';
import { prefetchHandlers } from './preferences-dialog-loader.js';
import { useAllTexts, useLanguage, useTypedStore } from './use-consent.js';

import type { AccountNoticeProps } from './types.js';

/** The notice itself, with its texts (the second layer's): loaded only on a device whose choice came from the account. */
export const AccountNoticeContent = /* @__PURE__ */ forwardRef<HTMLElement, AccountNoticeProps>(function AccountNoticeContent({ className, ...rest }, forwardedRef) {
  const store = useTypedStore('AccountNotice');
  const texts = useAllTexts();
  const language = useLanguage();
  const [closed, setClosed] = useState(false);
  const textId = useId();
  if (closed || !texts) return null;
  return (
    <section {...language} {...rest} ref={forwardedRef} className={className} aria-labelledby={textId} data-consent-banner="" data-consent-account-notice="" data-layout="bar">
      <p id={textId} data-consent-banner-description="">
        {texts.account.notice}
      </p>
      <div data-consent-actions="">
        <button type="button" data-consent-button="customize" aria-haspopup="dialog" {...prefetchHandlers(store)} onClick={() => store.openPreferences()}>
          {texts.settings.open}
        </button>
        <button type="button" data-consent-button="dismiss" onClick={() => setClosed(true)}>
          {texts.preferences.close}
        </button>
      </div>
    </section>
  );
});
