import { forwardRef, useEffect, useState, type ComponentPropsWithoutRef } from 'react';
import type { ConsentState } from '../core/consent-store.js';
import { loadPreferencesDialog, loadedPreferencesDialog } from './preferences-dialog-loader.js';
import type { PreferencesDialogProps } from './types.js';
import { useStoreSlice, useTypedStore } from './use-consent.js';

export type { PreferencesDialogClassNames, PreferencesDialogProps } from './types.js';

const isOpen = (state: ConsentState) => state.preferences === 'open';

/**
 * The second layer, on Radix Dialog: one section per category with its purpose, a switch and its
 * cookies. Opened by the banner's "Customize", `<CookieSettingsButton />` or `openPreferences()`.
 * Escape and the close button record nothing; focus returns to whatever opened it (A11Y-1).
 *
 * It and Radix are loaded only when the preferences are first opened (and prefetched when a
 * button that opens them is hovered or focused), so a first visit does not pay for them. Not
 * `React.lazy`: that suspends on its first render even when the code is already there, and React
 * then holds the reveal back for up to 300 ms, which made a prefetched dialog as slow as a cold one.
 */
export const PreferencesDialog = /* @__PURE__ */ forwardRef<HTMLDialogElement, PreferencesDialogProps>(function PreferencesDialog(props, forwardedRef) {
  const store = useTypedStore('PreferencesDialog');
  const open = useStoreSlice(store, isOpen);
  // Once wanted, stay mounted: Radix needs to see `open` turn false to give focus back.
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  const [, setLoaded] = useState<unknown>(null);
  const module = loadedPreferencesDialog();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadPreferencesDialog(store).then(setLoaded, () => {
      // Offline, or the chunk is gone: the preferences cannot open now; a later click tries again.
      if (!live) return;
      setWanted(false);
      store.closePreferences();
    });
    return () => {
      live = false;
    };
  }, [wanted, store]);
  if (!wanted || !module) return null;
  const { PreferencesDialogContent } = module;
  return <PreferencesDialogContent {...props} ref={forwardedRef} />;
});
