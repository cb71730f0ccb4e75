// The React entry, typed by the registration made through the server entry.
import { useConsent, useConsentManager } from '@weroom/cookie-consent';

export function typedEverywhere() {
  useConsent('performance');
  // @ts-expect-error: not a category of the registered config.
  useConsent('perfomance');
  const manager = useConsentManager();
  manager.save({ performance: true });
  // @ts-expect-error: a misspelt id in a saved choice.
  manager.save({ perfomance: true });
  // @ts-expect-error: a misspelt id to grant.
  manager.grant('advertsing');
}
