import { useEffect, useRef } from 'react';
import { injectScript, type ScriptOptions } from '../core/script-loader.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useConsent, useTypedStore, type RegisteredCategory } from './use-consent.js';


export type ConsentScriptProps = Omit<ScriptOptions, 'text'> & {
  /** The category that must be granted before the script is added. */
  category: RegisteredCategory;
  /** The script's address; or give inline code as children (with an `id`). */
  src?: string;
  /** Inline code. */
  children?: string;
  onLoad?: (script: HTMLScriptElement) => void;
  onError?: (error: Error) => void;
};

/**
 * Adds a script to the page once its category is granted, and never before: no element, no
 * request. Exactly once per page, however often it renders or mounts, and however many
 * components name the same `src`. A script that ran cannot be unloaded when consent is withdrawn
 * (CLR-2); `onWithdraw` on the provider can offer a reload.
 */
export function ConsentScript({ category, src, children, onLoad, onError, nonce, ...options }: ConsentScriptProps) {
  const store = useTypedStore('ConsentScript');
  const granted = useConsent(category);
  const handlers = useRef({ onLoad, onError });
  useBrowserLayoutEffect(() => {
    handlers.current = { onLoad, onError };
  });
  const { async, defer, type, id, crossOrigin, referrerPolicy, integrity, attributes } = options;
  const pageNonce = nonce ?? store.nonce;

  useEffect(() => {
    if (!granted) return;
    let active = true;
    const script: ScriptOptions = {
      ...(async === undefined ? {} : { async }),
      ...(defer === undefined ? {} : { defer }),
      ...(type === undefined ? {} : { type }),
      ...(id === undefined ? {} : { id }),
      ...(crossOrigin === undefined ? {} : { crossOrigin }),
      ...(referrerPolicy === undefined ? {} : { referrerPolicy }),
      ...(integrity === undefined ? {} : { integrity }),
      ...(attributes === undefined ? {} : { attributes }),
      ...(pageNonce === undefined ? {} : { nonce: pageNonce }),
      ...(children === undefined ? {} : { text: children }),
    };
    injectScript(src, script).then(
      (element) => active && handlers.current.onLoad?.(element),
      (error: Error) => active && handlers.current.onError?.(error),
    );
    return () => {
      active = false;
    };
    // `attributes` is read once, with the rest, when the script is added.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [granted, src, children, async, defer, type, id, crossOrigin, referrerPolicy, integrity, pageNonce]);

  return null;
}
