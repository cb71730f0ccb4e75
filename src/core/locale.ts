const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** `locale` tidied (`fr_FR` → `fr-FR`), or undefined when it is not a locale. Reads nothing. */
export function cleanLocale(locale: string | null | undefined): string | undefined {
  const value = locale?.trim().replace(/_/g, '-');
  return value && LOCALE_PATTERN.test(value) ? value : undefined;
}

/**
 * The locale to speak: the one given, else `<html lang>`, else the browser's, else English.
 * Call it from effects and handlers, never during render: it reads the document.
 */
export function resolveLocale(given?: string): string {
  const fromProp = cleanLocale(given);
  if (fromProp) return fromProp;
  try {
    const fromDocument = typeof document === 'undefined' ? undefined : cleanLocale(document.documentElement.lang);
    if (fromDocument) return fromDocument;
    const fromBrowser = typeof navigator === 'undefined' ? undefined : cleanLocale(navigator.language);
    if (fromBrowser) return fromBrowser;
  } catch {
    // A locked-down environment: fall back to English.
  }
  return 'en';
}
