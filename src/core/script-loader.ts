import type { ConsentStore } from './consent-store.js';
import type { ScriptOptions } from './script-options.js';

export type { ScriptOptions } from './script-options.js';

// The page itself is the registry: a script is added once per key, across providers, remounts,
// StrictMode and even two copies of the library. What each element's load settles to is kept
// beside it; an element found without one (server HTML) counts as loaded.
const settledBy = new WeakMap<HTMLScriptElement, Promise<HTMLScriptElement>>();

function keyOf(src: string | undefined, options: ScriptOptions): string {
  if (options.id) return `id:${options.id}`;
  if (src) return `src:${new URL(src, document.baseURI).href}`;
  return `text:${options.text ?? ''}`;
}

function findByKey(key: string): HTMLScriptElement | undefined {
  return Array.from(document.querySelectorAll<HTMLScriptElement>('script[data-consent-script]')).find(
    (element) => element.getAttribute('data-consent-script') === key,
  );
}

/**
 * Adds a script to the page once: a second call with the same `src` (or `id`) gets the same
 * element and settles with it. Resolves when it loaded, rejects when it failed. Injects
 * immediately: consent is the caller's business (see `loadScriptWhenGranted`).
 */
export function injectScript(src: string | undefined, options: ScriptOptions = {}): Promise<HTMLScriptElement> {
  const key = keyOf(src, options);
  const existing = findByKey(key);
  if (existing) return settledBy.get(existing) ?? Promise.resolve(existing);

  const element = document.createElement('script');
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  if (options.id) element.id = options.id;
  if (options.type) element.type = options.type;
  if (options.nonce) element.nonce = options.nonce;
  if (options.crossOrigin) element.crossOrigin = options.crossOrigin;
  if (options.referrerPolicy) element.referrerPolicy = options.referrerPolicy;
  if (options.integrity) element.integrity = options.integrity;
  element.setAttribute('data-consent-script', key);

  let settled: Promise<HTMLScriptElement>;
  if (src) {
    element.async = options.async ?? true;
    if (options.defer) element.defer = true;
    settled = new Promise((resolve, reject) => {
      element.addEventListener('load', () => resolve(element));
      element.addEventListener('error', () => reject(new Error(`The script ${src} failed to load.`)));
    });
    element.src = src;
  } else {
    // An inline script runs as it is inserted; there is no load event to wait for.
    element.text = options.text ?? '';
    settled = Promise.resolve(element);
  }
  // Callers that only fire and forget must not see an unhandled rejection.
  settled.catch(() => {});
  settledBy.set(element, settled);
  (document.head ?? document.documentElement).append(element);
  return settled;
}

export type LoadScriptOptions<C extends string = string> = ScriptOptions & {
  /** The category that must be granted. */
  category: C;
  /** Stops waiting for consent; a script already added stays. */
  signal?: AbortSignal;
};

/**
 * Adds the script once `category` is granted (at once if it already is), exactly once per page.
 * Resolves with the element when it loaded; never settles while consent is not given, unless
 * `signal` aborts.
 */
export function loadScriptWhenGranted<C extends string>(
  store: ConsentStore<C>,
  src: string | undefined,
  { category, signal, ...options }: LoadScriptOptions<C>,
): Promise<HTMLScriptElement> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const tryLoad = (): boolean => {
      if (!store.isGranted(category)) return false;
      injectScript(src, options).then(resolve, reject);
      return true;
    };
    if (tryLoad()) return;
    const unsubscribe = store.subscribe(() => {
      if (tryLoad()) {
        unsubscribe();
        signal?.removeEventListener('abort', onAbort);
      }
    });
    const onAbort = () => {
      unsubscribe();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
