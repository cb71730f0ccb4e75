import type { weroomConfig } from '../helpers';

// The registration an app writes once, beside its config and through the server entry the config
// imports: from here on, category ids are literal types in the
// tests, and `useConsent('perfomance')` is a type error.
declare module '@weroom/cookie-consent/server' {
  interface Register {
    config: typeof weroomConfig;
  }
}
