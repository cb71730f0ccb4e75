// What a config declares, in the form an audit (and the provider) can match against: each
// category's cookies and patterns with the services' joined to them, each service's hosts, the
// consent cookie. Built on resolveConfig, so it reads the config exactly as the provider does.
// Candidate to move to src/core/ (see the audit's report to the maintainer): the provider's
// development-only undeclared-cookie warning matches declarations the same way.
import { resolveConfig, type ConsentConfig, type CookieDeclaration, type CookieDuration, type ResolvedConfig } from '../core/config.js';

/** One declared cookie or storage key, with the category it is declared under. */
export type DeclaredName = {
  /** The name, or a pattern for a family of names. */
  name: string | RegExp;
  category: string;
  provider: string;
  /** The declared duration in days: 0 for a session cookie, null when the config gives only a text. */
  declaredDays: number | null;
  /** The service whose facts declare it, when a listed service does. */
  service?: string;
};

/** A service the config lists, as the audit needs it. */
export type DeclaredService = {
  id: string;
  name: string;
  company: string;
  category: string;
  hosts: readonly string[];
};

/** A config's declarations, resolved the way the provider resolves them. */
export type ConsentInventory = {
  config: ResolvedConfig;
  declarations: readonly DeclaredName[];
  services: readonly DeclaredService[];
  /** The library's own consent cookie (`cookie_consent` unless configured). */
  consentCookie: string;
};

const DAYS_PER: Readonly<Record<string, number>> = { minutes: 1 / 1440, hours: 1 / 24, days: 1, months: 30.44, years: 365.25 };

/** A declared duration in days; null for a free text the audit cannot read as a figure. */
export function durationDays(duration: CookieDuration): number | null {
  if (typeof duration === 'object' && duration !== null) {
    if ('session' in duration) return 0;
    for (const [unit, perUnit] of Object.entries(DAYS_PER)) {
      const value = (duration as Record<string, unknown>)[unit];
      if (typeof value === 'number') return value * perUnit;
    }
    // A text per locale: read the English one, or any.
    const texts = Object.values(duration as Record<string, unknown>).filter((value): value is string => typeof value === 'string');
    const text = (duration as Record<string, unknown>).en ?? texts[0];
    return typeof text === 'string' ? daysInText(text) : null;
  }
  return typeof duration === 'string' ? daysInText(duration) : null;
}

const TEXT_UNITS: Readonly<Record<string, number>> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25 };

/** `2 years`, `13 months`, `session`: the longest figure a text names, in days. */
export function daysInText(text: string): number | null {
  const lower = text.toLowerCase();
  if (/session/.test(lower) && !/\d/.test(lower)) return 0;
  let longest: number | null = null;
  for (const match of lower.matchAll(/(\d+(?:\.\d+)?)\s*(second|minute|hour|day|week|month|year)s?/g)) {
    const days = Number(match[1]) * TEXT_UNITS[match[2]!]!;
    longest = longest === null ? days : Math.max(longest, days);
  }
  return longest;
}

/** Who provides a declaration, as a plain string. */
function providerOf(cookie: CookieDeclaration): string {
  return typeof cookie.provider === 'string' ? cookie.provider : '';
}

/** Resolves a config into what it declares: every category's names with their services, and every service's hosts. */
export function resolveConsentInventory(config: ConsentConfig): ConsentInventory {
  const resolved = resolveConfig(config);
  const serviceCookies = new Map<CookieDeclaration, string>();
  for (const service of resolved.services) for (const cookie of service.cookies) serviceCookies.set(cookie, service.id);
  const declarations: DeclaredName[] = [];
  for (const category of resolved.categoryList) {
    for (const cookie of category.cookies) {
      // resolveConfig copies a pattern to drop its g and y flags; match the service by name too.
      const service = serviceCookies.get(cookie) ?? resolved.services.find((entry) => entry.category === category.id && entry.cookies.some((own) => String(own.name) === String(cookie.name)))?.id;
      declarations.push({
        name: cookie.name,
        category: category.id,
        provider: providerOf(cookie),
        declaredDays: durationDays(cookie.duration),
        ...(service ? { service } : {}),
      });
    }
  }
  return {
    config: resolved,
    declarations,
    services: resolved.services.map((service) => ({
      id: service.id,
      name: service.name,
      company: service.company?.name ?? '',
      category: service.category,
      hosts: [...service.hosts],
    })),
    consentCookie: resolved.cookie.name,
  };
}

/** The declaration that covers `name`: an exact name first, then the first pattern that matches. */
export function declarationOf(inventory: ConsentInventory, name: string): DeclaredName | undefined {
  return (
    inventory.declarations.find((declaration) => declaration.name === name) ??
    inventory.declarations.find((declaration) => declaration.name instanceof RegExp && declaration.name.test(name))
  );
}

/** Whether `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const wanted = domain.toLowerCase().replace(/^\./, '');
  const own = host.toLowerCase();
  return own === wanted || own.endsWith(`.${wanted}`);
}

/** The listed service that contacts `host`, if any. */
export function serviceOfHost(inventory: ConsentInventory, host: string): DeclaredService | undefined {
  return inventory.services.find((service) => service.hosts.some((own) => hostMatches(host, own)));
}
