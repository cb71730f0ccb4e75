import { forwardRef, type ComponentPropsWithoutRef, type ElementType } from 'react';
import type { ConsentState } from '../core/consent-store.js';
import { fillText } from '../core/texts.js';
import { CookieTable, ServiceList } from './cookie-table.js';
import { prefetchHandlers } from './preferences-dialog-loader.js';
import { RichText } from './rich-text.js';
import enMore from '../locales/en-more.js';
import { useAllTexts, useLanguage, useStoreSlice, useTypedStore } from './use-consent.js';

export type CookiePolicyProps = Omit<ComponentPropsWithoutRef<'article'>, 'children'> & {
  /** The level of the section headings; categories are one level below. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5;
  /**
   * The records endpoint (`/api/consent`): the visitor's choice then links to the records the
   * site keeps of their decisions, by the consent id in their cookie (REC-5).
   */
  recordsEndpoint?: string;
};

const wholeState = (state: ConsentState) => state;

/**
 * The whole cookie policy, generated from the config and its texts, so that what the site says
 * and what it does cannot drift apart: what cookies are, each category with its purpose and
 * cookies, how to manage them, how changes are announced, and the visitor's current choice with
 * a button to change it. English is there at once; another language's page appears once its
 * texts have loaded, or at once after `await loadLocaleTexts(module)` (server rendering).
 */
export const CookiePolicy = /* @__PURE__ */ forwardRef<HTMLElement, CookiePolicyProps>(function CookiePolicy(
  { headingLevel = 2, recordsEndpoint, className, ...rest },
  forwardedRef,
) {
  const store = useTypedStore('CookiePolicy');
  const texts = useAllTexts(enMore);
  const language = useLanguage();
  const state = useStoreSlice(store, wholeState);
  // A language module's texts are loading; a server renders them after `await loadLocaleTexts(module)`.
  if (!texts) return null;
  const { config } = store;
  const Heading = `h${headingLevel}` as ElementType;
  const SubHeading = `h${headingLevel + 1}` as ElementType;
  const { policy } = texts;

  return (
    <article {...language} {...rest} ref={forwardedRef} className={className} data-consent-policy="">
      <section data-consent-policy-section="what">
        <Heading>{policy.whatTitle}</Heading>
        <p>
          <RichText text={policy.what} />
        </p>
      </section>
      <section data-consent-policy-section="use">
        <Heading>{policy.useTitle}</Heading>
        <p>
          <RichText text={policy.use} />
        </p>
        {config.categoryList.map((category) => {
          const { id } = category;
          return (
            <section key={id} data-consent-category={id} data-required={category.required}>
              <SubHeading>{texts.categories[id]?.title}</SubHeading>
              <p>
                <RichText text={texts.categories[id]?.description || texts.preferences.defaultCategoryDescription} />
                {category.required ? <> ({texts.preferences.alwaysActive})</> : null}
              </p>
              <ServiceList services={config.services.filter((service) => service.category === id)} categoryTitle={texts.categories[id]?.title ?? id} texts={texts} locale={state.locale} />
              <CookieTable category={category} texts={texts} locale={state.locale} />
            </section>
          );
        })}
      </section>
      <section data-consent-policy-section="manage">
        <Heading>{policy.manageTitle}</Heading>
        <p>
          <RichText text={policy.manage} />
        </p>
      </section>
      <section data-consent-policy-section="changes">
        <Heading>{policy.changesTitle}</Heading>
        <p>
          <RichText text={fillText(policy.changes, { revision: config.revision })} />
        </p>
      </section>
      <section data-consent-policy-section="choice" aria-live="polite">
        <Heading>{policy.choiceTitle}</Heading>
        {state.status === 'pending' ? null : state.status === 'undecided' ? (
          <p>{policy.choiceUndecided}</p>
        ) : (
          <>
            <p>
              {fillText(policy.choiceDecided, {
                date: new Intl.DateTimeFormat(state.locale, { dateStyle: 'long' }).format(state.decision.decidedAt),
              })}
            </p>
            <ul data-consent-choices="">
              {config.categoryIds.map((id) => (
                <li key={id} data-consent-category={id} data-granted={state.granted[id] === true}>
                  {texts.categories[id]?.title}: {state.granted[id] ? policy.granted : policy.denied}
                </li>
              ))}
            </ul>
            {recordsEndpoint ? (
              <p>
                <RichText text={`[${policy.history.replace(/[[\]]/g, '')}](${recordsEndpoint}${recordsEndpoint.includes('?') ? '&' : '?'}consentId=${encodeURIComponent(state.decision.consentId)})`} />
              </p>
            ) : null}
          </>
        )}
        <button type="button" aria-haspopup="dialog" data-consent-button="change" {...prefetchHandlers(store)} onClick={() => store.openPreferences()}>
          {policy.change}
        </button>
      </section>
    </article>
  );
});
