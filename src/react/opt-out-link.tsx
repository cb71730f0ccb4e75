import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { opensPreferences } from './opens-preferences.js';
import { useConsentTexts, useTypedStore } from './use-consent.js';

export type OptOutLinkProps = ComponentPropsWithoutRef<'button'> & {
  /** Shown under every regime, not only where it is `opt-out`. @default false */
  always?: boolean;
};

/**
 * The opt-out link for the footer of every page where the regime is `opt-out`: "Do Not Sell or
 * Share My Personal Information" (its accessible name), which opens the preferences with the
 * opt-out button (JUR-2). It renders nothing under the other regimes, where
 * `<CookieSettingsButton />` serves. A button, since it opens a dialog; style it as a link.
 */
export const OptOutLink = /* @__PURE__ */ forwardRef<HTMLButtonElement, OptOutLinkProps>(function OptOutLink(
  { always = false, className, onClick, onPointerEnter, onFocus, children, ...rest },
  forwardedRef,
) {
  const store = useTypedStore('OptOutLink');
  const texts = useConsentTexts();
  const { type, 'aria-haspopup': popup, ...handlers } = opensPreferences(store, { onClick, onPointerEnter, onFocus });
  if (store.regime !== 'opt-out' && !always) return null;
  return (
    <button type={type} aria-haspopup={popup} {...rest} ref={forwardedRef} className={className} data-consent-opt-out-link="" {...handlers}>
      {children ?? texts.optOut.link}
    </button>
  );
});
