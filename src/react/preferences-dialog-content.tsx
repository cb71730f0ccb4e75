import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useCallback, useId, useRef, useState } from 'react';
import type { ConsentState } from '../core/consent-store.js';
import { classes, composeEventHandlers, restoreFocus } from './consent-ui.js';
import { CookieTable, ServiceList } from './cookie-table.js';
import { RichText } from './rich-text.js';
import type { PreferencesDialogClassNames, PreferencesDialogProps } from './types.js';
import type { AllTexts } from '../core/texts.js';
import { useAllTexts, useLanguage, useStoreSlice, useTypedStore, type Store } from './use-consent.js';

const isOpen = (state: ConsentState) => state.preferences === 'open';
const gpcOf = (state: ConsentState) => state.gpc;
const localeOf = (state: ConsentState) => state.locale;

type SwitchProps = {
  checked: boolean;
  disabled?: boolean;
  id: string;
  describedBy: string;
  className: string | undefined;
  onCheckedChange: (checked: boolean) => void;
};

/**
 * A category's on/off control: a native checkbox with `role="switch"`, named by the category title
 * and described by its purpose (A11Y-4). Unstyled it is a checkbox, whose state shows by itself;
 * the theme draws it as a switch.
 */
function ConsentSwitch({ checked, disabled = false, id, describedBy, className, onCheckedChange }: SwitchProps) {
  return (
    <input
      type="checkbox"
      role="switch"
      checked={checked}
      id={id}
      className={className}
      aria-describedby={describedBy}
      disabled={disabled}
      data-consent-switch=""
      data-state={checked ? 'checked' : 'unchecked'}
      onChange={(event) => onCheckedChange(event.currentTarget.checked)}
    />
  );
}

/** The body of the open dialog. Mounted on each opening, so the switches start from the decision as it is now. */
function PreferencesPanel({ store, texts, classNames }: { store: Store; texts: AllTexts; classNames: PreferencesDialogClassNames }) {
  const gpc = useStoreSlice(store, gpcOf);
  const locale = useStoreSlice(store, localeOf);
  const { config } = store;
  const baseId = useId();
  // The switches show what runs: before any decision, nothing optional under opt-in (EU-3), what
  // the regime lets run under the others; afterwards, what is granted.
  const [draft, setDraft] = useState<Record<string, boolean>>(() => {
    const { granted } = store.getState();
    return Object.fromEntries(config.categoryIds.map((id) => [id, granted[id] === true]));
  });
  const optOut = store.regime === 'opt-out';

  return (
    <>
      <div className={classNames.body} data-consent-dialog-body="">
        <Dialog.Description className={classNames.description} data-consent-dialog-description="">
          <RichText text={optOut ? texts.preferences.optOutDescription : texts.preferences.description} />
        </Dialog.Description>
        {optOut && gpc && config.categoryList.some((category) => category.gpc) ? (
          <p className={classNames.description} data-consent-gpc-honored="">
            {texts.optOut.gpcHonored}
          </p>
        ) : null}
        {config.categoryList.map((category) => {
          const { id } = category;
          const categoryTexts = texts.categories[id] ?? { title: id, description: '' };
          const purpose = categoryTexts.description || texts.preferences.defaultCategoryDescription;
          const titleId = `${baseId}-${id}-title`;
          const switchId = `${baseId}-${id}-switch`;
          const purposeId = `${baseId}-${id}-purpose`;
          const heldByGpc = gpc && category.gpc && !draft[id];
          const granted = category.required || draft[id] === true;
          return (
            <section
              key={id}
              aria-labelledby={titleId}
              className={classNames.category}
              data-consent-category={id}
              data-granted={granted}
              data-required={category.required}
            >
              <div className={classNames.categoryHeader} data-consent-category-header="">
                {/* The title labels the switch: a click on it toggles, and the checkbox has a real label. */}
                <h3 id={titleId} className={classNames.categoryTitle} data-consent-category-title="">
                  <label htmlFor={switchId}>{categoryTexts.title}</label>
                </h3>
                {category.required ? <span data-consent-always-active="">{texts.preferences.alwaysActive}</span> : null}
                <ConsentSwitch
                  checked={granted}
                  disabled={category.required}
                  id={switchId}
                  className={classNames.switch}
                  describedBy={purposeId}
                  onCheckedChange={(checked) => setDraft((current) => ({ ...current, [id]: checked }))}
                />
              </div>
              <p id={purposeId} className={classNames.categoryDescription} data-consent-category-description="">
                <RichText text={purpose} />
                {heldByGpc ? (
                  <>
                    {' '}
                    <span data-consent-gpc-note="">{texts.preferences.heldByGpc}</span>
                  </>
                ) : null}
              </p>
              <ServiceList services={config.services.filter((service) => service.category === id)} categoryTitle={categoryTexts.title} texts={texts} locale={locale} />
              <CookieTable category={category} texts={texts} locale={locale} className={classNames.table} />
            </section>
          );
        })}
      </div>
      <div className={classNames.actions} data-consent-actions="">
        {optOut ? (
          <button type="button" className={classes(classNames.button, classNames.optOut)} data-consent-button="opt-out" onClick={() => store.optOut({ surface: 'preferences' })}>
            {texts.preferences.optOut}
          </button>
        ) : (
          <>
            <button type="button" className={classes(classNames.button, classNames.acceptAll)} data-consent-button="accept-all" onClick={() => store.acceptAll({ surface: 'preferences' })}>
              {texts.preferences.acceptAll}
            </button>
            <button type="button" className={classes(classNames.button, classNames.rejectAll)} data-consent-button="reject-all" onClick={() => store.rejectAll({ surface: 'preferences' })}>
              {texts.preferences.rejectAll}
            </button>
          </>
        )}
        <button type="button" className={classes(classNames.button, classNames.save)} data-consent-button="save" onClick={() => store.save(draft, { surface: 'preferences' })}>
          {texts.preferences.save}
        </button>
      </div>
    </>
  );
}

/** The dialog itself, with Radix: loaded only once the preferences are first wanted (see preferences-dialog.tsx). */
export const PreferencesDialogContent = /* @__PURE__ */ forwardRef<HTMLDialogElement, PreferencesDialogProps>(function PreferencesDialogContent(
  { container, className, classNames = {}, onCloseAutoFocus, ...rest },
  forwardedRef,
) {
  const store = useTypedStore('PreferencesDialog');
  const texts = useAllTexts();
  const language = useLanguage();
  const open = useStoreSlice(store, isOpen);
  const opener = useRef<HTMLElement | null>(null);

  // A native modal <dialog> under Radix: the browser puts it over the page, in the top layer, and
  // makes the rest inert, with or without the theme (whose rules then lay it out).
  const showAsModal = useCallback(
    (node: HTMLDialogElement | null) => {
      if (typeof forwardedRef === 'function') forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
      if (!node || node.open) return;
      // Mounted on each opening, before the browser or Radix moves focus in: what opened it still has focus.
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // Escape is Radix's to handle (it records nothing and gives focus back): not the browser's.
      node.addEventListener('cancel', (event) => event.preventDefault());
      if (typeof node.showModal === 'function') node.showModal();
      else node.open = true; // jsdom and old browsers: shown, as a non-modal dialog.
    },
    [forwardedRef],
  );
  // The language's texts are loading (they load with the dialog's code, so rarely).
  if (!texts) return null;

  // In place by default: a modal <dialog> is drawn over the page wherever it sits, and in place it
  // takes the theme (data-theme, color-scheme, --consent-*) of the page around the provider.
  const layer = (
    <>
      <Dialog.Overlay className={classNames.overlay} data-consent-overlay="" />
      <Dialog.Content
        {...language}
        {...rest}
        asChild
        className={className}
        data-consent-dialog=""
        onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event) => {
          // The opener may be gone (the banner's "Customize" after a choice): fall back sensibly.
          event.preventDefault();
          restoreFocus(store, opener.current);
        })}
      >
        <dialog ref={showAsModal}>
          <div className={classNames.header} data-consent-dialog-header="">
            <Dialog.Title className={classNames.title} data-consent-dialog-title="">
              {store.regime === 'opt-out' ? texts.optOut.title : texts.preferences.title}
            </Dialog.Title>
            <Dialog.Close className={classNames.close} data-consent-close="" aria-label={texts.preferences.close}>
              <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </Dialog.Close>
          </div>
          <PreferencesPanel store={store} texts={texts} classNames={classNames} />
        </dialog>
      </Dialog.Content>
    </>
  );

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? store.openPreferences() : store.closePreferences())}>
      {container ? <Dialog.Portal container={container}>{layer}</Dialog.Portal> : layer}
    </Dialog.Root>
  );
});
