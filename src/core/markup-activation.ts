import type { ConsentStore } from './consent-store.js';
import { safeSrc } from './safe-url.js';

const SELECTOR = 'script[type="text/plain"][data-consent-category], [data-consent-category][data-src]:not(script)';

export type MarkupActivationOptions = {
  /** The page's CSP nonce, for scripts whose placeholder carries none. */
  nonce?: string;
  /** @default document */
  root?: ParentNode & Node;
};

/** Replaces a `type="text/plain"` placeholder by a real script, which the browser then runs. */
function activateScript(placeholder: HTMLScriptElement, nonce: string | undefined): void {
  const script = document.createElement('script');
  for (const { name, value } of Array.from(placeholder.attributes)) {
    if (name === 'type' || name === 'data-src' || name === 'data-type' || name === 'nonce') continue;
    script.setAttribute(name, value);
  }
  const type = placeholder.getAttribute('data-type');
  if (type) script.type = type;
  // The browser hides a parsed nonce attribute; the property still holds it.
  const ownNonce = placeholder.nonce || nonce;
  if (ownNonce) script.nonce = ownNonce;
  const src = placeholder.getAttribute('data-src');
  if (src !== null) {
    const safe = safeSrc(src);
    if (safe === null) return;
    script.src = safe;
  } else {
    script.text = placeholder.text;
  }
  script.setAttribute('data-consent-activated', '');
  placeholder.replaceWith(script);
}

/**
 * Activates consent-gated markup that React does not render (CMS content): a
 * `<script type="text/plain" data-consent-category="performance" data-src="…">` becomes a real
 * script, and an `<iframe>` or `<img>` with `data-consent-category` gets its `data-src` as `src`,
 * once the category is granted. Markup added later is watched for. Activation is one way: a
 * script that ran cannot be undone (CLR-2).
 */
export function activateConsentMarkup<C extends string>(store: ConsentStore<C>, options: MarkupActivationOptions = {}): () => void {
  if (typeof document === 'undefined') return () => {};
  const root = options.root ?? document;

  const activate = (element: Element) => {
    const category = element.getAttribute('data-consent-category') as C | null;
    if (!category || !store.isGranted(category)) return;
    if (element instanceof HTMLScriptElement) {
      activateScript(element, options.nonce);
      return;
    }
    const src = safeSrc(element.getAttribute('data-src') ?? '');
    if (src === null) return;
    element.removeAttribute('data-src');
    element.setAttribute('src', src);
    element.setAttribute('data-consent-activated', '');
  };

  const scan = () => root.querySelectorAll(SELECTOR).forEach(activate);
  scan();
  const unsubscribe = store.subscribe(scan);
  const observer =
    typeof MutationObserver === 'undefined'
      ? null
      : new MutationObserver((records) => {
          for (const record of records) {
            for (const node of Array.from(record.addedNodes)) {
              if (!(node instanceof Element)) continue;
              if (node.matches(SELECTOR)) activate(node);
              node.querySelectorAll(SELECTOR).forEach(activate);
            }
          }
        });
  observer?.observe(root, { childList: true, subtree: true });
  return () => {
    unsubscribe();
    observer?.disconnect();
  };
}
