import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** English: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Cookie preferences',
    description: 'Choose which cookies we may use. Optional cookies stay off until you turn them on.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    save: 'Save preferences',
    close: 'Close',
    alwaysActive: 'Always active',
    heldByGpc: 'Off because your browser sends a Global Privacy Control signal. You can still turn it on here.',
    optOut: 'Opt out of the sale or sharing of my personal information',
    optOutDescription: 'Some cookies run until you opt out. Turn a category off to stop it, or opt out of the sale or sharing of your personal information in one step.',
    defaultCategoryDescription: 'Optional cookies used for this purpose. They stay off until you turn them on.',
  },
  cookies: {
    caption: 'Cookies: {category}',
    name: 'Cookie',
    provider: 'Set by',
    purpose: 'Purpose',
    duration: 'Duration',
    none: 'No cookies are declared for this category.',
    session: 'Until the browser closes',
    services: 'Services: {category}',
    privacyPolicy: 'Privacy policy of {service}',
  },
  policy: {
    whatTitle: 'What is a cookie?',
    what: 'A cookie is a small piece of text that a website stores in your browser so that it can recognise your browser later. It usually holds the name of the site that set it, how long it lasts, and a value, often a random number. Similar technologies, such as web beacons and tags, work the same way and follow the same choices.',
    useTitle: 'How we use cookies',
    use: 'Our cookies fall into the categories below. Cookies the site needs are always on; the others stay off until you allow them.',
    manageTitle: 'How to manage your cookies',
    manage: 'You can change your choice at any time, here or with the "Cookie settings" link on every page. Your browser can also block or delete cookies: its help pages explain how. Blocking advertising cookies does not remove adverts; they are only less relevant to you.',
    changesTitle: 'Changes to this policy',
    changes: 'When we change how we use cookies, we ask for your choice again on your next visit. This is version {revision} of the policy.',
    choiceTitle: 'Your choice',
    choiceUndecided: 'You have not chosen yet. Only the cookies the site needs are in use.',
    choiceDecided: 'You chose on {date}.',
    granted: 'Allowed',
    denied: 'Not allowed',
    change: 'Change your cookie settings',
    history: 'See the record of your choices that this site keeps',
  },
  account: {
    notice: 'Your cookie choice comes from your account: you made it on another device.',
  },
  purposes: {
    gaClientId: 'Tells visitors apart, with a random identifier.',
    gaSessionState: 'Keeps the state of a visit.',
    gaDailyId: 'Tells visitors apart for a day.',
    gaThrottle: 'Limits how often data is sent.',
    gclConversion: 'Links a click on an ad to a later visit, to measure conversions.',
    adBrowserId: 'Tells browsers apart, to measure advertising and choose the ads shown.',
    adClickId: 'Keeps the ad click that brought you here, to measure conversions.',
    analyticsUserId: 'Tells visitors apart, to measure how the site is used.',
    analyticsSession: 'Links the pages of one visit.',
  },
};

export default more;
