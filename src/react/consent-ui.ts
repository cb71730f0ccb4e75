import { clsx, type ClassValue } from 'clsx';
import type { CSSProperties, SyntheticEvent } from 'react';

/** Class names composed with clsx; none at all renders no `class` attribute, not an empty one. */
export function classes(...values: ClassValue[]): string | undefined {
  return clsx(values) || undefined;
}
import type { ConsentStore } from '../core/consent-store.js';

/** Runs the app's handler first; the built-in one runs unless the app called `preventDefault()`. */
export function composeEventHandlers<E extends SyntheticEvent | Event>(
  own: ((event: E) => void) | undefined,
  builtIn: (event: E) => void,
): (event: E) => void {
  return (event) => {
    own?.(event);
    if (!('defaultPrevented' in event && event.defaultPrevented)) builtIn(event);
  };
}

/** Hidden from sight, not from assistive technology; works without the stylesheet. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

type FocusMemory = { beforeBanner: HTMLElement | null };
const focusMemories = new WeakMap<ConsentStore, FocusMemory>();

/** Per store: where focus was before the banner was used, so a choice can give it back. */
export function focusMemoryOf(store: ConsentStore): FocusMemory {
  let memory = focusMemories.get(store);
  if (!memory) {
    memory = { beforeBanner: null };
    focusMemories.set(store, memory);
  }
  return memory;
}

/**
 * Gives focus back after the banner or dialog closed: to `preferred` if it is still on the page,
 * else to where focus was before the banner, else to the start of the main content.
 */
export function restoreFocus(store: ConsentStore, preferred?: HTMLElement | null): void {
  const candidates = [preferred, focusMemoryOf(store).beforeBanner];
  const target = candidates.find((element) => element?.isConnected && element !== document.body);
  if (target) {
    target.focus({ preventScroll: false });
    return;
  }
  // The start of the main content takes focus where it is: focusing a tall element would scroll
  // the page to its top, and the person's place on the page with it.
  const main = document.querySelector<HTMLElement>('main, [role="main"]');
  if (main) {
    if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
    main.focus({ preventScroll: true });
  }
}
