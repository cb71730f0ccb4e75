// Type tests, checked by `npm run typecheck`: every `@ts-expect-error` below must be an error.
import { createConsentStore, defineConsentConfig, useConsent, type CategoryId } from '@weroom/cookie-consent';
import { weroomConfig } from '../helpers';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T | undefined => undefined;

// defineConsentConfig keeps the ids as literal types.
assertType<Equal<CategoryId<typeof weroomConfig>, 'features' | 'performance' | 'advertising'>>();

const store = createConsentStore(weroomConfig);
store.isGranted('performance');
// @ts-expect-error: a misspelt id is not a category of the config.
store.isGranted('perfomance');
store.save({ performance: true, advertising: false });
// @ts-expect-error: a misspelt id in a saved choice.
store.save({ perfomance: true });

export function RegisteredHooks() {
  useConsent('advertising');
  // @ts-expect-error: the registered config (test/types/register.ts) has no such category.
  useConsent('perfomance');
  return null;
}

defineConsentConfig({
  revision: 1,
  categories: { performance: {} },
  // @ts-expect-error: texts may only name categories of the config.
  texts: { en: { categories: { advertising: { title: 'Ads' } } } },
});

defineConsentConfig({
  revision: 1,
  // @ts-expect-error: a cookie declaration needs a provider, a purpose and a duration.
  categories: { performance: { cookies: [{ name: '_ga' }] } },
});

// The Consent Mode mapping is typed against the config's categories and Google's seven keys.
defineConsentConfig({
  revision: 1,
  categories: { stats: {}, ads: {} },
  consentMode: { mapping: { stats: ['analytics_storage'], ads: ['ad_storage', 'ad_user_data'] } },
});
defineConsentConfig({
  revision: 1,
  categories: { stats: {} },
  // @ts-expect-error: "analytics" is not one of the seven Consent Mode keys.
  consentMode: { mapping: { stats: ['analytics'] } },
});
defineConsentConfig({
  revision: 1,
  categories: { stats: {} },
  // @ts-expect-error: the mapping may only name categories of the config.
  consentMode: { mapping: { statz: ['analytics_storage'] } },
});
