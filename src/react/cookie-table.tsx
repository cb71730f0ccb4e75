import type { CookieDeclaration, ResolvedCategory } from '../core/config.js';
import { fillText, localize, type ConsentTexts, type FirstLayerTexts } from '../core/texts.js';

/**
 * How a declared cookie's name reads to people: `/^_ga_/` → `_ga_*`. Kept with the tables, its
 * only user, so that it loads with the dialog or the policy, not on a first visit.
 */
function cookieNameLabel(name: CookieDeclaration['name']): string {
  if (typeof name === 'string') return name;
  const exact = /^\^([\w.-]+)\$$/.exec(name.source);
  if (exact) return exact[1]!;
  const prefix = /^\^([\w.-]+)(?:\.\*)?$/.exec(name.source);
  if (prefix) return `${prefix[1]}*`;
  return String(name);
}

type CookieTableProps = {
  category: ResolvedCategory;
  texts: FirstLayerTexts & Pick<ConsentTexts, 'cookies'>;
  locale: string;
};

/** The cookies a category declares: name, who sets it, what for and how long (EU-9). */
export function CookieTable({ category, texts, locale }: CookieTableProps) {
  const title = texts.categories[category.id]?.title ?? category.id;
  if (category.cookies.length === 0) {
    return (
      <p data-consent-cookies="" data-empty="">
        {texts.cookies.none}
      </p>
    );
  }
  const columns = [texts.cookies.name, texts.cookies.provider, texts.cookies.purpose, texts.cookies.duration];
  return (
    <table data-consent-cookies="">
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
          const cells = [name, cookie.provider, localize(cookie.purpose, locale), localize(cookie.duration, locale)];
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
