import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** French, in the register of French public sites ("vous"). Glossary: glossary/fr.md. */
const fr = {
  code: 'fr',
  texts: {
    banner: {
      label: 'Consentement aux cookies',
      title: 'Nous utilisons des cookies',
      description:
        'Certains cookies font fonctionner le site. Avec votre accord, nous en utiliserions d’autres pour mesurer l’usage du site et vous montrer des publicités pertinentes. Vous pouvez changer d’avis à tout moment.',
      policyChanged: 'Notre politique de cookies a changé depuis votre dernier choix. Veuillez nous indiquer à nouveau ce que vous acceptez.',
      policyLink: 'Lire notre politique de cookies',
      acceptAll: 'Tout accepter',
      rejectAll: 'Tout refuser',
      customize: 'Personnaliser',
      continueWithoutAccepting: 'Continuer sans accepter',
      acrossDevices: 'Tant que votre session est ouverte, votre choix s’applique aussi à vos autres appareils, et toute modification ou tout retrait sur l’un d’eux vaut pour tous.',
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
      message: 'Ce contenu ne s’affiche qu’avec votre accord pour « {category} », car il dépose des cookies de cette catégorie.',
      allow: 'Autoriser « {category} »',
      service: 'Ce contenu provient du service {service}, proposé par {company}. Il ne s’affiche qu’avec votre accord pour « {category} », car il peut enregistrer ou lire des données sur votre appareil.',
      settings: 'Paramètres des cookies',
    },
    optOut: {
      title: 'Vos choix de confidentialité',
      notice:
        'Nos partenaires et nous utilisons des cookies pour mesurer l’usage du site et vous montrer des publicités pertinentes, ce que certaines lois sur la vie privée considèrent comme une vente ou un partage de vos données personnelles. Vous pouvez vous y opposer à tout moment.',
      link: 'Ne pas vendre ni partager mes données personnelles',
      dismiss: 'Fermer',
      gpcHonored: 'Demande d’opposition respectée : votre navigateur envoie un signal Global Privacy Control, donc nous ne vendons ni ne partageons vos données personnelles.',
      optedOut: 'Votre opposition à la vente ou au partage de vos données personnelles est enregistrée.',
    },
    categories: {
      features: {
        title: 'Strictement nécessaires',
        description: 'Assurent le fonctionnement et la sécurité du site, par exemple pour maintenir votre connexion. Ils ne peuvent pas être désactivés.',
      },
      performance: {
        title: 'Mesure d’audience',
        description: 'Comptent les visites et montrent comment le site est utilisé, avec un identifiant propre à chaque navigateur, afin de l’améliorer.',
      },
      advertising: {
        title: 'Publicité',
        description: 'Reconnaissent votre navigateur d’un site à l’autre pour choisir les publicités que vous voyez et en mesurer les résultats ; ces informations sont partagées avec des partenaires publicitaires.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./fr-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default fr;
