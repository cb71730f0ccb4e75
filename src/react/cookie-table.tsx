import type { ResolvedCategory } from '../core/config.js';
import { fillText, localize, type ConsentTexts, type FirstLayerTexts } from '../core/texts.js';
import { cookieNameLabel } from './consent-ui.js';

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
