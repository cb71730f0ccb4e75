import { forwardRef, useId, useState, type ComponentPropsWithoutRef } from 'react';
import enMore from '../locales/en-more.js';
import { prefetchHandlers } from './preferences-dialog-loader.js';
import { useAllTexts, useLanguage, useTypedStore } from './use-consent.js';

export type AccountNoticeProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/**
 * A short notice on a device whose choice came from the signed-in person's account, made on
 * another device (REC-6): what happened, "Cookie settings" to change it, and "Close". Renders
 * nothing otherwise. Put it next to `<CookieBanner>` when the provider has an `accountConsent`.
 */
export const AccountNotice = /* @__PURE__ */ forwardRef<HTMLElement, AccountNoticeProps>(function AccountNotice({ className, ...rest }, forwardedRef) {
  const store = useTypedStore('AccountNotice');
  const texts = useAllTexts(enMore);
  const language = useLanguage();
  const [closed, setClosed] = useState(false);
  const textId = useId();
  if (!store.fromAccount || closed || !texts) return null;
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
