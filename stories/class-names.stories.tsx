import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CookieBanner, PreferencesDialog } from '@weroom/cookie-consent';
import { StoryPage, StoryProvider } from './story-helpers';

// What a utility-class framework (Tailwind) compiles these class names to: the story brings them,
// as a site would, and leaves the library's theme out. Nothing here targets the library's markup.
const UTILITIES = `
.fixed { position: fixed } .inset-x-4 { inset-inline: 1rem } .bottom-4 { inset-block-end: 1rem }
.z-50 { z-index: 50 } .grid { display: grid } .flex { display: flex } .flex-wrap { flex-wrap: wrap }
.gap-2 { gap: 0.5rem } .gap-4 { gap: 1rem } .p-4 { padding: 1rem } .p-6 { padding: 1.5rem } .px-4 { padding-inline: 1rem }
.py-2 { padding-block: 0.5rem } .m-0 { margin: 0 } .rounded-xl { border-radius: 0.75rem } .rounded-lg { border-radius: 0.5rem }
.border { border: 1px solid #d4d4d8 } .border-b { border-block-end: 1px solid #e4e4e7 } .border-0 { border: 0 }
.bg-white { background: #fff } .bg-zinc-900 { background: #18181b } .text-white { color: #fff } .text-zinc-900 { color: #18181b }
.text-zinc-600 { color: #52525b } .text-sm { font-size: 0.875rem } .text-lg { font-size: 1.125rem } .font-semibold { font-weight: 600 }
.shadow-xl { box-shadow: 0 20px 25px -5px rgb(0 0 0 / 0.2) } .max-w-xl { max-inline-size: 36rem } .font-sans { font-family: system-ui, sans-serif }
.w-full { inline-size: 100% } .text-left { text-align: start } .accent-zinc-900 { accent-color: #18181b } .w-5 { inline-size: 1.25rem } .h-5 { block-size: 1.25rem }
`;

const meta = {
  title: 'Styling/ClassNames',
  component: CookieBanner,
  parameters: { theme: false },
  decorators: [
    (Story) => (
      <StoryProvider>
        <StoryPage />
        <style>{UTILITIES}</style>
        <Story />
        <PreferencesDialog
          className="rounded-xl border-0 bg-white p-6 shadow-xl max-w-xl font-sans text-zinc-900"
          classNames={{
            header: 'flex gap-4 border-b',
            title: 'text-lg font-semibold m-0',
            category: 'border-b py-2',
            switch: 'accent-zinc-900 w-5 h-5',
            categoryDescription: 'text-sm text-zinc-600',
            table: 'w-full text-sm text-left',
            actions: 'flex flex-wrap gap-2 py-2',
            button: 'rounded-lg bg-zinc-900 text-white px-4 py-2 font-semibold border-0',
          }}
        />
      </StoryProvider>
    ),
  ],
} satisfies Meta<typeof CookieBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The banner and the dialog styled with utility classes alone, without the library's theme. */
export const UtilityClasses: Story = {
  args: {
    className: 'fixed inset-x-4 bottom-4 z-50 grid gap-4 rounded-xl border bg-white p-4 shadow-xl font-sans text-zinc-900',
    classNames: {
      title: 'text-lg font-semibold m-0',
      description: 'text-sm text-zinc-600 m-0',
      actions: 'flex flex-wrap gap-2',
      button: 'rounded-lg bg-zinc-900 text-white px-4 py-2 font-semibold border-0',
    },
  },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const banner = page.getByRole('region', { name: 'Cookie consent' });
    await expect(within(banner).getByRole('button', { name: 'Reject all' })).toHaveClass('rounded-lg', 'bg-zinc-900');
    await userEvent.click(within(banner).getByRole('button', { name: 'Customize' }));
    const dialog = await page.findByRole('dialog', { name: 'Cookie preferences' });
    await expect(dialog).toHaveClass('rounded-xl');
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).toHaveClass('accent-zinc-900');
  },
};
