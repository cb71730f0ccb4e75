import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ConsentGate, PreferencesDialog } from '@weroom/cookie-consent';
import { StoryProvider, storageAfter, type StoryConsent } from './story-helpers';

const meta = {
  title: 'Components/ConsentGate',
  component: ConsentGate,
  args: {
    category: 'advertising',
    children: <div style={{ height: 240, display: 'grid', placeItems: 'center', background: '#dbeafe', borderRadius: 12 }}>The embedded map</div>,
  },
  decorators: [
    (Story, { parameters }) => (
      <StoryProvider {...((parameters.consent as StoryConsent | undefined) ?? {})}>
        <main style={{ maxWidth: '40rem', padding: '2rem', fontFamily: 'system-ui, sans-serif' }}>
          <h1>Where Weroom is</h1>
          <Story />
        </main>
        <PreferencesDialog />
      </StoryProvider>
    ),
  ],
} satisfies Meta<typeof ConsentGate>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Not granted: the placeholder names the category and offers to allow it alone. */
export const Placeholder: Story = {};

/** "Allow" grants that category alone and shows the content. */
export const Allow: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await userEvent.click(page.getByRole('button', { name: 'Allow “Advertising”' }));
    await expect(page.getByText('The embedded map')).toBeInTheDocument();
  },
};

/** Granted: the content itself. */
export const Granted: Story = { parameters: { consent: { storage: storageAfter((store) => store.acceptAll()) } } };

/** In French. */
export const French: Story = { parameters: { consent: { locale: 'fr' } } };
