const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * `href` when it is an http(s), mailto or relative address; `null` for anything else, such as
 * `javascript:` or `data:`. Browsers ignore tabs, newlines and control characters inside a scheme
 * (`java\tscript:`), so they are dropped before looking.
 */
export function safeHref(href: string): string | null {
  const compact = href.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return compact === '' ? null : href.trim();
  return SAFE_SCHEMES.has(scheme[1]!.toLowerCase()) ? href.trim() : null;
}

/** `src` when it is an http(s) or relative address: what a script, frame or image may load. */
export function safeSrc(src: string): string | null {
  const safe = safeHref(src);
  return safe !== null && !/^mailto:/i.test(safe.replace(/[\u0000-\u0020\u007f]/g, '')) ? safe : null;
}
