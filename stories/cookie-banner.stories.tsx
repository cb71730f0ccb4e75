import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AccountNotice, CookieBanner, PreferencesDialog, defineConsentConfig, useConsentManager, useConsentTexts } from '@weroom/cookie-consent';
import { StoryPage, StoryProvider, Themed, narrowViewport, storageAfter, storyConfig, type StoryConsent } from './story-helpers';

const meta = {
  title: 'Components/CookieBanner',
  component: CookieBanner,
  args: { policyHref: '#policy' },
  decorators: [
    (Story, { parameters }) => {
      // A themed story themes the whole page around the banner, as a site does.
      const themed = parameters.themed as Parameters<typeof Themed>[0] | undefined;
      const page = (
        <>
          <StoryPage />
          <Story />
          <PreferencesDialog />
        </>
      );
      return <StoryProvider {...((parameters.consent as StoryConsent | undefined) ?? {})}>{themed ? <Themed {...themed}>{page}</Themed> : page}</StoryProvider>;
    },
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

/** "Accept all": the banner goes, and the choice is announced. */
export const AcceptAll: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
    await expect(page.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    await expect(page.getByRole('status')).toHaveTextContent('All cookies accepted.');
  },
};

/** "Customize" opens the preferences, with every optional category off. */
export const Customize: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    await userEvent.click(page.getByRole('button', { name: 'Customize' }));
    const dialog = await page.findByRole('dialog', { name: 'Cookie preferences' });
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
  },
};

/** The same banner in French. */
export const French: Story = { parameters: { consent: { locale: 'fr' } } };

/** A returning visitor after the policy's revision changed: asked again, and told why. */
export const PolicyChanged: Story = {
  parameters: {
    consent: { storage: storageAfter((store) => store.acceptAll(), defineConsentConfig({ ...storyConfig, revision: 0 })) },
  },
};

/** The light theme: the default, whatever the visitor's system, unless the site says otherwise. */
export const LightTheme: Story = { parameters: { themed: { theme: 'light' } } };

/** Following the visitor's system, where the site opts in with `data-theme="system"` (or `color-scheme: light dark`). */
export const FollowTheSystem: Story = { parameters: { themed: { theme: 'system' } } };

/** The dark theme, forced with `data-theme="dark"`. */
export const DarkTheme: Story = { parameters: { themed: { theme: 'dark' } } };

/** A theme of the site's own, through the `--consent-*` custom properties only. */
export const CustomTheme: Story = {
  parameters: {
    themed: {
      style: {
        '--consent-background': '#fff7ed',
        '--consent-foreground': '#431407',
        '--consent-muted': '#7c2d12',
        '--consent-border': '#fdba74',
        '--consent-button-background': '#9a3412',
        '--consent-button-foreground': '#ffffff',
        '--consent-button-hover': '#7c2d12',
        '--consent-link': '#9a3412',
        '--consent-radius': '0',
        '--consent-button-radius': '999px',
        '--consent-font': 'Georgia, serif',
      } as React.CSSProperties,
    },
  },
  args: { layout: 'box' },
};

/**
 * A right-to-left page around a banner in English: the banner keeps its language's direction
 * (`dir="ltr"`); the banner in Arabic (Languages/CookieBanner) is the one that mirrors.
 */
export const RightToLeft: Story = { parameters: { themed: { dir: 'rtl' } }, args: { layout: 'box' } };

/** At 320 px wide the banner reflows and leaves most of the screen visible. */
export const Narrow320: Story = { ...narrowViewport };

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

/** A visitor from California (opt-out): a notice instead of the banner, with the opt-out control. */
export const OptOutNotice: Story = {
  parameters: { consent: { jurisdiction: 'US-CA' } },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const notice = page.getByRole('region', { name: 'Your privacy choices' });
    await expect(within(notice).queryByRole('button', { name: 'Accept all' })).toBeNull();
    await userEvent.click(within(notice).getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }));
    const dialog = await page.findByRole('dialog', { name: 'Your privacy choices' });
    await expect(within(dialog).getByRole('button', { name: 'Opt out of the sale or sharing of my personal information' })).toBeVisible();
  },
};

/** The same visitor whose browser sends Global Privacy Control: the opt-out is honored, and said. */
export const OptOutNoticeWithGpc: Story = {
  parameters: { consent: { jurisdiction: 'US-CA', gpc: true } },
  play: async ({ canvasElement }) => {
    const notice = within(canvasElement.ownerDocument.body).getByRole('region', { name: 'Your privacy choices' });
    await expect(notice).toHaveTextContent('Opt-out request honored');
  },
};

/** The opt-out notice at 320 px. */
export const OptOutNoticeNarrow: Story = { ...narrowViewport, parameters: { ...narrowViewport.parameters, consent: { jurisdiction: 'US-CA', gpc: true } } };

/** A visitor from a place where no consent is asked (`none`): no banner at all. */
export const NoneRegime: Story = {
  parameters: { consent: { jurisdiction: 'JP' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement.ownerDocument.body).queryByRole('region')).toBeNull();
  },
};

/** A signed-in person on a site whose choices follow the account: the first layer says so (REC-6). */
export const SignedInAcrossDevices: Story = {
  parameters: { consent: { accountConsent: null } },
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement.ownerDocument.body).getByRole('region', { name: 'Cookie consent' });
    await expect(banner).toHaveTextContent('your choice also applies on your other devices');
  },
};

/** The same person on another device: their choice came from the account, no banner, a short notice. */
export const ChoiceFromAccount: Story = {
  parameters: {
    consent: {
      accountConsent: {
        status: 'decided',
        choices: { features: true, performance: true, advertising: false },
        decidedAt: Math.floor(Date.now() / 1000) * 1000 - 60_000,
        revision: '1',
        consentId: 'storyAccount0001',
        method: 'custom',
      },
    },
  },
  render: (args) => (
    <>
      <CookieBanner {...args} />
      <AccountNotice />
    </>
  ),
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    await expect(await page.findByRole('region', { name: /comes from your account/ })).toBeVisible();
    await expect(page.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
  },
};
