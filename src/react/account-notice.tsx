import { forwardRef, useEffect, useState, type ComponentPropsWithoutRef } from 'react';
import { ACCOUNT_FEATURE } from '../features/account.js';
import type { AccountNoticeProps } from './types.js';
import { useTypedStore } from './use-consent.js';

export type { AccountNoticeProps } from './types.js';

type ContentModule = typeof import('./account-notice-content.js');
let loaded: ContentModule | undefined;

/**
 * A short notice on a device whose choice came from the signed-in person's account, made on
 * another device (REC-6): what happened, "Cookie settings" to change it, and "Close". Renders
 * nothing otherwise, and its code and texts load only then. Put it next to `<CookieBanner>` when
 * the provider has the `followAccount` feature.
 */
export const AccountNotice = /* @__PURE__ */ forwardRef<HTMLElement, AccountNoticeProps>(function AccountNotice(props, forwardedRef) {
  const store = useTypedStore('AccountNotice');
  const wanted = store.adoptedFrom === ACCOUNT_FEATURE;
  const [, setLoaded] = useState<unknown>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    import('./account-notice-content.js').then(
      (module) => {
        loaded = module;
        if (live) setLoaded(module);
      },
      // Offline, or the chunk is gone: the notice is information only; the choice is in force.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  if (!wanted || !loaded) return null;
  const { AccountNoticeContent } = loaded;
  return <AccountNoticeContent {...props} ref={forwardedRef} />;
});
