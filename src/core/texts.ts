/** Texts of one category: its title and the purpose shown before anyone chooses (EU-9). */
export type CategoryTexts = {
  title: string;
  description: string;
};

/**
 * Every interface text, for one locale. Texts are plain text: markup shows as characters. A link
 * is written `[label](https://example.com/page)`; only http(s), relative and mailto addresses
 * become links. `{name}` is filled in where a text says so.
 */
export type ConsentTexts = {
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
  };
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
    /** `{category}`: as above. */
    allow: string;
    settings: string;
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
  };
  categories: Record<string, CategoryTexts>;
};

type TextSection = Exclude<keyof ConsentTexts, 'categories'>;

/** Overrides for one locale: any text may be left out and keeps its default. */
export type ConsentTextsOverride<C extends string = string> = { [S in TextSection]?: Partial<ConsentTexts[S]> } & {
  categories?: { [K in C]?: Partial<CategoryTexts> };
};

/** The texts of the first layer, which every page needs: the banner, its announcements, the gate. */
export type FirstLayerTexts = Pick<ConsentTexts, 'banner' | 'status' | 'settings' | 'gate' | 'categories'>;

/** Built-in texts of some sections, by language. */
export type BuiltInTexts<S extends TextSection> = Readonly<Record<string, Pick<ConsentTexts, S>>>;

// The first layer's texts are here; the dialog's (texts-preferences.ts) and the policy page's
// (texts-policy.ts) load with those components, so a first visit carries only what it shows.
const firstLayer: BuiltInTexts<'banner' | 'status' | 'settings' | 'gate'> = {
  en: {
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
      settings: 'Cookie settings',
    },
  },
  fr: {
    banner: {
      label: 'Consentement aux cookies',
      title: 'Nous utilisons des cookies',
      description:
        'Certains cookies font fonctionner le site. Avec votre accord, nous en utiliserions d’autres pour mesurer l’usage du site et vous montrer des publicités pertinentes. Vous pouvez changer d’avis à tout moment.',
      policyChanged: 'Notre politique de cookies a changé depuis votre dernier choix. Merci de nous redire ce que vous acceptez.',
      policyLink: 'Lire notre politique de cookies',
      acceptAll: 'Tout accepter',
      rejectAll: 'Tout refuser',
      customize: 'Personnaliser',
      continueWithoutAccepting: 'Continuer sans accepter',
    },
    status: {
      acceptedAll: 'Tous les cookies sont acceptés.',
      rejectedAll: 'Les cookies facultatifs sont refusés.',
      saved: 'Vos préférences de cookies sont enregistrées.',
    },
    settings: {
      open: 'Paramètres des cookies',
    },
    gate: {
      message: 'Ce contenu ne s’affiche qu’avec votre accord pour « {category} », car il dépose des cookies de cette catégorie.',
      allow: 'Autoriser « {category} »',
      settings: 'Paramètres des cookies',
    },
  },
};

const categoryTexts: Readonly<Record<string, Record<string, CategoryTexts>>> = {
  en: {
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
  fr: {
      features: {
        title: 'Fonctionnalités',
        description: 'Nécessaires au fonctionnement du site, par exemple pour rester connecté. Ils ne peuvent pas être désactivés.',
      },
      performance: {
        title: 'Performance',
        description: 'Mesurent l’usage du site, par des statistiques anonymes, afin de l’améliorer.',
      },
      advertising: {
        title: 'Ciblage et publicité',
        description: 'Retiennent les sites que vous visitez pour vous montrer des publicités pertinentes, partagées avec des partenaires publicitaires.',
      },
  },
};

/** The keys of each first-layer section, for checking overrides. */
export const TEXT_KEYS = /* @__PURE__ */ keysOf(firstLayer.en!);

/** The keys of each section of a set of built-in texts. */
export function keysOf(texts: object): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(texts).map(([section, entries]) => [section, Object.keys(entries as object)]));
}

/** The language part of a locale: `fr-CA` → `fr`. */
export function languageOf(locale: string): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
}

/** A readable default title for a category id the built-in texts do not know: `social-media` → `Social media`. */
function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The config's overrides for `locale`, or for its language. */
function overridesFor(overrides: Readonly<Record<string, ConsentTextsOverride | undefined>>, locale: string): ConsentTextsOverride {
  return overrides[locale] ?? overrides[languageOf(locale)] ?? {};
}

/**
 * The sections of `builtIns` in `locale`: the config's overrides for that locale (or its
 * language) laid over the built-in texts of that language, or English when there are none.
 * Anything in an override that is not a string keeps the default.
 */
export function resolveSections<S extends TextSection>(
  builtIns: BuiltInTexts<S>,
  overrides: Readonly<Record<string, ConsentTextsOverride | undefined>>,
  locale: string,
): Pick<ConsentTexts, S> {
  const base = (builtIns[languageOf(locale)] ?? builtIns.en)!;
  const own = overridesFor(overrides, locale) as Record<string, Record<string, unknown> | undefined>;
  const result = {} as Record<string, Record<string, string>>;
  for (const [section, defaults] of Object.entries(base) as [string, Record<string, string>][]) {
    const merged = { ...defaults };
    for (const key of Object.keys(defaults)) {
      const value = own[section]?.[key];
      if (typeof value === 'string') merged[key] = value;
    }
    result[section] = merged;
  }
  return result as Pick<ConsentTexts, S>;
}

/** The first layer's texts in `locale`, with the config's overrides. */
export function resolveTexts(
  categoryIds: readonly string[],
  overrides: Readonly<Record<string, ConsentTextsOverride | undefined>>,
  locale: string,
): FirstLayerTexts {
  const own = overridesFor(overrides, locale);
  const builtIn = categoryTexts[languageOf(locale)] ?? categoryTexts.en!;
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
  return { ...resolveSections(firstLayer, overrides, locale), categories };
}

/** `text` with each `{name}` replaced by `values[name]`; unknown names stay as they are. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A text given once or per locale, in `locale` (then its language, then English, then any). */
export function localize(text: string | Readonly<Record<string, string>>, locale: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text[languageOf(locale)] ?? text.en ?? Object.values(text)[0] ?? '';
}
