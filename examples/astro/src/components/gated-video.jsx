import { PreferencesDialog, YouTubeEmbed } from '@weroom/cookie-consent';
import { ConsentIsland } from './consent-island.jsx';

/**
 * The article's video: a placeholder, and nothing from YouTube, until its category is granted.
 * The placeholder's "Cookie settings" opens this island's own dialog.
 */
export default function GatedVideo({ visitor, videoId, title }) {
  return (
    <ConsentIsland visitor={visitor}>
      <YouTubeEmbed videoId={videoId} title={title} width="560" height="315" />
      <PreferencesDialog />
    </ConsentIsland>
  );
}
