// A config module as the README advises: it imports only the server entry, and registers there.
import { defineConsentConfig } from '@weroom/cookie-consent/server';

export const consentConfig = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} } });

declare module '@weroom/cookie-consent/server' {
  interface Register {
    config: typeof consentConfig;
  }
}
