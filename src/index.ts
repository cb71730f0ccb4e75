// The React entry. The build puts 'use client' at the top of the built file (see vite.config.ts).
export { ConsentProvider } from './react/consent-provider.js';
export type { ConsentProviderProps } from './react/consent-provider.js';
export { useConsent, useConsentManager, useConsentSelector } from './react/use-consent.js';
export type { ConsentManager } from './react/use-consent.js';
export type { Register, RegisteredCategory } from './core/register.js';

export { ConsentConfigError, defineConsentConfig } from './core/config.js';
export type {
  CategoryConfig,
  CategoryId,
  ConsentConfig,
  ConsentCookieConfig,
  CookieDeclaration,
  CookieDuration,
  LocalizedText,
} from './core/config.js';
export { createConsentStore } from './core/consent-store.js';
export type { ConsentFeature, ConsentState, ConsentStore, ConsentStoreOptions, DecisionEvent, DecisionOptions } from './core/types.js';
// The features: each costs a site nothing until it imports it (ARCHITECTURE.md, "The kernel").
export { jurisdiction } from './features/jurisdiction.js';
export { recordConsent } from './features/records.js';
export type { RecordConsentOptions } from './features/records.js';
export { followAccount } from './features/account.js';
export type {
  ConsentDecision,
  ConsentMethod,
  ConsentSurface,
  Decision,
  Undecided,
  UndecidedReason,
} from './core/consent-state.js';
export type { ConsentRecord } from './core/consent-record.js';
export type { ConsentRegime, JurisdictionConfig } from './core/jurisdiction.js';
export { createCookieStorage, createMemoryStorage } from './core/consent-storage.js';
export type { ConsentStorage, CookieStorageOptions } from './core/consent-storage.js';
export { loadLocaleTexts } from './core/texts.js';
export type {
  BuiltInCategory,
  BuiltInPurpose,
  CategoryTexts,
  ConsentLocale,
  ConsentTexts,
  ConsentTextsOverride,
  FirstLayerLocaleTexts,
  FirstLayerTexts,
  SecondLayerLocaleTexts,
} from './core/texts.js';

export { CookieBanner } from './react/cookie-banner.js';
export type { CookieBannerClassNames, CookieBannerLayout, CookieBannerProps } from './react/cookie-banner.js';
export { PreferencesDialog } from './react/preferences-dialog.js';
export type { PreferencesDialogClassNames, PreferencesDialogProps } from './react/preferences-dialog.js';
export { CookieSettingsButton } from './react/cookie-settings-button.js';
export type { CookieSettingsButtonProps } from './react/cookie-settings-button.js';
export { OptOutLink } from './react/opt-out-link.js';
export { AccountNotice } from './react/account-notice.js';
export type { AccountNoticeProps } from './react/account-notice.js';
export type { OptOutLinkProps } from './react/opt-out-link.js';
export { CookiePolicy } from './react/cookie-policy.js';
export type { CookiePolicyProps } from './react/cookie-policy.js';
export { useConsentTexts } from './react/use-consent.js';

export { ConsentScript } from './react/consent-script.js';
export type { ConsentScriptProps } from './react/consent-script.js';
export { ConsentGate } from './react/consent-gate.js';
export { GoogleMapsEmbed, VimeoEmbed, YouTubeEmbed } from './react/embeds.js';
export type { ConsentGateProps } from './react/consent-gate.js';
export { GoogleAds, GoogleAnalytics } from './react/google-tags.js';
export type { GoogleAdsProps, GoogleAnalyticsProps } from './react/google-tags.js';
export { ConsentModeScript } from './react/consent-mode-script.js';
export { GoogleConsentMode } from './react/google-consent-mode.js';
export { ConsentMarkup } from './react/consent-markup.js';
export type { ConsentMarkupProps } from './react/consent-markup.js';
export type { ConsentModeScriptProps } from './react/consent-mode-script.js';
export { CONSENT_MODE_KEYS, DEFAULT_CONSENT_MODE_MAPPING, consentModeSignals, createGtag, gtag } from './core/consent-mode.js';
export type { ConsentModeConfig, ConsentModeKey, ConsentModeSignals } from './core/consent-mode.js';
export { consentModeScript, consentModeScriptTag } from './core/consent-mode-snippet.js';
export type { ConsentModeScriptOptions } from './core/consent-mode-snippet.js';
export { loadGoogleTag } from './core/google-tags.js';
export { googleAdsCookies, googleAnalyticsCookies } from './core/google-cookies.js';
export type { GoogleTagOptions } from './core/google-tags.js';
export { injectScript, loadScriptWhenGranted } from './core/script-loader.js';
export type { LoadScriptOptions, ScriptOptions } from './core/script-loader.js';
export { clearDeclaredCookies, domainVariants } from './core/cookie-clearing.js';
export type { ClearCookiesOptions } from './core/cookie-clearing.js';
export { activateConsentMarkup } from './core/markup-activation.js';
export type { MarkupActivationOptions } from './core/markup-activation.js';
export { addConsentSignal } from './core/consent-effects.js';
export type { ConsentService, ServiceCompany } from './core/services.js';
export type { ConsentEffectsOptions, ConsentSignal, WithdrawEvent } from './core/consent-effects.js';
