import type { CookieDeclaration, ResolvedCategory } from '../core/config.js';
import { safeHref } from '../core/safe-url.js';
import type { ConsentService } from '../core/services.js';
import { fillText, localize, purposeText, type AllTexts } from '../core/texts.js';

/** A pattern's source as people read it: literal characters kept, anything that varies a `*`. */
function patternLabel(source: string): string {
  let label = '';
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!;
    if (char === '\\') {
      const next = source[++at] ?? '';
      label += /[dwsDWSbB]/.test(next) ? '*' : next;
    } else if (char === '[') {
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      label += '*';
    } else if (char === '(') {
      for (let depth = 1; depth > 0 && at + 1 < source.length; ) {
        at += source[at + 1] === '\\' ? 2 : 1;
        if (source[at] === '(') depth += 1;
        if (source[at] === ')') depth -= 1;
      }
      label += '*';
    } else if (char === '{') {
      while (at < source.length && source[at] !== '}') at += 1;
      label += '*';
    } else if ('.*+?'.includes(char)) label += '*';
    else if (char !== '^' && char !== '$') label += char;
  }
  if (!source.startsWith('^')) label = `*${label}`;
  if (!source.endsWith('$') || source.endsWith('\\$')) label += '*';
  return label.replace(/\*+/g, '*');
}

/**
 * How a declared cookie's name reads to people: `/^_ga_/` → `_ga_*`, `/^_pk_id\./` → `_pk_id.*`,
 * `/^a|^b/` → `a*, b*`. Kept with the tables, its only user, so that it loads with the dialog or
 * the policy, not on a first visit.
 */
export function cookieNameLabel(name: CookieDeclaration['name']): string {
  if (typeof name === 'string') return name;
  // Alternatives at the top level, each labelled on its own.
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  const { source } = name;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at += 1;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(from, at));
      from = at + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives.map(patternLabel).join(', ');
}

const UNITS = { minutes: 'minute', hours: 'hour', days: 'day', months: 'month', years: 'year' } as const;

/** A declared duration in `locale`: one unit formatted by `Intl` (`2 years`, `2 ans`), the session, or its own text. */
function durationText(duration: CookieDeclaration['duration'], texts: AllTexts, locale: string): string {
  if (typeof duration === 'object' && 'session' in duration) return texts.cookies.session;
  for (const [key, unit] of Object.entries(UNITS)) {
    const amount = (duration as Record<string, unknown>)[key];
    if (typeof amount !== 'number') continue;
    try {
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
    } catch {
      return `${amount} ${key}`;
    }
  }
  return localize(duration as Parameters<typeof localize>[0], locale);
}

type CookieTableProps = {
  category: ResolvedCategory;
  texts: AllTexts;
  locale: string;
  className?: string | undefined;
};

/** The cookies a category declares: name, who sets it, what for and how long (EU-9). */
export function CookieTable({ category, texts, locale, className }: CookieTableProps) {
  const title = texts.categories[category.id]?.title ?? category.id;
  if (category.cookies.length === 0) {
    return (
      <p className={className} data-consent-cookies="" data-empty="">
        {texts.cookies.none}
      </p>
    );
  }
  const columns = [texts.cookies.name, texts.cookies.provider, texts.cookies.purpose, texts.cookies.duration];
  return (
    <table className={className} data-consent-cookies="">
      <caption>{fillText(texts.cookies.caption, { category: title })}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {category.cookies.map((cookie) => {
          const name = cookieNameLabel(cookie.name);
          const cells = [name, cookie.provider, purposeText(cookie.purpose, texts, locale), durationText(cookie.duration, texts, locale)];
          return (
            <tr key={name}>
              {cells.map((cell, index) => (
                // data-label lets the stylesheet stack the table into cards on narrow screens.
                <td key={columns[index]} data-label={columns[index]}>
                  {index === 0 ? <code>{cell}</code> : cell}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The name of a country for `locale` (`IE` → `Ireland`, `Irlande`), or its code where `Intl` cannot say. */
function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

type ServiceListProps = {
  services: readonly ConsentService[];
  /** The title of the category the services are under. */
  categoryTitle: string;
  texts: AllTexts;
  locale: string;
};

/**
 * The third-party services of a category, each with the company behind it and its privacy policy:
 * who receives the data, before anyone chooses (GDPR Art. 13(1)(e), SVC-3).
 */
export function ServiceList({ services, categoryTitle, texts, locale }: ServiceListProps) {
  if (services.length === 0) return null;
  return (
    <ul data-consent-services="" aria-label={fillText(texts.cookies.services, { category: categoryTitle })}>
      {services.map((service) => {
        const href = safeHref(service.privacyPolicy);
        return (
          <li key={service.id} data-consent-service={service.id}>
            <span data-consent-service-name="">{service.name}</span>, {service.company.name} ({countryName(service.company.country, locale)})
            {href ? (
              <>
                {' '}
                <a href={href} data-consent-link="">
                  {fillText(texts.cookies.privacyPolicy, { service: service.name })}
                </a>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
