// Imported from the server entry, so that the same module also serves code that runs outside
// the browser: here, the build step that writes the Consent Mode head script into index.html.
import { defineConsentConfig, googleAdsCookies, googleAnalyticsCookies } from '@weroom/cookie-consent/server';
import { hotjar, youtube } from '@weroom/cookie-consent/services';
import { REGIME_PRESETS } from '@weroom/cookie-consent/jurisdictions';
import fr from '@weroom/cookie-consent/locales/fr';
import bg from '@weroom/cookie-consent/locales/bg';
import cs from '@weroom/cookie-consent/locales/cs';
import da from '@weroom/cookie-consent/locales/da';
import de from '@weroom/cookie-consent/locales/de';
import el from '@weroom/cookie-consent/locales/el';
import es from '@weroom/cookie-consent/locales/es';
import et from '@weroom/cookie-consent/locales/et';
import fi from '@weroom/cookie-consent/locales/fi';
import ga from '@weroom/cookie-consent/locales/ga';
import hr from '@weroom/cookie-consent/locales/hr';
import hu from '@weroom/cookie-consent/locales/hu';
import it from '@weroom/cookie-consent/locales/it';
import lt from '@weroom/cookie-consent/locales/lt';
import lv from '@weroom/cookie-consent/locales/lv';
import mt from '@weroom/cookie-consent/locales/mt';
import nl from '@weroom/cookie-consent/locales/nl';
import pl from '@weroom/cookie-consent/locales/pl';
import pt from '@weroom/cookie-consent/locales/pt';
import ro from '@weroom/cookie-consent/locales/ro';
import sk from '@weroom/cookie-consent/locales/sk';
import sl from '@weroom/cookie-consent/locales/sl';
import sv from '@weroom/cookie-consent/locales/sv';
import isl from '@weroom/cookie-consent/locales/is';
import nb from '@weroom/cookie-consent/locales/nb';
import ar from '@weroom/cookie-consent/locales/ar';

/** Weroom's cookie policy as a config: the three categories and the cookies each one sets. */
export const weroomConsent = defineConsentConfig({
  revision: 1,
  // Every language the library ships: the demo shows them all. A site lists the ones it speaks.
  locales: [fr, bg, cs, da, de, el, es, et, fi, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv, isl, nb, ar],
  categories: {
    features: {
      required: true,
      cookies: [
        {
          name: 'weroom_session',
          provider: 'Weroom',
          purpose: { en: 'Signs you in automatically when you ticked "Remember me".', fr: 'Vous connecte automatiquement si vous avez coché « Se souvenir de moi ».' },
          duration: { days: 30 },
        },
        {
          name: 'weroom_user',
          provider: 'Weroom',
          purpose: {
            en: 'Keeps you signed in until you close the browser; with it, your cookie choice follows your account to your other devices.',
            fr: 'Vous garde connecté jusqu’à la fermeture du navigateur ; votre choix de cookies suit alors votre compte sur vos autres appareils.',
          },
          duration: { session: true },
        },
      ],
    },
    performance: {
      cookies: googleAnalyticsCookies,
      // Where no consent is asked (Japan, below), analytics runs until the visitor turns it off.
      grantedByDefault: true,
    },
    advertising: {
      cookies: googleAdsCookies,
    },
  },
  // Hotjar watches how the sign-in form is used, with consent to performance; YouTube is listed so
  // that the dialog and the policy name it among the recipients of the video's data.
  services: [hotjar({ siteId: 1234567 }), youtube()],
  consentMode: {},
  // Opt-in in Europe, the UK, Switzerland and Brazil, opt-out in the US states with a privacy law,
  // no banner in Japan; anywhere else, and a visitor whose place is unknown, opt-in.
  jurisdictions: { regimes: { ...REGIME_PRESETS, JP: 'none' } },
  texts: {
    en: {
      banner: {
        description:
          'Weroom uses cookies to offer you a more personal service. Features cookies keep the site working; with your permission we would also use performance cookies (Google Analytics) and advertising cookies (Google).',
      },
      policy: {
        what: 'A cookie is a string of characters that we store on your device, through your browser, so that the website can recognise you. Cookies cannot be used to identify you personally or by name. A cookie usually holds the domain it comes from, how long it lasts and a value, often a randomly generated number. We also use web beacons, tags and similar technologies for the same purposes; they follow the same choices.',
        manage: 'You can change your choice at any time with the button below or the "Cookie settings" link at the bottom of every page. You can also set your browser to refuse cookies without your explicit consent: its help section explains how. These settings do not stop adverts from showing; they are only less relevant to you.',
        changes: 'We may change how we use cookies. When we make important changes, we tell you at your next visit and ask for your choice again. This is version {revision} of our cookie policy.',
      },
      categories: {
        features: {
          title: 'Features cookies',
          description: 'Used by the site for some of its features, to give you the best experience. For example, the weroom_session cookie remembers that you ticked "Remember me", to sign you in automatically. They cannot be turned off.',
        },
        performance: {
          title: 'Performance cookies',
          description: 'Collect anonymous data on how people use the site, merged with other visitors’ data, so that we can improve it. We use Google Analytics to understand how visitors reach the site and what we can improve. They reveal nothing that identifies you.',
        },
        advertising: {
          title: 'Targeting or advertising cookies',
          description: 'Collect information on how you browse to show you advertising that may interest you. They remember the sites you visited and share this with third parties such as advertisers; Google, our partner, shows personalised ads when you visit other sites.',
        },
      },
    },
    fr: {
      banner: {
        description:
          'Weroom utilise des cookies pour vous offrir un service plus personnalisé. Les cookies de fonctionnalités font fonctionner le site ; avec votre accord, nous utiliserions aussi des cookies de performance (Google Analytics) et de publicité (Google).',
      },
      policy: {
        what: 'Un cookie est une chaîne de caractères que nous enregistrons sur votre appareil, par l’intermédiaire de votre navigateur, afin que le site puisse vous reconnaître. Les cookies ne permettent pas de vous identifier personnellement ni par votre nom. Un cookie contient en général le domaine dont il provient, sa durée de vie et une valeur, souvent un nombre généré au hasard. Nous utilisons aussi des balises web, des tags et des technologies semblables aux mêmes fins ; ils suivent les mêmes choix.',
        manage: 'Vous pouvez changer votre choix à tout moment avec le bouton ci-dessous ou le lien « Paramètres des cookies » en bas de chaque page. Vous pouvez aussi régler votre navigateur pour refuser les cookies sans votre accord explicite : sa rubrique d’aide explique comment. Ces réglages n’empêchent pas l’affichage des publicités ; elles sont seulement moins adaptées à vos centres d’intérêt.',
        changes: 'Nous pouvons modifier notre usage des cookies. En cas de changement important, nous vous prévenons lors de votre visite suivante et vous redemandons votre choix. Ceci est la version {revision} de notre politique de cookies.',
      },
      categories: {
        features: {
          title: 'Cookies de fonctionnalités',
          description: 'Utilisés par le site pour certaines fonctionnalités, afin de vous offrir la meilleure navigation. Par exemple, le cookie weroom_session retient que vous avez coché « Se souvenir de moi », pour vous connecter automatiquement. Ils ne peuvent pas être désactivés.',
        },
        performance: {
          title: 'Cookies de performance',
          description: 'Recueillent des données anonymes sur l’usage du site, regroupées avec celles des autres visiteurs, afin de l’améliorer. Nous utilisons Google Analytics pour comprendre comment les visiteurs arrivent sur le site et ce que nous pouvons améliorer. Ils ne révèlent rien qui vous identifie.',
        },
        advertising: {
          title: 'Cookies de ciblage ou publicitaires',
          description: 'Recueillent des informations sur votre navigation pour vous montrer des publicités susceptibles de vous intéresser. Ils retiennent les sites visités et les partagent avec des tiers comme des annonceurs ; Google, notre partenaire, affiche des publicités personnalisées lorsque vous visitez d’autres sites.',
        },
      },
    },
  },
});

declare module '@weroom/cookie-consent' {
  interface Register {
    config: typeof weroomConsent;
  }
}
