import type { CookieDeclaration } from './config.js';

/** The names of the cookies the page can see (not HttpOnly ones, nor other sites'). */
export function pageCookieNames(cookieString: string): string[] {
  const names = new Set<string>();
  for (const part of cookieString.split(';')) {
    const separator = part.indexOf('=');
    const name = (separator === -1 ? part : part.slice(0, separator)).trim();
    if (name) names.add(name);
  }
  return [...names];
}

/** Whether a cookie name is one a declaration covers, by exact name or pattern. */
export function isDeclared(name: string, declarations: readonly CookieDeclaration[]): boolean {
  return declarations.some((declaration) =>
    typeof declaration.name === 'string' ? declaration.name === name : declaration.name.test(name),
  );
}

const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/**
 * Every `Domain` a tag may have set a cookie on, from the host up to the registrable domain:
 * `www.example.co.uk` gives `www.example.co.uk`, `example.co.uk` and `co.uk`. Without the Public
 * Suffix List we cannot tell where the registrable part starts, so we try each parent; the
 * browser refuses a public suffix such as `co.uk`, which makes that try harmless.
 */
export function domainVariants(hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.') || IP_ADDRESS.test(host)) return [];
  const labels = host.split('.');
  const variants: string[] = [];
  for (let start = 0; start < labels.length - 1; start++) variants.push(labels.slice(start).join('.'));
  return variants;
}

export type ClearCookiesOptions = {
  /** @default location.hostname */
  hostname?: string;
  /** Reads the cookies. @default () => document.cookie */
  read?: () => string;
  /** Writes one `Set-Cookie`-like string. @default (value) => { document.cookie = value } */
  write?: (value: string) => void;
};

/**
 * Deletes the page's cookies that the declarations cover (CLR-1): by name or pattern, host-only
 * and on every parent domain, with `Path=/`. Returns the names it deleted. Third-party and
 * HttpOnly cookies are out of a page's reach (CLR-2); nothing here throws.
 */
export function clearDeclaredCookies(declarations: readonly CookieDeclaration[], options: ClearCookiesOptions = {}): string[] {
  const read = options.read ?? (() => document.cookie);
  const write =
    options.write ??
    ((value: string) => {
      document.cookie = value;
    });
  try {
    const names = pageCookieNames(read()).filter((name) => isDeclared(name, declarations));
    const hostname = options.hostname ?? globalThis.location?.hostname ?? '';
    // On https a cookie may be Secure, and only a Secure write can replace it.
    const secure = globalThis.location?.protocol === 'https:' ? '; Secure' : '';
    const expired = `Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/${secure}`;
    for (const name of names) {
      write(`${name}=; ${expired}`);
      // `Domain=example.com` and `Domain=.example.com` name the same cookie (RFC 6265 §5.2.3).
      for (const domain of domainVariants(hostname)) write(`${name}=; ${expired}; Domain=${domain}`);
    }
    return names;
  } catch {
    return [];
  }
}
