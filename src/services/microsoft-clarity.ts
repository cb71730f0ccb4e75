// Microsoft Clarity. Facts from Microsoft's own documentation (see docs/services/analytics.md):
// - terms and company: https://clarity.microsoft.com/terms (Microsoft Corporation); privacy:
//   https://privacy.microsoft.com/privacystatement;
// - cookies: https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list
//   (`_clck` 1 year and `_clsk` 1 day on the site's domain, durations from clarity-js's source);
// - consent API: https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2
//   (`clarity('consentv2', { ad_Storage, analytics_Storage })`; a signal is required for visitors
//   from the EEA, the UK and Switzerland since 31 October 2025);
// - snippet and host: the `www.clarity.ms/tag/<project id>` loader with the `clarity.q` queue.
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type MicrosoftClarityOptions<C extends string = 'performance'> = {
  /** The Clarity project's id. */
  projectId: string;
  /** The category it needs. @default 'performance' */
  category?: C;
};

type Clarity = ((...command: unknown[]) => void) & { q?: unknown[] };

/**
 * Microsoft Clarity (Microsoft Corporation): session recordings and heatmaps. `clarity` exists from
 * the start and queues every call; the tag loads only once the category is granted, after
 * `consentv2` with analytics granted (and advertising storage always denied: Clarity's ad use is
 * not this category's). Calls made before a choice are then sent; on refusal, never.
 */
export function microsoftClarity<const C extends string = 'performance'>({ projectId, category = 'performance' as C }: MicrosoftClarityOptions<C>): ConsentService<C> {
  return defineService(
    {
      id: 'microsoft-clarity',
      name: 'Microsoft Clarity',
      company: { name: 'Microsoft Corporation', country: 'US' },
      privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
      category,
      purposes: ['Records how pages are used, for replays and heatmaps'],
      cookies: [
        { name: '_clck', provider: 'Microsoft Clarity', purpose: { builtIn: 'analyticsUserId' }, duration: { years: 1 } },
        { name: '_clsk', provider: 'Microsoft Clarity', purpose: { builtIn: 'analyticsSession' }, duration: { days: 1 } },
      ],
      hosts: ['www.clarity.ms', 'scripts.clarity.ms'],
    },
    {
      stub(host) {
        // Microsoft's own snippet's stub, without the script it adds: calls wait in `clarity.q`.
        host.clarity ??= function clarity(...command: unknown[]) {
          const self = host.clarity as Clarity;
          (self.q ??= []).push(command);
        };
      },
      consent(granted, host) {
        (host.clarity as Clarity)('consentv2', { ad_Storage: 'denied', analytics_Storage: granted ? 'granted' : 'denied' });
      },
      load(loadScript) {
        void loadScript(`https://www.clarity.ms/tag/${encodeURIComponent(projectId)}`).catch(() => undefined);
      },
    },
  );
}
