import { keysOf, type BuiltInTexts } from './texts.js';

/** The preferences dialog's texts and its cookie tables', loaded with the dialog or the policy page. */
export const preferencesTexts: BuiltInTexts<'preferences' | 'cookies'> = {
  en: {
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
  },
  fr: {
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
  },
};

export const PREFERENCES_TEXT_KEYS = /* @__PURE__ */ keysOf(preferencesTexts.en!);
