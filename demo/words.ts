import type { Locale } from './routes';

/** The demo site's own texts; the consent texts come from the library and the config. */
export const words = {
  en: {
    nav: 'Main',
    home: 'Home',
    signIn: 'Sign in',
    policy: 'Cookie policy',
    language: 'Français',
    heroTitle: 'Find your flatmates',
    heroText: 'Rooms and flatmates that suit you, in cities across Europe.',
    terms: 'By creating an account you agree to the terms and conditions',
    create: 'Create an account',
    member: 'Already a member?',
    connect: 'Connect to Weroom',
    choiceTitle: 'Your cookie choice',
    allowed: 'allowed',
    notAllowed: 'not allowed',
    mapTitle: 'Where Weroom is',
    mapLabel: 'Map of Weroom’s office (Google Maps)',
    signInTitle: 'Connect to Weroom',
    email: 'Email',
    password: 'Password',
    remember: 'Remember me',
    rememberHint: 'Keeps you signed in on this device for 30 days with the weroom_session cookie.',
    submit: 'Sign in',
    signedIn: (email: string, remembered: boolean) =>
      `Signed in as ${email}.${remembered ? ' The weroom_session cookie will sign you in automatically for 30 days.' : ''}`,
    signOut: 'Sign out',
    policyTitle: 'The use of cookies',
    policyIntro:
      'Weroom uses cookies to offer you a more personal online service. Cookies are vital for some of the website’s features.',
    inspector: 'Consent inspector',
  },
  fr: {
    nav: 'Principale',
    home: 'Accueil',
    signIn: 'Connexion',
    policy: 'Politique de cookies',
    language: 'English',
    heroTitle: 'Trouvez vos colocataires',
    heroText: 'Des chambres et des colocataires qui vous ressemblent, dans toute l’Europe.',
    terms: 'En créant un compte, vous acceptez les conditions générales',
    create: 'Créer un compte',
    member: 'Déjà membre ?',
    connect: 'Se connecter à Weroom',
    choiceTitle: 'Votre choix de cookies',
    allowed: 'acceptés',
    notAllowed: 'refusés',
    mapTitle: 'Où trouver Weroom',
    mapLabel: 'Carte du bureau de Weroom (Google Maps)',
    signInTitle: 'Se connecter à Weroom',
    email: 'E-mail',
    password: 'Mot de passe',
    remember: 'Se souvenir de moi',
    rememberHint: 'Vous garde connecté sur cet appareil pendant 30 jours grâce au cookie weroom_session.',
    submit: 'Se connecter',
    signedIn: (email: string, remembered: boolean) =>
      `Connecté en tant que ${email}.${remembered ? ' Le cookie weroom_session vous connectera automatiquement pendant 30 jours.' : ''}`,
    signOut: 'Se déconnecter',
    policyTitle: 'L’utilisation des cookies',
    policyIntro:
      'Weroom utilise des cookies pour vous offrir un service en ligne plus personnalisé. Les cookies sont indispensables à certaines fonctionnalités du site.',
    inspector: 'Inspecteur du consentement',
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type Words = (typeof words)[Locale];
