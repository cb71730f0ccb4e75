/** Texts of one category: its title and the purpose shown before anyone chooses (EU-9). */
export type CategoryTexts = {
  title: string;
  description: string;
};

/** The ids of the categories whose title and purpose every language module describes. */
export type BuiltInCategory = 'features' | 'performance' | 'advertising';

/**
 * The texts of the first layer, which every page may show at once: the banner, its announcements,
 * the settings button, the gate's placeholder, and the built-in categories' titles and purposes.
 * Texts are plain text: markup shows as characters. A link is written `[label](https://…)`; only
 * http(s), relative and mailto addresses become links. `{name}` is filled in where a text says so.
 */
export type FirstLayerLocaleTexts = {
  banner: {
    /** Accessible name of the banner's region landmark. */
    label: string;
    title: string;
    description: string;
    /** Replaces `description` when a decision is asked again because the policy changed. */
    policyChanged: string;
    /** Label of the link to the full policy, shown when the banner has a `policyHref`. */
    policyLink: string;
    acceptAll: string;
    rejectAll: string;
    customize: string;
    continueWithoutAccepting: string;
    /** Added to the description where a signed-in person's choice follows them to their other devices (REC-6). */
    acrossDevices: string;
  };
  status: {
    acceptedAll: string;
    rejectedAll: string;
    saved: string;
  };
  settings: {
    /** The label of `<CookieSettingsButton />`. */
    open: string;
  };
  gate: {
    /** `{category}`: the title of the category the content needs. */
    message: string;
    /**
     * The placeholder of a service's embed (a video, a map): `{service}` its name, `{company}` the
     * company behind it, `{category}` as above.
     */
    service: string;
    /** `{category}`: as above. */
    allow: string;
    settings: string;
  };
  /**
   * Where optional cookies run until the person opts out (the `opt-out` regime): the notice shown
   * instead of the banner, the opt-out link, and the Global Privacy Control message.
   */
  optOut: {
    /** The notice's heading and accessible name, and the dialog's title under opt-out. */
    title: string;
    notice: string;
    /** The opt-out link's label (California: Civ. Code § 1798.135(a)). */
    link: string;
    /** Closes the notice. */
    dismiss: string;
    /** Shown while a Global Privacy Control signal is honored as an opt-out (11 CCR § 7025(c)(6)). */
    gpcHonored: string;
    /** Announced after an opt-out. */
    optedOut: string;
  };
  categories: Record<BuiltInCategory, CategoryTexts>;
};

/**
 * The texts of the second layer, loaded with the preferences dialog or the policy page: the
 * dialog, its cookie tables, the policy's sections and the purposes of the library's built-in
 * cookie lists.
 */
export type SecondLayerLocaleTexts = {
  preferences: {
    title: string;
    description: string;
    acceptAll: string;
    rejectAll: string;
    save: string;
    close: string;
    alwaysActive: string;
    /** Under a category that Global Privacy Control holds off. */
    heldByGpc: string;
    /** Under opt-out: the button that refuses the categories sold or shared (those GPC covers). */
    optOut: string;
    /** Under opt-out: the dialog's description. */
    optOutDescription: string;
    /** The purpose of a category no built-in text describes. */
    defaultCategoryDescription: string;
  };
  cookies: {
    /** `{category}`: the category's title. */
    caption: string;
    name: string;
    provider: string;
    purpose: string;
    duration: string;
    none: string;
    /** The duration of a cookie deleted when the browser closes. */
    session: string;
    /** `{category}`: the list of the category's third-party services (its accessible name). */
    services: string;
    /** `{service}`: a link to a service's privacy policy. */
    privacyPolicy: string;
  };
  policy: {
    whatTitle: string;
    what: string;
    useTitle: string;
    use: string;
    manageTitle: string;
    manage: string;
    changesTitle: string;
    /** `{revision}`: the policy's revision. */
    changes: string;
    choiceTitle: string;
    choiceUndecided: string;
    /** `{date}`: when the visitor chose. */
    choiceDecided: string;
    granted: string;
    denied: string;
    change: string;
    /** The link to the person's own consent records, as the site keeps them (REC-5). */
    history: string;
  };
  /** Where a signed-in person's choice follows them across devices (REC-6). */
  account: {
    /** Shown on a device whose choice came from the person's account, made on another device. */
    notice: string;
  };
  /** Purposes of the cookies in the library's built-in lists (`googleAnalyticsCookies`…), by key. */
  purposes: Record<BuiltInPurpose, string>;
};

/** The keys of the built-in cookie purposes. */
export type BuiltInPurpose =
  | 'gaClientId'
  | 'gaSessionState'
  | 'gaDailyId'
  | 'gaThrottle'
  | 'gclConversion'
  | 'adBrowserId'
  | 'adClickId'
  | 'analyticsUserId'
  | 'analyticsSession';

/**
 * One language: a module of its own (`@weroom/cookie-consent/locales/fr`), plain data that a site
 * lists in its config (`locales: [fr]`). Its first layer is there at once, so the first paint is
 * in that language with no extra request; the rest loads with the dialog or the policy page.
 */
export type ConsentLocale = {
  /** The language's code, `fr` or `pt-BR`. */
  readonly code: string;
  /** The writing direction. @default 'ltr' */
  readonly dir?: 'ltr' | 'rtl';
  readonly texts: FirstLayerLocaleTexts;
  /** Loads the second layer's texts. */
  readonly more: () => Promise<SecondLayerLocaleTexts>;
};

/** Every interface text, for one locale. */
export type ConsentTexts = Omit<FirstLayerLocaleTexts, 'categories'> &
  Omit<SecondLayerLocaleTexts, 'purposes'> & { categories: Record<string, CategoryTexts> };

type TextSection = Exclude<keyof ConsentTexts, 'categories'>;

/** Overrides for one locale: any text may be left out and keeps its default. */
export type ConsentTextsOverride<C extends string = string> = { [S in TextSection]?: Partial<ConsentTexts[S]> } & {
  categories?: { [K in C]?: Partial<CategoryTexts> };
};

/** The first layer's texts after resolution: every category of the config has a title. */
export type FirstLayerTexts = Omit<FirstLayerLocaleTexts, 'categories'> & { categories: Record<string, CategoryTexts> };

/** The second layer's texts after resolution, with the first layer's. */
export type AllTexts = FirstLayerTexts & SecondLayerLocaleTexts;

type Overrides = Readonly<Record<string, ConsentTextsOverride | undefined>>;

/** The language part of a locale: `fr-CA` → `fr`. */
export function languageOf(locale: string): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
}

/**
 * The module among `locales` that speaks `locale`: the exact code (`pt-BR`), else the language
 * (`fr-CA` → `fr`); undefined when none does.
 */
export function localeModuleFor(locales: readonly ConsentLocale[], locale: string): ConsentLocale | undefined {
  const wanted = locale.toLowerCase();
  return locales.find((entry) => entry.code.toLowerCase() === wanted) ?? locales.find((entry) => languageOf(entry.code) === languageOf(wanted));
}

/** A readable default title for a category id the built-in texts do not know: `social-media` → `Social media`. */
function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The config's overrides for `locale`, or for its language. */
function overridesFor(overrides: Overrides, locale: string): ConsentTextsOverride {
  return overrides[locale] ?? overrides[languageOf(locale)] ?? {};
}

/**
 * `base`'s sections (all but `categories`) with the config's overrides for `locale` laid over
 * them. Anything in an override that is not a string keeps the default.
 */
export function withOverrides<T extends object>(base: T, overrides: Overrides, locale: string): T {
  const own = overridesFor(overrides, locale) as Record<string, Record<string, unknown> | undefined>;
  const result = {} as Record<string, unknown>;
  for (const [section, defaults] of Object.entries(base) as [string, Record<string, string>][]) {
    if (section === 'categories' || section === 'purposes') {
      result[section] = defaults;
      continue;
    }
    const merged = { ...defaults };
    for (const key of Object.keys(defaults)) {
      const value = own[section]?.[key];
      if (typeof value === 'string') merged[key] = value;
    }
    result[section] = merged;
  }
  return result as T;
}

/** The first layer's texts of `module` (or English's) with the config's overrides for `locale`. */
export function resolveFirstLayer(
  module: FirstLayerLocaleTexts,
  categoryIds: readonly string[],
  overrides: Overrides,
  locale: string,
): FirstLayerTexts {
  const own = overridesFor(overrides, locale);
  const builtIn = module.categories as Record<string, CategoryTexts | undefined>;
  const categories: Record<string, CategoryTexts> = {};
  for (const id of categoryIds) {
    const title = own.categories?.[id]?.title;
    const description = own.categories?.[id]?.description;
    categories[id] = {
      title: typeof title === 'string' ? title : (builtIn[id]?.title ?? titleFromId(id)),
      // Empty when nothing describes it: the dialog and the policy then say it generically.
      description: typeof description === 'string' ? description : (builtIn[id]?.description ?? ''),
    };
  }
  return { ...withOverrides(module, overrides, locale), categories };
}

/**
 * `text` with each `{name}` replaced by `values[name]`; unknown names stay as they are. A value that
 * ends a sentence itself (`Vimeo.com, Inc.`) takes the place of the text's own full stop after it.
 */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return stop && value.endsWith('.') ? value : value + stop;
  });
}

/** A declared cookie's purpose in `locale`: its own text, or the language module's built-in one. */
export function purposeText(
  purpose: string | Readonly<Record<string, string>> | { readonly builtIn: BuiltInPurpose },
  texts: Pick<AllTexts, 'purposes'>,
  locale: string,
): string {
  if (typeof purpose === 'object' && 'builtIn' in purpose) return texts.purposes[(purpose as { builtIn: BuiltInPurpose }).builtIn] ?? '';
  return localize(purpose as string | Readonly<Record<string, string>>, locale);
}

/** A text given once or per locale, in `locale` (then its language, then English, then any). */
export function localize(text: string | Readonly<Record<string, string>>, locale: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text[languageOf(locale)] ?? text.en ?? Object.values(text)[0] ?? '';
}

// The second layers loaded so far, by language module: modules are data, so this is a cache of
// what the module's `more()` returned, shared by every store on the page.
const secondLayers = new WeakMap<ConsentLocale, SecondLayerLocaleTexts>();

/** The second layer of `module` if it has loaded. */
export function loadedSecondLayer(module: ConsentLocale): SecondLayerLocaleTexts | undefined {
  return secondLayers.get(module);
}

/**
 * Loads a language module's second layer (the dialog's and the policy page's texts). The library
 * calls it when those are first wanted; a server that renders the policy page in that language
 * awaits it first.
 */
export function loadLocaleTexts(module: ConsentLocale): Promise<SecondLayerLocaleTexts> {
  const known = secondLayers.get(module);
  if (known) return Promise.resolve(known);
  return module.more().then((texts) => {
    secondLayers.set(module, texts);
    return texts;
  });
}
