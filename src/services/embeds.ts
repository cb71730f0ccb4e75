// Embedded players and maps: services whose content is an iframe, shown by their components
// (`<YouTubeEmbed>`, `<VimeoEmbed>`, `<GoogleMapsEmbed>`) only once their category is granted.
// Listed in the config too, they appear in the dialog and the policy with their company. Facts
// (see docs/services/support-and-embeds.md):
// - YouTube: Google Ireland Limited for the EEA, https://policies.google.com/privacy; the
//   privacy-enhanced host www.youtube-nocookie.com stores nothing before the video is played
//   (https://support.google.com/youtube/answer/171780); the player needs a Referer, so
//   `strict-origin-when-cross-origin`; cookies are on Google's domains, out of the page's reach.
// - Vimeo: Vimeo.com, Inc. (US), https://vimeo.com/privacy; `dnt=1` sets no new cookies during the
//   viewing (Vimeo's help centre); no consent API.
// - Google Maps: Google Ireland Limited, https://policies.google.com/privacy; no privacy-enhanced
//   variant; www.google.com/maps/embed.
import { defineService } from './define.js';

type EmbedOptions<C extends string> = {
  /** The category it needs. @default 'advertising' */
  category?: C;
};

/** YouTube videos through youtube-nocookie.com (Google Ireland Limited). */
export function youtube<const C extends string = 'advertising'>({ category = 'advertising' as C }: EmbedOptions<C> = {}) {
  return defineService(
    {
      id: 'youtube',
      name: 'YouTube',
      company: { name: 'Google Ireland Limited', country: 'IE' },
      privacyPolicy: 'https://policies.google.com/privacy',
      category,
      purposes: ['Plays embedded videos'],
      cookies: [],
      hosts: ['www.youtube-nocookie.com', 'www.youtube.com', 'i.ytimg.com', 'www.google.com'],
    },
    {},
  );
}

/** Vimeo videos, with `dnt=1` (Vimeo.com, Inc.). */
export function vimeo<const C extends string = 'advertising'>({ category = 'advertising' as C }: EmbedOptions<C> = {}) {
  return defineService(
    {
      id: 'vimeo',
      name: 'Vimeo',
      company: { name: 'Vimeo.com, Inc.', country: 'US' },
      privacyPolicy: 'https://vimeo.com/privacy',
      category,
      purposes: ['Plays embedded videos'],
      cookies: [],
      hosts: ['player.vimeo.com', 'i.vimeocdn.com', 'f.vimeocdn.com'],
    },
    {},
  );
}

/** Google Maps embeds (Google Ireland Limited). */
export function googleMaps<const C extends string = 'advertising'>({ category = 'advertising' as C }: EmbedOptions<C> = {}) {
  return defineService(
    {
      id: 'google-maps',
      name: 'Google Maps',
      company: { name: 'Google Ireland Limited', country: 'IE' },
      privacyPolicy: 'https://policies.google.com/privacy',
      category,
      purposes: ['Shows interactive maps'],
      cookies: [],
      hosts: ['www.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
    },
    {},
  );
}
