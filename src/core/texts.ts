/** Texts of one category: its title and the purpose shown before anyone chooses (EU-9). */
export type CategoryTexts = {
  title: string;
  description: string;
};

/** Every interface text, for one locale. */
export type ConsentTexts = {
  banner: {
    /** Accessible name of the banner's region landmark. */
    label: string;
    title: string;
    description: string;
    /** Shown instead of `description` when a stored choice is asked again after a policy change. */
    policyChanged: string;
    policyLink: string;
    acceptAll: string;
    rejectAll: string;
    customize: string;
    continueWithoutAccepting: string;
  };
  preferences: {
    title: string;
    description: string;
    acceptAll: string;
    rejectAll: string;
    save: string;
    close: string;
    alwaysActive: string;
    heldByGpc: string;
    cookieName: string;
    cookieProvider: string;
    cookiePurpose: string;
    cookieDuration: string;
  };
  status: {
    acceptedAll: string;
    rejectedAll: string;
    saved: string;
  };
  categories: Record<string, CategoryTexts>;
};

/** Overrides for one locale: any text may be left out and keeps its default. */
export type ConsentTextsOverride<C extends string = string> = {
  banner?: Partial<ConsentTexts['banner']>;
  preferences?: Partial<ConsentTexts['preferences']>;
  status?: Partial<ConsentTexts['status']>;
  categories?: { [K in C]?: Partial<CategoryTexts> };
};

const en: ConsentTexts = {
  banner: {
    label: 'Cookie consent',
    title: 'We use cookies',
    description:
      'Some cookies are needed for the site to work. With your permission we would also like to use others, to measure how the site is used and to show relevant advertising. You can change your mind at any time.',
    policyChanged:
      'Our cookie policy has changed since you last chose. Please look at it again and tell us what you allow.',
    policyLink: 'Cookie policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    continueWithoutAccepting: 'Continue without accepting',
  },
  preferences: {
    title: 'Cookie preferences',
    description: 'Choose which cookies we may use. Optional cookies stay off until you turn them on.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    save: 'Save preferences',
    close: 'Close',
    alwaysActive: 'Always active',
    heldByGpc: 'Off because your browser sends a Global Privacy Control signal. You can still turn it on here.',
    cookieName: 'Cookie',
    cookieProvider: 'Provider',
    cookiePurpose: 'Purpose',
    cookieDuration: 'Duration',
  },
  status: {
    acceptedAll: 'All cookies accepted.',
    rejectedAll: 'Optional cookies rejected.',
    saved: 'Your cookie preferences are saved.',
  },
  categories: {
    features: {
      title: 'Features',
      description: 'Needed for the site to work, for example to keep you signed in. They cannot be turned off.',
    },
    performance: {
      title: 'Performance',
      description: 'Measure how the site is used, with anonymous statistics, so that we can improve it.',
    },
    advertising: {
      title: 'Targeting and advertising',
      description: 'Remember the sites you visit to show you relevant advertising, shared with advertising partners.',
    },
  },
};

/** Built-in texts by language. French joins with the interface components. */
export const builtInTexts: Readonly<Record<string, ConsentTexts>> = { en };

const genericDescription = 'Optional cookies used for this purpose. They stay off until you turn them on.';

/** A readable default title for a category id the built-in texts do not know: `social-media` → `Social media`. */
function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The texts for `locale`: the config's overrides for that locale (or its language) laid over the
 * built-in texts of that language, or English when there are none.
 */
export function resolveTexts(
  categoryIds: readonly string[],
  overrides: Readonly<Record<string, ConsentTextsOverride | undefined>>,
  locale: string,
): ConsentTexts {
  const language = locale.split('-')[0] ?? locale;
  const base = builtInTexts[locale] ?? builtInTexts[language] ?? en;
  const own = overrides[locale] ?? overrides[language] ?? {};
  const categories: Record<string, CategoryTexts> = {};
  for (const id of categoryIds) {
    const builtIn = base.categories[id] ?? en.categories[id];
    categories[id] = {
      title: own.categories?.[id]?.title ?? builtIn?.title ?? titleFromId(id),
      description: own.categories?.[id]?.description ?? builtIn?.description ?? genericDescription,
    };
  }
  return {
    banner: overlay(base.banner, own.banner),
    preferences: overlay(base.preferences, own.preferences),
    status: overlay(base.status, own.status),
    categories,
  };
}

/** `base` with the strings of `own` laid over it; anything that is not a string keeps the default. */
function overlay<T extends Record<string, string>>(base: T, own: Partial<T> | undefined): T {
  const result: Record<string, string> = { ...base };
  if (own) {
    for (const key of Object.keys(base)) {
      const value: unknown = own[key];
      if (typeof value === 'string') result[key] = value;
    }
  }
  return result as T;
}
