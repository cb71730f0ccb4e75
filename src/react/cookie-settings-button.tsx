import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { opensPreferences } from './opens-preferences.js';
import { useConsentTexts, useTypedStore } from './use-consent.js';

export type CookieSettingsButtonProps = ComponentPropsWithoutRef<'button'>;

/**
 * Opens the preferences from anywhere, typically a footer on every page, so that changing or
 * withdrawing a choice is always one click away (EU-8). Its label defaults to "Cookie settings".
 */
export const CookieSettingsButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, CookieSettingsButtonProps>(function CookieSettingsButton(
  { className, onClick, onPointerEnter, onFocus, children, ...rest },
  forwardedRef,
) {
  const store = useTypedStore('CookieSettingsButton');
  const texts = useConsentTexts();
  const { type, 'aria-haspopup': popup, ...handlers } = opensPreferences(store, { onClick, onPointerEnter, onFocus });
  return (
    <button type={type} aria-haspopup={popup} {...rest} ref={forwardedRef} className={className} data-consent-settings="" {...handlers}>
      {children ?? texts.settings.open}
    </button>
  );
});
