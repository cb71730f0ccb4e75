import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** French: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Préférences de cookies',
    description: 'Choisissez les cookies que nous pouvons utiliser. Les cookies facultatifs restent désactivés tant que vous ne les activez pas.',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    save: 'Enregistrer mes choix',
    close: 'Fermer',
    alwaysActive: 'Toujours actifs',
    heldByGpc: 'Désactivés car votre navigateur envoie un signal Global Privacy Control. Vous pouvez tout de même les activer ici.',
    optOut: 'M’opposer à la vente ou au partage de mes données personnelles',
    optOutDescription: 'Certains cookies fonctionnent tant que vous ne vous y opposez pas. Désactivez une catégorie pour l’arrêter, ou opposez-vous en une fois à la vente ou au partage de vos données personnelles.',
    defaultCategoryDescription: 'Cookies facultatifs utilisés à cette fin. Ils restent désactivés tant que vous ne les activez pas.',
  },
  cookies: {
    caption: 'Cookies : {category}',
    name: 'Cookie',
    provider: 'Déposé par',
    purpose: 'Finalité',
    duration: 'Durée',
    none: 'Aucun cookie n’est déclaré pour cette catégorie.',
    session: 'Jusqu’à la fermeture du navigateur',
    services: 'Services : {category}',
    privacyPolicy: 'Politique de confidentialité du service {service}',
  },
  policy: {
    whatTitle: 'Qu’est-ce qu’un cookie ?',
    what: 'Un cookie est un petit texte qu’un site enregistre dans votre navigateur pour le reconnaître plus tard. Il contient en général le nom du site qui l’a déposé, sa durée de vie et une valeur, souvent un nombre aléatoire. Des technologies semblables, comme les pixels invisibles et les balises, fonctionnent de la même façon et respectent les mêmes choix.',
    useTitle: 'Comment nous utilisons les cookies',
    use: 'Nos cookies se répartissent dans les catégories ci-dessous. Ceux dont le site a besoin sont toujours actifs ; les autres restent désactivés tant que vous ne les acceptez pas.',
    manageTitle: 'Comment gérer vos cookies',
    manage: 'Vous pouvez changer votre choix à tout moment, ici ou avec le lien « Paramètres des cookies » présent sur chaque page. Votre navigateur peut aussi bloquer ou supprimer les cookies : ses pages d’aide expliquent comment. Bloquer les cookies publicitaires ne supprime pas les publicités ; elles sont seulement moins pertinentes pour vous.',
    changesTitle: 'Modifications de cette politique',
    changes: 'Lorsque nous modifions notre usage des cookies, nous vous redemandons votre choix lors de votre visite suivante. Il s’agit de la version {revision} de la politique.',
    choiceTitle: 'Votre choix',
    choiceUndecided: 'Vous n’avez pas encore choisi. Seuls les cookies nécessaires au site sont utilisés.',
    choiceDecided: 'Vous avez choisi le {date}.',
    granted: 'Acceptés',
    denied: 'Refusés',
    change: 'Modifier les paramètres des cookies',
    history: 'Consulter l’historique de vos choix conservé par ce site',
  },
  account: {
    notice: 'Votre choix concernant les cookies provient de votre compte : vous l’avez fait sur un autre appareil.',
  },
  purposes: {
    gaClientId: 'Distingue les visiteurs au moyen d’un identifiant aléatoire.',
    gaSessionState: 'Conserve l’état d’une visite.',
    gaDailyId: 'Distingue les visiteurs pendant une journée.',
    gaThrottle: 'Limite la fréquence des envois de données.',
    gclConversion: 'Relie un clic sur une annonce à une visite ultérieure, pour mesurer les conversions.',
    adBrowserId: 'Distingue les navigateurs, pour mesurer l’efficacité des publicités et choisir les annonces affichées.',
    adClickId: 'Conserve le clic sur une annonce à l’origine de votre visite, pour mesurer les conversions.',
    analyticsUserId: 'Distingue les visiteurs, pour mesurer l’usage du site.',
    analyticsSession: 'Relie les pages d’une même visite.',
  },
};

export default more;
