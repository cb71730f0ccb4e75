import type { FocusEventHandler, MouseEventHandler, PointerEventHandler } from 'react';
import { composeEventHandlers } from './consent-ui.js';
import { prefetchHandlers } from './preferences-dialog-loader.js';
import type { Store } from './use-consent.js';

type Handlers = {
  onClick?: MouseEventHandler<HTMLButtonElement> | undefined;
  onPointerEnter?: PointerEventHandler<HTMLButtonElement> | undefined;
  onFocus?: FocusEventHandler<HTMLButtonElement> | undefined;
};

/**
 * The props of a button that opens the preferences (the settings button, the opt-out link): the
 * dialog prefetched on hover and focus, opened on click, after the app's own handlers, which may
 * `preventDefault()` to cancel.
 */
export function opensPreferences(store: Store, { onClick, onPointerEnter, onFocus }: Handlers) {
  const prefetch = prefetchHandlers(store);
  return {
    type: 'button',
    'aria-haspopup': 'dialog',
    onPointerEnter: composeEventHandlers(onPointerEnter, prefetch.onPointerEnter),
    onFocus: composeEventHandlers(onFocus, prefetch.onFocus),
    onClick: composeEventHandlers(onClick, () => store.openPreferences()),
  } as const;
}
