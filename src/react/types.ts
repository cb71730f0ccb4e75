// The props of components whose code loads in parts: the parts name them here, not in each
// other, so that no import circle forms (ARCHITECTURE.md, "The kernel").
import type * as Dialog from '@radix-ui/react-dialog';
import type { ComponentPropsWithoutRef } from 'react';

export type PreferencesDialogProps = Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'children'> & {
  /**
   * An element to render the dialog in, whose theme it then takes. @default where
   * `<PreferencesDialog />` is, which the browser draws over the page as a modal
   */
  container?: HTMLElement | null;
  /**
   * Classes for the inner parts, for utility-class CSS (Tailwind…); `className` is the dialog's.
   * `button` goes on every button of the actions row, with the button's own (`save`…) after it.
   */
  classNames?: PreferencesDialogClassNames;
};

/** The parts of `<PreferencesDialog>` that take a class. */
export type PreferencesDialogClassNames = {
  [Part in
    | 'overlay'
    | 'header'
    | 'title'
    | 'close'
    | 'body'
    | 'description'
    | 'category'
    | 'categoryHeader'
    | 'categoryTitle'
    | 'switch'
    | 'categoryDescription'
    | 'table'
    | 'actions'
    | 'button'
    | 'acceptAll'
    | 'rejectAll'
    | 'optOut'
    | 'save']?: string;
};

export type AccountNoticeProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;
