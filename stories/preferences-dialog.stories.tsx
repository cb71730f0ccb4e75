import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';
import { CookieSettingsButton, PreferencesDialog, useConsentManager } from '@weroom/cookie-consent';
import { StoryPage, StoryProvider, storageAfter } from './story-helpers';

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
      <StoryProvider {...(parameters.consent ?? {})}>
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

/** Before any choice: every optional category off. */
export const FirstVisit: Story = {};

/** Reopened after "Accept all": everything on, ready to withdraw. */
export const AfterAcceptAll: Story = { parameters: { consent: { storage: storageAfter((store) => store.acceptAll()) } } };

/** In French. */
export const French: Story = { parameters: { consent: { locale: 'fr' } } };
