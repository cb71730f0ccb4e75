import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './consent-ui.js';
import { prefetchHandlers } from './preferences-dialog-loader.js';
import { useConsentTexts, useTypedStore } from './use-consent.js';

export type OptOutLinkProps = ComponentPropsWithoutRef<'button'> & {
  /** Shown under every regime, not only where it is `opt-out`. @default false */
  always?: boolean;
};

/**
 * The opt-out link for the footer of every page where the regime is `opt-out`: "Do Not Sell or
 * Share My Personal Information" (its accessible name), which opens the preferences with the
 * opt-out button. It renders nothing under the other regimes, where `<CookieSettingsButton />`
 * serves. A button, since it opens a dialog; style it as a link.
 */
export const OptOutLink = /* @__PURE__ */ forwardRef<HTMLButtonElement, OptOutLinkProps>(function OptOutLink(
  { always = false, className, onClick, onPointerEnter, onFocus, children, ...rest },
  forwardedRef,
) {
  const store = useTypedStore('OptOutLink');
  const texts = useConsentTexts();
  const prefetch = prefetchHandlers(store);
  if (store.regime !== 'opt-out' && !always) return null;
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      {...rest}
      ref={forwardedRef}
      className={className}
      data-consent-opt-out-link=""
      onPointerEnter={composeEventHandlers(onPointerEnter, prefetch.onPointerEnter)}
      onFocus={composeEventHandlers(onFocus, prefetch.onFocus)}
      onClick={composeEventHandlers(onClick, () => store.openPreferences())}
    >
      {children ?? texts.optOut.link}
    </button>
  );
});
