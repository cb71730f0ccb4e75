import type { Meta, StoryObj } from '@storybook/react-vite';
import { CookiePolicy, PreferencesDialog } from '@weroom/cookie-consent';
import { StoryProvider, storageAfter, type StoryConsent } from './story-helpers';

const meta = {
  title: 'Components/CookiePolicy',
  component: CookiePolicy,
  decorators: [
    (Story, { parameters }) => (
      <StoryProvider {...((parameters.consent as StoryConsent | undefined) ?? {})}>
        <main style={{ maxWidth: '46rem', padding: '2rem', fontFamily: 'system-ui, sans-serif' }}>
          <h1>The use of cookies</h1>
          <Story />
        </main>
        <PreferencesDialog />
      </StoryProvider>
    ),
  ],
} satisfies Meta<typeof CookiePolicy>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BeforeAnyChoice: Story = {};

export const AfterAChoice: Story = { parameters: { consent: { storage: storageAfter((store) => store.save({ performance: true })) } } };

export const French: Story = { parameters: { consent: { locale: 'fr' } } };
