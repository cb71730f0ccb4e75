import type { weroomConfig } from '../helpers';

// The registration an app writes once: from here on, category ids are literal types in the
// tests, and `useConsent('perfomance')` is a type error.
declare module '@weroom/cookie-consent' {
  interface Register {
    config: typeof weroomConfig;
  }
}
