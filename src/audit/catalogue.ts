// What is known of a cookie, a storage key or a host the config does not explain, and where that
// knowledge comes from. Two sources, weighed:
// 1. known vendors: the library's own services catalogue (src/services), whose cookies and hosts
//    come from each vendor's documentation: a firm fact;
// 2. the Open Cookie Database (compact copy in ./data, Apache 2.0): a hint. Its category is one
//    reading among others (it files some of Hotjar's cookies as "Functional"), so a platform that
//    is one of the library's analytics or advertising services lends that category to the rest of
//    its cookies there, and the report says so.
import type { ConsentService } from '../core/services.js';
import * as services from '../services/index.js';
import type { CatalogueEntry, VendorCategory } from './catalogue-types.js';
import { openCookieDatabase } from './data/open-cookie-database.js';
import { hostMatches } from './inventory.js';

export type { VendorCategory } from './catalogue-types.js';

/** Where a fact about a name or a host came from. */
export type KnowledgeSource = 'config' | 'known-vendor' | 'open-cookie-database';

/** What is known of a cookie or a storage key. */
export type KnownName = {
  vendor: string;
  category: VendorCategory;
  source: KnowledgeSource;
  /** The catalogue's entry, when it matched by a prefix. */
  pattern?: string;
  purpose?: string;
  /** The usual retention as written, and in days. */
  retention?: string;
  retentionDays?: number | null;
  /** Why the category differs from the catalogue's own, when it does. */
  note?: string;
};

/** What is known of a host. */
export type KnownHost = { vendor: string; category: VendorCategory; source: KnowledgeSource; domain: string };

/** The service categories' usual meaning, for vendors the library knows. */
const SERVICE_CATEGORY: Readonly<Record<string, VendorCategory>> = { performance: 'analytics', advertising: 'advertising', support: 'functional' };

type Factory = (options: Record<string, string>) => ConsentService;

/** Every service of the library, made with placeholder options: only their facts are read. */
function knownServices(): ConsentService[] {
  const placeholders = {
    measurementId: 'G-AUDIT',
    id: 'AW-AUDIT',
    containerId: 'GTM-AUDIT',
    url: 'https://audit.matomo.cloud/',
    siteId: '0',
    domain: 'example.com',
    apiKey: 'phc_audit',
    projectId: 'audit',
    token: 'audit',
    pixelId: '0',
    partnerId: '0',
    tagId: '0',
    appId: 'audit',
    websiteId: '00000000-0000-0000-0000-000000000000',
    portalId: '0',
  };
  const found: ConsentService[] = [];
  for (const [name, factory] of Object.entries(services as unknown as Record<string, Factory>)) {
    if (name === 'defineService' || typeof factory !== 'function') continue;
    try {
      found.push(factory(placeholders));
    } catch {
      // A service whose options these placeholders do not satisfy is left out of the hints.
    }
  }
  return found;
}

let vendors: ConsentService[] | undefined;
const vendorsOnce = () => (vendors ??= knownServices());

/** Words of big companies' names, too broad to tie a catalogue platform to one of their services. */
const BROAD = new Set(['google', 'microsoft', 'meta', 'x']);

/** The category of a service of the library whose name the platform bears (`Hotjar` → analytics). */
function vendorLeaningOf(platform: string): { category: VendorCategory; vendor: string } | undefined {
  const own = platform.toLowerCase();
  for (const service of vendorsOnce()) {
    const category = SERVICE_CATEGORY[service.category];
    if (category !== 'analytics' && category !== 'advertising') continue;
    const first = service.name.split(' ')[0]!.toLowerCase();
    if (own === service.name.toLowerCase() || (own === first && !BROAD.has(first))) return { category, vendor: service.name };
  }
  return undefined;
}

function fromDatabase(entry: CatalogueEntry): KnownName {
  const [name, platform, category, retention, retentionDays, wildcard, , purpose] = entry;
  const downgraded = category === 'functional' || category === 'necessary';
  const vendor = downgraded ? vendorLeaningOf(platform) : undefined;
  const leaning = vendor?.category;
  return {
    vendor: platform,
    category: leaning ?? category,
    source: 'open-cookie-database',
    ...(wildcard ? { pattern: `${name}*` } : {}),
    ...(purpose ? { purpose } : {}),
    ...(retention ? { retention } : {}),
    retentionDays,
    ...(vendor ? { note: `the Open Cookie Database files it as ${category}, but the library knows ${vendor.vendor} as an ${vendor.category} service` } : {}),
  };
}

/** What is known of a cookie or storage key `name`: a known vendor's first, else the database's (exact, then the longest prefix). */
export function knownName(name: string): KnownName | undefined {
  for (const service of vendorsOnce()) {
    const cookie = service.cookies.find((own) => (own.name instanceof RegExp ? own.name.test(name) : own.name === name));
    if (cookie) {
      // The vendor's facts decide the category; the database may still say what it is for and how long it lasts.
      const described = databaseEntry(name);
      return {
        vendor: service.name,
        category: SERVICE_CATEGORY[service.category] ?? 'functional',
        source: 'known-vendor',
        ...(cookie.name instanceof RegExp ? { pattern: String(cookie.name) } : {}),
        ...(described?.[7] ? { purpose: described[7] } : {}),
        ...(described?.[3] ? { retention: described[3], retentionDays: described[4] } : {}),
      };
    }
  }
  const entry = databaseEntry(name);
  return entry ? fromDatabase(entry) : undefined;
}

/** The database's entry for `name`: the exact name, else the longest prefix entry that matches. */
function databaseEntry(name: string): CatalogueEntry | undefined {
  const exact = openCookieDatabase.find((entry) => entry[0] === name);
  if (exact) return exact;
  let best: CatalogueEntry | undefined;
  for (const entry of openCookieDatabase) {
    if (entry[5] === 1 && entry[0].length >= 2 && name.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best;
}

let databaseHosts: Map<string, { vendor: string; category: VendorCategory }> | undefined;
/** Hosts where the database lists only analytics or advertising entries: a host with any other entry is no tracker by itself. */
function trackerHosts() {
  if (!databaseHosts) {
    const seen = new Map<string, { vendor: string; categories: Set<VendorCategory> }>();
    for (const [, platform, category, , , , hosts] of openCookieDatabase) {
      for (const host of hosts) {
        const own = seen.get(host) ?? { vendor: platform, categories: new Set<VendorCategory>() };
        own.categories.add(category);
        seen.set(host, own);
      }
    }
    databaseHosts = new Map();
    for (const [host, { vendor, categories }] of seen) {
      if ([...categories].every((category) => category === 'analytics' || category === 'advertising')) {
        databaseHosts.set(host, { vendor, category: categories.has('advertising') ? 'advertising' : 'analytics' });
      }
    }
  }
  return databaseHosts;
}

/** What is known of a request's host: a known vendor's (the library's services), else a tracker domain of the database. */
export function knownHost(host: string): KnownHost | undefined {
  for (const service of vendorsOnce()) {
    const domain = service.hosts.find((own) => hostMatches(host, own));
    if (domain) return { vendor: service.name, category: SERVICE_CATEGORY[service.category] ?? 'functional', source: 'known-vendor', domain };
  }
  let best: KnownHost | undefined;
  for (const [domain, fact] of trackerHosts()) {
    if (hostMatches(host, domain) && (!best || domain.length > best.domain.length)) best = { ...fact, source: 'open-cookie-database', domain };
  }
  return best;
}

/** The config's category for a vendor's category, by the usual names (the ones Consent Mode's default mapping reads). */
const CATEGORY_NAMES: Readonly<Record<VendorCategory, readonly string[]>> = {
  analytics: ['performance', 'analytics', 'statistics', 'measurement'],
  advertising: ['advertising', 'marketing', 'targeting', 'ads'],
  functional: ['features', 'functional', 'preferences', 'personalization', 'support'],
  necessary: ['necessary', 'essential', 'required', 'strictly-necessary', 'features'],
};

/** The category of `ids` that a vendor category means, or undefined when the config has none by that name. */
export function configCategoryFor(category: VendorCategory, ids: readonly string[]): string | undefined {
  return CATEGORY_NAMES[category].find((name) => ids.includes(name));
}
