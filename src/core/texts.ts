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

const en: ConsentTexts = {
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
  preferences: {
    title: 'Cookie preferences',
    description: 'Choose which cookies we may use. Optional cookies stay off until you turn them on.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    save: 'Save preferences',
    close: 'Close',
    alwaysActive: 'Always active',
    heldByGpc: 'Off because your browser sends a Global Privacy Control signal. You can still turn it on here.',
    defaultCategoryDescription: 'Optional cookies used for this purpose. They stay off until you turn them on.',
  },
  cookies: {
    caption: 'Cookies: {category}',
    name: 'Cookie',
    provider: 'Set by',
    purpose: 'Purpose',
    duration: 'Duration',
    none: 'No cookies are declared for this category.',
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

const fr: ConsentTexts = {
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
  preferences: {
    title: 'Préférences de cookies',
    description: 'Choisissez les cookies que nous pouvons utiliser. Les cookies facultatifs restent désactivés tant que vous ne les activez pas.',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    save: 'Enregistrer mes choix',
    close: 'Fermer',
    alwaysActive: 'Toujours actifs',
    heldByGpc: 'Désactivés car votre navigateur envoie un signal Global Privacy Control. Vous pouvez tout de même les activer ici.',
    defaultCategoryDescription: 'Cookies facultatifs utilisés à cette fin. Ils restent désactivés tant que vous ne les activez pas.',
  },
  cookies: {
    caption: 'Cookies : {category}',
    name: 'Cookie',
    provider: 'Déposé par',
    purpose: 'Finalité',
    duration: 'Durée',
    none: 'Aucun cookie n’est déclaré pour cette catégorie.',
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
  policy: {
    whatTitle: 'Qu’est-ce qu’un cookie ?',
    what: 'Un cookie est un petit texte qu’un site enregistre dans votre navigateur pour le reconnaître plus tard. Il contient en général le nom du site qui l’a déposé, sa durée de vie et une valeur, souvent un nombre aléatoire. Des technologies semblables, comme les balises web et les tags, fonctionnent de la même façon et suivent les mêmes choix.',
    useTitle: 'Comment nous utilisons les cookies',
    use: 'Nos cookies se répartissent dans les catégories ci-dessous. Ceux dont le site a besoin sont toujours actifs ; les autres restent désactivés tant que vous ne les acceptez pas.',
    manageTitle: 'Comment gérer vos cookies',
    manage: 'Vous pouvez changer votre choix à tout moment, ici ou avec le lien « Paramètres des cookies » présent sur chaque page. Votre navigateur peut aussi bloquer ou supprimer les cookies : son aide explique comment. Bloquer les cookies publicitaires ne supprime pas les publicités ; elles sont seulement moins adaptées à vos centres d’intérêt.',
    changesTitle: 'Modifications de cette politique',
    changes: 'Lorsque nous modifions notre usage des cookies, nous vous redemandons votre choix lors de votre visite suivante. Ceci est la version {revision} de la politique.',
    choiceTitle: 'Votre choix',
    choiceUndecided: 'Vous n’avez pas encore choisi. Seuls les cookies nécessaires au site sont utilisés.',
    choiceDecided: 'Vous avez choisi le {date}.',
    granted: 'Acceptés',
    denied: 'Refusés',
    change: 'Modifier vos paramètres de cookies',
  },
  categories: {
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

/** Built-in texts by language. */
export const builtInTexts: Readonly<Record<string, ConsentTexts>> = { en, fr };

/** The sections of texts and the keys each one has, for checking overrides. */
export const TEXT_KEYS: Readonly<Record<TextSection, readonly string[]>> = {
  banner: Object.keys(en.banner),
  preferences: Object.keys(en.preferences),
  cookies: Object.keys(en.cookies),
  status: Object.keys(en.status),
  settings: Object.keys(en.settings),
  gate: Object.keys(en.gate),
  policy: Object.keys(en.policy),
};

/** A readable default title for a category id the built-in texts do not know: `social-media` → `Social media`. */
function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
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

/** The language part of a locale: `fr-CA` → `fr`. */
export function languageOf(locale: string): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
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
  const language = languageOf(locale);
  const base = builtInTexts[language] ?? en;
  const own = overrides[locale] ?? overrides[language] ?? {};
  const preferences = overlay(base.preferences, own.preferences);
  const categories: Record<string, CategoryTexts> = {};
  for (const id of categoryIds) {
    const builtIn = base.categories[id];
    categories[id] = {
      title: own.categories?.[id]?.title ?? builtIn?.title ?? titleFromId(id),
      description: own.categories?.[id]?.description ?? builtIn?.description ?? preferences.defaultCategoryDescription,
    };
  }
  return {
    banner: overlay(base.banner, own.banner),
    preferences,
    cookies: overlay(base.cookies, own.cookies),
    status: overlay(base.status, own.status),
    settings: overlay(base.settings, own.settings),
    gate: overlay(base.gate, own.gate),
    policy: overlay(base.policy, own.policy),
    categories,
  };
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
