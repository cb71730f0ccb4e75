import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** English: built in, and what any language the site does not ship falls back to. */
const en = {
  code: 'en',
  texts: {
    banner: {
      label: 'Cookie consent',
      title: 'We use cookies',
      description:
        'Some cookies keep the site working. With your permission we would also use others, to measure how the site is used and to show relevant advertising. You can change your mind at any time.',
      policyChanged: 'Our cookie policy has changed since you last chose. Please tell us again what you allow.',
      policyLink: 'Read our cookie policy',
      acceptAll: 'Accept all',
      rejectAll: 'Reject all',
      customize: 'Customize',
      continueWithoutAccepting: 'Continue without accepting',
      acrossDevices: 'While you are signed in, your choice also applies on your other devices, and changing or withdrawing it on one changes it on all.',
    },
    status: {
      acceptedAll: 'All cookies accepted.',
      rejectedAll: 'Optional cookies rejected.',
      saved: 'Your cookie preferences are saved.',
    },
    settings: {
      open: 'Cookie settings',
    },
    gate: {
      message: 'This content is shown only with your consent to “{category}”, since it sets cookies of that category.',
      allow: 'Allow “{category}”',
      service: 'This content comes from {service}, by {company}. It is shown only with your consent to “{category}”, since it may store or read data on your device.',
      settings: 'Cookie settings',
    },
    optOut: {
      title: 'Your privacy choices',
      notice:
        'We and our partners use cookies to measure how the site is used and to show you relevant ads, which some privacy laws count as a sale or sharing of your personal information. You can opt out at any time.',
      link: 'Do Not Sell or Share My Personal Information',
      dismiss: 'Close',
      gpcHonored: 'Opt-out request honored: your browser sends a Global Privacy Control signal, so we do not sell or share your personal information.',
      optedOut: 'You have opted out of the sale or sharing of your personal information.',
    },
    categories: {
      features: {
        title: 'Necessary',
        description: 'Keep the site working and secure, for example to keep you signed in. They cannot be turned off.',
      },
      performance: {
        title: 'Analytics',
        description: 'Count visits and show how the site is used, with an identifier for each browser, so that we can improve it.',
      },
      advertising: {
        title: 'Advertising',
        description: 'Recognise your browser across sites to choose and measure the ads you see; this information is shared with advertising partners.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./en-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default en;
