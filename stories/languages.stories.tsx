import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CookieBanner, PreferencesDialog, defineConsentConfig, type ConsentLocale } from '@weroom/cookie-consent';
import bg from '@weroom/cookie-consent/locales/bg';
import cs from '@weroom/cookie-consent/locales/cs';
import da from '@weroom/cookie-consent/locales/da';
import de from '@weroom/cookie-consent/locales/de';
import el from '@weroom/cookie-consent/locales/el';
import en from '@weroom/cookie-consent/locales/en';
import es from '@weroom/cookie-consent/locales/es';
import et from '@weroom/cookie-consent/locales/et';
import fi from '@weroom/cookie-consent/locales/fi';
import fr from '@weroom/cookie-consent/locales/fr';
import ga from '@weroom/cookie-consent/locales/ga';
import hr from '@weroom/cookie-consent/locales/hr';
import hu from '@weroom/cookie-consent/locales/hu';
import it from '@weroom/cookie-consent/locales/it';
import lt from '@weroom/cookie-consent/locales/lt';
import lv from '@weroom/cookie-consent/locales/lv';
import mt from '@weroom/cookie-consent/locales/mt';
import nl from '@weroom/cookie-consent/locales/nl';
import pl from '@weroom/cookie-consent/locales/pl';
import pt from '@weroom/cookie-consent/locales/pt';
import ro from '@weroom/cookie-consent/locales/ro';
import sk from '@weroom/cookie-consent/locales/sk';
import sl from '@weroom/cookie-consent/locales/sl';
import sv from '@weroom/cookie-consent/locales/sv';
import isl from '@weroom/cookie-consent/locales/is';
import nb from '@weroom/cookie-consent/locales/nb';
import ar from '@weroom/cookie-consent/locales/ar';
import { StoryPage, StoryProvider, storyConfig } from './story-helpers';

const modules: ConsentLocale[] = [bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv, isl, nb, ar];

/** Weroom's categories, in every language the library ships. */
const everyLanguage = defineConsentConfig({ ...storyConfig, texts: {}, locales: modules.filter((module) => module.code !== 'en') });

const meta = {
  title: 'Languages/CookieBanner',
  component: CookieBanner,
  args: { policyHref: '#policy' },
  decorators: [
    (Story, { parameters }) => (
      <StoryProvider config={everyLanguage} locale={parameters.language as string}>
        <StoryPage />
        <Story />
        <PreferencesDialog />
      </StoryProvider>
    ),
  ],
} satisfies Meta<typeof CookieBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The banner in `code`, which marks its language and direction and names its region in it (I18N-1). */
function inLanguage(code: string): Story {
  const module = modules.find((entry) => entry.code === code)!;
  return {
    parameters: { language: code },
    play: async ({ canvasElement }) => {
      const banner = within(canvasElement.ownerDocument.body).getByRole('region', { name: module.texts.banner.label });
      await expect(banner).toHaveAttribute('lang', code);
      await expect(banner).toHaveAttribute('dir', module.dir ?? 'ltr');
      await expect(within(banner).getByRole('button', { name: module.texts.banner.rejectAll })).toBeTruthy();
    },
  };
}

export const Bulgarian: Story = inLanguage('bg');
export const Czech: Story = inLanguage('cs');
export const Danish: Story = inLanguage('da');
export const German: Story = inLanguage('de');
export const Greek: Story = inLanguage('el');
export const English: Story = inLanguage('en');
export const Spanish: Story = inLanguage('es');
export const Estonian: Story = inLanguage('et');
export const Finnish: Story = inLanguage('fi');
export const French: Story = inLanguage('fr');
export const Irish: Story = inLanguage('ga');
export const Croatian: Story = inLanguage('hr');
export const Hungarian: Story = inLanguage('hu');
export const Italian: Story = inLanguage('it');
export const Lithuanian: Story = inLanguage('lt');
export const Latvian: Story = inLanguage('lv');
export const Maltese: Story = inLanguage('mt');
export const Dutch: Story = inLanguage('nl');
export const Polish: Story = inLanguage('pl');
export const Portuguese: Story = inLanguage('pt');
export const Romanian: Story = inLanguage('ro');
export const Slovak: Story = inLanguage('sk');
export const Slovenian: Story = inLanguage('sl');
export const Swedish: Story = inLanguage('sv');
export const Icelandic: Story = inLanguage('is');
export const NorwegianBokmal: Story = inLanguage('nb');
export const Arabic: Story = inLanguage('ar');
