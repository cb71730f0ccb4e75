import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { CookieSettingsButton, PreferencesDialog, useConsentManager } from '@weroom/cookie-consent';
import { StoryPage, StoryProvider, Themed, narrowViewport, storageAfter, type StoryConsent } from './story-helpers';

/** Opens the preferences as the story mounts, as a click on "Customize" would. */
function OpenOnMount() {
  const { openPreferences } = useConsentManager();
  useLayoutEffect(() => openPreferences(), [openPreferences]);
  return null;
}

const meta = {
  title: 'Components/PreferencesDialog',
  component: PreferencesDialog,
  decorators: [
    (Story, { parameters }) => (
      <StoryProvider {...((parameters.consent as StoryConsent | undefined) ?? {})}>
        <StoryPage>
          <CookieSettingsButton />
        </StoryPage>
        <OpenOnMount />
        <Story />
      </StoryProvider>
    ),
  ],
} satisfies Meta<typeof PreferencesDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Before any choice: every optional category off; "Features" is required and always active. */
export const FirstVisit: Story = {};

/** Reopened after "Accept all": everything on, ready to withdraw. */
export const AfterAcceptAll: Story = { parameters: { consent: { storage: storageAfter((store) => store.acceptAll()) } } };

/** Reopened after "Reject all": only the required category on. */
export const AfterRejectAll: Story = { parameters: { consent: { storage: storageAfter((store) => store.rejectAll()) } } };

/** Performance granted, advertising denied. */
export const PerformanceOnly: Story = { parameters: { consent: { storage: storageAfter((store) => store.save({ performance: true })) } } };

/**
 * Without the theme (no styles.css): plain markup that still works. The dialog is a native modal
 * over the page, and each switch a checkbox that shows its state by itself.
 */
export const Unstyled: Story = {
  parameters: { theme: false, consent: { storage: storageAfter((store) => store.save({ performance: true })) } },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Cookie preferences' });
    const performance = within(dialog).getByRole('switch', { name: 'Analytics' });
    await expect(performance).toBeChecked();
    await expect(performance).toHaveAttribute('type', 'checkbox');
    await userEvent.click(within(dialog).getByRole('switch', { name: 'Advertising' }));
    await expect(within(dialog).getByRole('switch', { name: 'Advertising' })).toBeChecked();
  },
};

/** Global Privacy Control on: advertising stays off after "Accept all", and the dialog says why. */
export const GlobalPrivacyControl: Story = {
  parameters: { consent: { gpc: true, storage: storageAfter((store) => store.acceptAll()) } },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Cookie preferences' });
    await expect(within(dialog).getByRole('switch', { name: 'Advertising' })).not.toBeChecked();
    await expect(dialog).toHaveTextContent('Off because your browser sends a Global Privacy Control signal.');
  },
};

/** Under opt-out (a visitor from California with GPC): the opt-out wording, and the signal honored. */
export const OptOut: Story = {
  parameters: { consent: { jurisdiction: 'US-CA', gpc: true } },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Your privacy choices' });
    await expect(dialog).toHaveTextContent('Opt-out request honored');
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).toBeChecked();
    await expect(within(dialog).getByRole('switch', { name: 'Advertising' })).not.toBeChecked();
  },
};

/** Turning a category on and saving. */
export const SaveAChoice: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('dialog', { name: 'Cookie preferences' });
    await userEvent.click(within(dialog).getByRole('switch', { name: 'Analytics' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
    await expect(page.queryByRole('dialog')).toBeNull();
  },
};

/** In French. */
export const French: Story = { parameters: { consent: { locale: 'fr' } } };

/** The dark theme, set on a wrapper around the dialog: it takes the theme of where it sits. */
export const DarkTheme: Story = { decorators: [(Story) => <Themed theme="dark"><Story /></Themed>] };

/** Following the visitor's system, where the site opts in. */
export const FollowTheSystem: Story = { decorators: [(Story) => <Themed theme="system"><Story /></Themed>] };

/** At 320 px wide. */
export const Narrow320: Story = { ...narrowViewport };
