import { Fragment, type ReactNode } from 'react';

// `[label](href)`; the address may hold one level of parentheses, as `javascript:alert(1)` does.
const LINK = /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;
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

/**
 * A text as React nodes: characters stay characters (React escapes them), and `[label](href)`
 * becomes a link when `href` is safe, or just its label when it is not.
 */
export function RichText({ text }: { text: string }): ReactNode {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label = '', href = ''] = match;
    nodes.push(text.slice(last, match.index));
    const safe = safeHref(href);
    nodes.push(
      safe === null ? (
        <Fragment key={match.index}>{label}</Fragment>
      ) : (
        <a key={match.index} href={safe} data-consent-link="">
          {label}
        </a>
      ),
    );
    last = match.index + whole.length;
  }
  nodes.push(text.slice(last));
  return <>{nodes}</>;
}
