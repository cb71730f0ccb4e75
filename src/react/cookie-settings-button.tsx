import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './consent-ui.js';
import { prefetchHandlers } from './preferences-dialog-loader.js';
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
  const prefetch = prefetchHandlers(store);
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      {...rest}
      ref={forwardedRef}
      className={className}
      data-consent-settings=""
      onPointerEnter={composeEventHandlers(onPointerEnter, prefetch.onPointerEnter)}
      onFocus={composeEventHandlers(onFocus, prefetch.onFocus)}
      onClick={composeEventHandlers(onClick, () => store.openPreferences())}
    >
      {children ?? texts.settings.open}
    </button>
  );
});
