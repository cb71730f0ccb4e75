// What a script is added with: a type of its own, free of DOM types, so that a config listing
// services compiles in server code without the DOM library (`./services` reaches it).

/** The values of `HTMLScriptElement.referrerPolicy` (Referrer Policy, W3C), written out: the DOM's `ReferrerPolicy` needs the DOM library. */
export type ScriptReferrerPolicy =
  | ''
  | 'no-referrer'
  | 'no-referrer-when-downgrade'
  | 'origin'
  | 'origin-when-cross-origin'
  | 'same-origin'
  | 'strict-origin'
  | 'strict-origin-when-cross-origin'
  | 'unsafe-url';

export type ScriptOptions = {
  /** @default true for an external script */
  async?: boolean;
  defer?: boolean;
  /** `module` for an ES module; anything but JavaScript types is refused. */
  type?: 'module' | 'text/javascript';
  /** The page's Content-Security-Policy nonce. */
  nonce?: string;
  /** Inline code, instead of `src`. Needs `id` to be recognised as the same script twice. */
  text?: string;
  /** Names the script, so that an inline one is injected once. */
  id?: string;
  crossOrigin?: 'anonymous' | 'use-credentials';
  referrerPolicy?: ScriptReferrerPolicy;
  integrity?: string;
  /** Extra attributes, such as `data-domain`. */
  attributes?: Readonly<Record<string, string>>;
};
