import type { Meta, StoryObj } from '@storybook/react-vite';
import { CookieBanner, PreferencesDialog, defineConsentConfig, useConsentManager, useConsentTexts } from '@weroom/cookie-consent';
import { StoryPage, StoryProvider, storageAfter, storyConfig } from './story-helpers';

const meta = {
  title: 'Components/CookieBanner',
  component: CookieBanner,
  args: { policyHref: '#policy' },
  decorators: [
    (Story, { parameters }) => (
      <StoryProvider {...(parameters.consent ?? {})}>
        <StoryPage />
        <Story />
        <PreferencesDialog />
      </StoryProvider>
    ),
  ],
} satisfies Meta<typeof CookieBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A first visit: the default bar across the bottom. */
export const Bar: Story = {};

/** A first visit with the corner box. */
export const Box: Story = { args: { layout: 'box' } };

/** A first visit on a site that requires a choice before anything else. */
export const BlockingModal: Story = { args: { layout: 'modal' } };

/** With the optional "Continue without accepting", which records a refusal. */
export const ContinueWithoutAccepting: Story = { args: { continueWithoutAccepting: true } };

/** The same banner in French. */
export const French: Story = { parameters: { consent: { locale: 'fr' } } };

/** A returning visitor after the policy's revision changed: asked again, and told why. */
export const PolicyChanged: Story = {
  parameters: {
    consent: { storage: storageAfter((store) => store.acceptAll(), defineConsentConfig({ ...storyConfig, revision: 0 })) },
  },
};

/** A custom banner on useConsentManager() and useConsentTexts(), without the library's markup or styles. */
function HeadlessBanner() {
  const { state, acceptAll, rejectAll, openPreferences } = useConsentManager();
  const texts = useConsentTexts();
  if (state.status !== 'undecided') return <p style={{ padding: '1rem' }}>Thank you, your choice is saved.</p>;
  return (
    <aside aria-label={texts.banner.label} style={{ position: 'fixed', insetInline: '1rem', bottom: '1rem', padding: '1rem', border: '2px dashed #555', background: '#fffbe6', color: '#222' }}>
      <strong>{texts.banner.title}</strong>
      <p>{texts.banner.description}</p>
      <button type="button" onClick={() => acceptAll({ surface: 'banner' })}>
        {texts.banner.acceptAll}
      </button>{' '}
      <button type="button" onClick={() => rejectAll({ surface: 'banner' })}>
        {texts.banner.rejectAll}
      </button>{' '}
      <button type="button" onClick={openPreferences}>
        {texts.banner.customize}
      </button>
    </aside>
  );
}

export const HeadlessCustomBanner: Story = { render: () => <HeadlessBanner /> };
