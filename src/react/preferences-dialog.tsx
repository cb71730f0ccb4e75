import type * as Dialog from '@radix-ui/react-dialog';
import { Suspense, forwardRef, lazy, useState, type ComponentPropsWithoutRef } from 'react';
import type { ConsentState } from '../core/consent-store.js';
import { loadPreferencesDialog } from './preferences-dialog-loader.js';
import { useStoreSlice, useTypedStore } from './use-consent.js';

export type PreferencesDialogProps = Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'children'> & {
  /** Where the dialog is rendered. @default document.body */
  container?: HTMLElement | null;
};

const LazyContent = /* @__PURE__ */ lazy(() => loadPreferencesDialog().then((module) => ({ default: module.PreferencesDialogContent })));

const isOpen = (state: ConsentState) => state.preferences === 'open';

/**
 * The second layer, on Radix Dialog: one section per category with its purpose, a switch and its
 * cookies. Opened by the banner's "Customize", `<CookieSettingsButton />` or `openPreferences()`.
 * Escape and the close button record nothing; focus returns to whatever opened it (A11Y-1).
 *
 * It and Radix are loaded only when the preferences are first opened (and prefetched when a
 * button that opens them is hovered or focused), so a first visit does not pay for them.
 */
export const PreferencesDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, PreferencesDialogProps>(function PreferencesDialog(props, forwardedRef) {
  const store = useTypedStore('PreferencesDialog');
  const open = useStoreSlice(store, isOpen);
  // Once wanted, stay mounted: Radix needs to see `open` turn false to give focus back.
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <LazyContent {...props} ref={forwardedRef} />
    </Suspense>
  );
});
