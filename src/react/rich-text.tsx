import { Fragment, type ReactNode } from 'react';
import { safeHref } from '../core/safe-url.js';

// `[label](href)`; the address may hold one level of parentheses, as `javascript:alert(1)` does.
const LINK = /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;
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
