import type { IframeHTMLAttributes } from 'react';
import { safeSrc } from '../core/safe-url.js';
import type { ConsentService } from '../core/services.js';
import { googleMaps, vimeo, youtube } from '../services/embeds.js';
import { ConsentGate } from './consent-gate.js';
import { useTypedStore, type RegisteredCategory } from './use-consent.js';

type EmbedProps = Omit<IframeHTMLAttributes<HTMLIFrameElement>, 'src' | 'title'> & {
  /** The iframe's accessible name: what it shows. */
  title: string;
  /** The category it needs. @default the service's in the config, else 'advertising' */
  category?: RegisteredCategory;
};

/** The service as the config lists it (its category may differ), else its default. */
function useService(id: string, fallback: () => ConsentService): ConsentService {
  const store = useTypedStore('Embed');
  return store.config.services.find((service) => service.id === id) ?? fallback();
}

function Embed({ service, src, category, ...iframe }: EmbedProps & { service: ConsentService; src: string | null }) {
  return (
    <ConsentGate category={category ?? (service.category as RegisteredCategory)} service={service}>
      {src ? <iframe loading="lazy" {...iframe} src={src} /> : null}
    </ConsentGate>
  );
}

/**
 * A YouTube video from the privacy-enhanced host, youtube-nocookie.com, shown only once its
 * category is granted; until then a placeholder names YouTube and Google, links their privacy
 * policy and offers to allow it (SVC-4).
 */
export function YouTubeEmbed({ videoId, ...props }: EmbedProps & { videoId: string }) {
  const service = useService('youtube', youtube);
  return (
    <Embed
      allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
      allowFullScreen
      // YouTube's player needs the Referer.
      referrerPolicy="strict-origin-when-cross-origin"
      {...props}
      service={service}
      src={`https://www.youtube-nocookie.com/embed/${encodeURIComponent(videoId)}`}
    />
  );
}

/** A Vimeo video with `dnt=1`, shown only once its category is granted (SVC-4). */
export function VimeoEmbed({ videoId, ...props }: EmbedProps & { videoId: string }) {
  const service = useService('vimeo', vimeo);
  return (
    <Embed
      allow="autoplay; fullscreen; picture-in-picture"
      allowFullScreen
      referrerPolicy="strict-origin-when-cross-origin"
      {...props}
      service={service}
      src={`https://player.vimeo.com/video/${encodeURIComponent(videoId)}?dnt=1`}
    />
  );
}

/**
 * A Google Maps embed (`src` from Google's "Embed a map" or the Maps Embed API, on
 * www.google.com/maps/embed), shown only once its category is granted (SVC-4).
 */
export function GoogleMapsEmbed({ src, ...props }: EmbedProps & { src: string }) {
  const service = useService('google-maps', googleMaps);
  const safe = safeSrc(src);
  return <Embed allowFullScreen referrerPolicy="strict-origin-when-cross-origin" {...props} service={service} src={safe && /^https:\/\/www\.google\.com\/maps\/embed/.test(safe) ? safe : null} />;
}
