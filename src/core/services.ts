import type { CookieDeclaration } from './config.js';
import type { ConsentStore } from './consent-store.js';

/** Who runs a service: the legal entity that acts for visitors in the EU, and its country. */
export type ServiceCompany = {
  /** `Meta Platforms Ireland Limited` */
  name: string;
  /** ISO 3166 code of its country: `IE`. */
  country: string;
};

/**
 * A third-party service the site uses (a pixel, an analytics or chat script, an embed), held to
 * its category's consent: listed in the config (`services: [metaPixel({ pixelId })]`), its
 * cookies are declared under its category, it loads only once that category is granted, and its
 * own consent API hears every grant and withdrawal (SVC-1, SVC-2, SVC-3).
 */
export type ConsentService<C extends string = string> = {
  /** `meta-pixel` */
  readonly id: string;
  /** `Meta Pixel` */
  readonly name: string;
  readonly company: ServiceCompany;
  /** The vendor's privacy policy. */
  readonly privacyPolicy: string;
  /** The category it needs. */
  readonly category: C;
  /** What it is for, in a few words. */
  readonly purposes: readonly string[];
  /** The cookies and storage it sets, from the vendor's documentation. */
  readonly cookies: readonly CookieDeclaration[];
  /** The hosts it contacts. */
  readonly hosts: readonly string[];
  /**
   * Starts it on a page: hears every change of its category (and loads it once granted), until the
   * returned function stops it. The provider calls it; the code comes with the service's import.
   */
  // The store untyped: a service typed for one config's ids fits any store (stores are invariant).
  readonly start: (store: ConsentStore<string>, options: { nonce?: string }) => () => void;
};
