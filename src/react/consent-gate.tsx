import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { ConsentService } from '../core/services.js';
import { fillText } from '../core/texts.js';
import { prefetchHandlers } from './preferences-dialog-loader.js';
import { RichText } from './rich-text.js';
import { useConsent, useConsentTexts, useLanguage, useTypedStore, type RegisteredCategory } from './use-consent.js';

export type ConsentGateProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'> & {
  /** The category the content needs. */
  category: RegisteredCategory;
  /** Shown instead of the content while the category is not granted. @default a placeholder with "Allow" */
  fallback?: ReactNode;
  /** The content: an iframe, a map, a video, a tracking pixel. Not rendered at all until granted. */
  children?: ReactNode;
  /** The service the content comes from: the placeholder names it and its company, and links its privacy policy (SVC-4). */
  service?: Pick<ConsentService, 'name' | 'company' | 'privacyPolicy'>;
};

/**
 * Renders its children only while `category` is granted. Until then, the fallback: by default a
 * placeholder that says which category the content needs, an "Allow" button that grants that
 * category alone (recorded as a choice per category), and a button to the preferences.
 * Other props go to the default placeholder.
 */
export function ConsentGate({ category, fallback, children, service, className, ...rest }: ConsentGateProps) {
  const granted = useConsent(category);
  const store = useTypedStore('ConsentGate');
  const texts = useConsentTexts();
  const language = useLanguage();
  if (granted) return <>{children}</>;
  if (fallback !== undefined) return <>{fallback}</>;
  const title = texts.categories[category]?.title ?? category;
  return (
    <div {...language} {...rest} className={className} data-consent-gate="" data-consent-category={category}>
      <p data-consent-gate-message="">
        {service ? (
          // The service's name links its privacy policy (`[name](address)`: only http(s) becomes a link).
          <RichText
            text={fillText(texts.gate.service, {
              service: `[${service.name.replace(/[[\]()]/g, '')}](${service.privacyPolicy.replace(/[()\s]/g, '')})`,
              company: service.company.name.replace(/[[\]]/g, ''),
              category: title.replace(/[[\]]/g, ''),
            })}
          />
        ) : (
          fillText(texts.gate.message, { category: title })
        )}
      </p>
      <div data-consent-gate-actions="">
        <button type="button" data-consent-button="allow" onClick={() => store.grant(category, { surface: 'embed' })}>
          {fillText(texts.gate.allow, { category: title })}
        </button>
        <button type="button" data-consent-settings="" aria-haspopup="dialog" {...prefetchHandlers(store)} onClick={() => store.openPreferences()}>
          {texts.gate.settings}
        </button>
      </div>
    </div>
  );
}
