type DialogModule = typeof import('./preferences-dialog-content.js');

let loading: Promise<DialogModule> | undefined;

/**
 * Loads the preferences dialog and Radix, once: called on first opening, and ahead of time when
 * a button that opens the dialog is hovered or focused, so that opening it feels instant.
 */
export function loadPreferencesDialog(): Promise<DialogModule> {
  loading ??= import('./preferences-dialog-content.js').catch((error: unknown) => {
    // Offline, or a deploy replaced the chunk: let the next attempt try again.
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Handlers that prefetch the dialog, for any element that opens it. */
export const prefetchPreferencesHandlers = {
  onPointerEnter: () => void loadPreferencesDialog(),
  onFocus: () => void loadPreferencesDialog(),
};
