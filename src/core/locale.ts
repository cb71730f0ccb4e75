import { languageOf } from './texts.js';

const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** `locale` tidied (`fr_FR` → `fr-FR`), or undefined when it is not a locale. Reads nothing. */
export function cleanLocale(locale: string | null | undefined): string | undefined {
  const value = locale?.trim().replace(/_/g, '-');
  return value && LOCALE_PATTERN.test(value) ? value : undefined;
}


/**
 * `wanted` if the site speaks it, region-tolerant: `de-AT` where `de` is listed (the region stays,
 * for dates), `no` and `nn` as `nb` where only `nb` is; undefined where the site does not speak it
 * (I18N-2). `available` are the codes of the config's language modules, then English.
 */
export function matchLocale(wanted: string | null | undefined, available: readonly string[]): string | undefined {
  const clean = cleanLocale(wanted);
  if (!clean) return undefined;
  const exact = available.find((code) => code.toLowerCase() === clean.toLowerCase());
  if (exact) return exact;
  const language = languageOf(clean);
  if (available.some((code) => languageOf(code) === language)) return clean;
  // Norwegian: a browser may say `no` or `nn`; Bokmål is what most Norwegian sites write.
  if ((language === 'no' || language === 'nn') && available.some((code) => languageOf(code) === 'nb')) return 'nb';
  return undefined;
}

/**
 * The locale to speak, among `available` (the config's modules, then English): the one given (the
 * site's choice), else `<html lang>`, else the browser's languages in their order, else the
 * config's first language, else English (I18N-2). Call it from effects and handlers, never during
 * render: it reads the document.
 */
export function resolveLocale(given: string | undefined, available: readonly string[]): string {
  const candidates: (string | null | undefined)[] = [given];
  try {
    if (typeof document !== 'undefined') candidates.push(document.documentElement.lang);
    if (typeof navigator !== 'undefined') candidates.push(...(navigator.languages?.length ? navigator.languages : [navigator.language]));
  } catch {
    // A locked-down environment: the config's own order decides.
  }
  for (const candidate of candidates) {
    const match = matchLocale(candidate, available);
    if (match) return match;
  }
  return available[0] ?? 'en';
}

/**
 * The best of `available` for an `Accept-Language` header, quality values honoured (`de-CH,
 * de;q=0.9, en;q=0.8`); the config's first language when none matches or the header is unreadable.
 */
export function negotiate(acceptLanguage: string | null | undefined, available: readonly string[]): string {
  const ranges = (typeof acceptLanguage === 'string' ? acceptLanguage.slice(0, 1000) : '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((parameter) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const match = matchLocale(tag, available);
    if (match) return match;
  }
  return available[0] ?? 'en';
}

/**
 * Development only: warns once when the page's language is not one the site ships, naming the
 * module that would speak it; the banner then shows the fallback, marked with its own `lang`.
 */
export function warnOfUnshippedLanguage(available: readonly string[], warned: Set<string>): void {
  const page = typeof document === 'undefined' ? undefined : cleanLocale(document.documentElement.lang);
  if (!page || matchLocale(page, available) || warned.has(page)) return;
  warned.add(page);
  const language = languageOf(page);
  console.warn(
    `[cookie-consent] The page's language is "${page}", which the consent config does not list, so the banner shows "${resolveLocale(undefined, available)}". To speak it, import ${language} from '@weroom/cookie-consent/locales/${language}' and add it to the config's locales.`,
  );
}

/**
 * The languages a config speaks, in its order: its language modules, the locales it gives texts
 * for (a language of the site's own), then English, which is built in.
 */
export function spokenLocales(config: { locales: readonly { code: string }[]; texts: Readonly<Record<string, unknown>> }): string[] {
  const codes = [...config.locales.map((module) => module.code), ...Object.keys(config.texts).filter((code) => cleanLocale(code) === code), 'en'];
  return codes.filter((code, index) => codes.indexOf(code) === index);
}

// Scripts written right to left, for a language no module describes (a module says so itself).
const RIGHT_TO_LEFT = /^(ar|arc|ckb|dv|fa|he|ps|sd|ug|ur|yi)(-|$)/i;

/** The writing direction of `locale`, when no language module says. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.test(locale) ? 'rtl' : 'ltr';
}
