import { defineConsentConfig } from '@weroom/cookie-consent/server';
import { youtube } from '@weroom/cookie-consent/services';

export const consentConfig = defineConsentConfig({
  revision: 1,
  categories: { features: { required: true }, performance: {}, advertising: {} },
  services: [youtube()],
});
