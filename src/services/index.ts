// The services catalogue: one module per vendor, tree-shaken, so a site ships the services it lists
// and no others. Each holds its facts (with their sources) and its behaviour on the page.
// Analytics
export { googleAds, googleAnalytics } from './google.js';
export { googleTagManager } from './google-tag-manager.js';
export type { GoogleTagManagerOptions } from './google-tag-manager.js';
export { matomo } from './matomo.js';
export type { MatomoOptions } from './matomo.js';
export { plausible } from './plausible.js';
export type { PlausibleOptions } from './plausible.js';
export { posthog } from './posthog.js';
export type { PostHogOptions } from './posthog.js';
export { microsoftClarity } from './microsoft-clarity.js';
export type { MicrosoftClarityOptions } from './microsoft-clarity.js';
export { hotjar } from './hotjar.js';
export type { HotjarOptions } from './hotjar.js';
export { mixpanel } from './mixpanel.js';
export type { MixpanelOptions } from './mixpanel.js';
// Advertising
export { metaPixel } from './meta-pixel.js';
export type { MetaPixelFbq, MetaPixelOptions } from './meta-pixel.js';
export { tiktokPixel } from './tiktok-pixel.js';
export type { TiktokPixelOptions } from './tiktok-pixel.js';
export { linkedinInsight } from './linkedin-insight.js';
export type { LinkedinInsightOptions } from './linkedin-insight.js';
export { microsoftUet } from './microsoft-uet.js';
export type { MicrosoftUetOptions } from './microsoft-uet.js';
export { pinterestTag } from './pinterest-tag.js';
export type { PinterestTagOptions } from './pinterest-tag.js';
export { xPixel } from './x-pixel.js';
export type { XPixelOptions } from './x-pixel.js';
export { snapPixel } from './snap-pixel.js';
export type { SnapPixelOptions } from './snap-pixel.js';
export { redditPixel } from './reddit-pixel.js';
export type { RedditPixelOptions } from './reddit-pixel.js';
// Support
export { intercom } from './intercom.js';
export type { IntercomOptions } from './intercom.js';
export { crisp } from './crisp.js';
export type { CrispOptions } from './crisp.js';
export { hubspot } from './hubspot.js';
export type { HubSpotOptions } from './hubspot.js';
// Embeds, shown by <YouTubeEmbed>, <VimeoEmbed> and <GoogleMapsEmbed>
export { googleMaps, vimeo, youtube } from './embeds.js';
// A service of your own
export { defineService } from './define.js';
export type { ServiceBehaviour, ServiceFacts } from './define.js';
