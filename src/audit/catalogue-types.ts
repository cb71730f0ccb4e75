/** What a catalogue says a cookie or a host is for, in the audit's words. */
export type VendorCategory = 'necessary' | 'functional' | 'analytics' | 'advertising';

/**
 * One entry of the compact Open Cookie Database: name, platform, category, retention as written,
 * retention in days (0 for a session cookie, null when it names no figure), whether the name is a
 * prefix (1), the third-party hosts it lives on, and a short purpose.
 */
export type CatalogueEntry = readonly [string, string, VendorCategory, string, number | null, 0 | 1, readonly string[], string];
