// The React entry. The build puts 'use client' at the top of the built file (see vite.config.ts).
export { ConsentProvider } from './react/consent-provider';
export type { ConsentProviderProps } from './react/consent-provider';
export { useConsent, useConsentManager, useConsentSelector } from './react/use-consent';
export type { Register, RegisteredCategory } from './react/use-consent';

export { ConsentConfigError, defineConsentConfig } from './core/config';
export type {
  CategoryConfig,
  CategoryId,
  ConsentConfig,
  ConsentCookieConfig,
  CookieDeclaration,
  LocalizedText,
} from './core/config';
export { createConsentStore } from './core/consent-store';
export type { ConsentState, ConsentStore, ConsentStoreOptions, DecisionOptions } from './core/consent-store';
export type {
  ConsentDecision,
  ConsentMethod,
  ConsentSurface,
  Decision,
  Undecided,
  UndecidedReason,
} from './core/consent-state';
export type { ConsentRecord } from './core/consent-record';
export { createCookieStorage, createMemoryStorage } from './core/consent-storage';
export type { ConsentStorage, CookieStorageOptions } from './core/consent-storage';
export type { CategoryTexts, ConsentTexts, ConsentTextsOverride } from './core/texts';

export { CookieBanner } from './react/cookie-banner';
export type { CookieBannerLayout, CookieBannerProps } from './react/cookie-banner';
export { PreferencesDialog } from './react/preferences-dialog';
export type { PreferencesDialogProps } from './react/preferences-dialog';
export { CookieSettingsButton } from './react/cookie-settings-button';
export type { CookieSettingsButtonProps } from './react/cookie-settings-button';
export { CookiePolicy } from './react/cookie-policy';
export type { CookiePolicyProps } from './react/cookie-policy';
export { useConsentTexts } from './react/use-consent';

export { ConsentScript } from './react/consent-script';
export type { ConsentScriptProps } from './react/consent-script';
export { ConsentGate } from './react/consent-gate';
export type { ConsentGateProps } from './react/consent-gate';
export { GoogleAds, GoogleAnalytics } from './react/google-tags';
export type { GoogleAdsProps, GoogleAnalyticsProps } from './react/google-tags';
export { ConsentModeScript } from './react/consent-mode-script';
export type { ConsentModeScriptProps } from './react/consent-mode-script';
export { CONSENT_MODE_KEYS, DEFAULT_CONSENT_MODE_MAPPING, consentModeSignals, createGtag, gtag } from './core/consent-mode';
export type { ConsentModeConfig, ConsentModeKey, ConsentModeSignals } from './core/consent-mode';
export { consentModeScript, consentModeScriptTag } from './core/consent-mode-snippet';
export { loadGoogleTag } from './core/google-tags';
export { googleAdsCookies, googleAnalyticsCookies } from './core/google-cookies';
export type { GoogleTagOptions } from './core/google-tags';
export { injectScript, loadScriptWhenGranted } from './core/script-loader';
export type { LoadScriptOptions, ScriptOptions } from './core/script-loader';
export { clearDeclaredCookies, domainVariants } from './core/cookie-clearing';
export type { ClearCookiesOptions } from './core/cookie-clearing';
export { activateConsentMarkup } from './core/markup-activation';
export type { MarkupActivationOptions } from './core/markup-activation';
export type { ConsentEffectsOptions, WithdrawEvent } from './core/consent-effects';
