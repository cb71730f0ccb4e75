import { keysOf, type BuiltInTexts } from './texts.js';

/** The policy page's texts, loaded with `<CookiePolicy />` only. */
export const policyTexts: BuiltInTexts<'policy'> = {
  en: {
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
  },
  fr: {
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
  },
};

export const POLICY_TEXT_KEYS = /* @__PURE__ */ keysOf(policyTexts.en!);
