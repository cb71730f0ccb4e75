// Crisp chatbox. Facts from Crisp's own documentation (see docs/services/support-and-embeds.md):
// - company and privacy policy: https://crisp.chat/en/privacy/ and
//   https://help.crisp.chat/en/article/crisp-eu-gdpr-compliance-status-nhv54c/ (Crisp IM SAS, France);
// - cookies: https://help.crisp.chat/en/article/crisp-cookie-policy-1147xor/ and
//   https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/cookie-policies/ (one first-party session
//   cookie, on the site's base domain, for 6 months by default, renewed on each visit). Crisp does
//   not name it: `crisp-client%2Fsession%2F<website id>` is the name the chatbox is seen to set.
//   A `crisp-client%2Fsocket%2F<website id>` cookie is also seen, but neither its purpose nor its
//   duration is documented, so it is left out; no storage keys are documented either;
// - snippet: https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/cookie-policies/ (`$crisp = []`,
//   `CRISP_WEBSITE_ID`, then `client.crisp.chat/l.js`); `$crisp.push` calls are queued before the
//   chatbox loads: https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/;
// - hosts: https://docs.crisp.chat/guides/others/whitelisting-our-systems/crisp-domain-names/
//   (the required ones; `storage`, `assets` and `stream.relay` serve files, a game and calls);
// - consent API: none. `$crisp.push(['do', 'session:reset'])` resets the chatbox's session
//   (https://help.crisp.chat/en/article/how-to-reset-a-crisp-conversation-when-users-log-out-u2vkei/);
//   `['do', 'chat:hide']` and `['do', 'chat:show']` hide and show it on the current page
//   (https://help.crisp.chat/en/article/how-to-hide-and-show-the-chatbox-13l0f8e/).
import type { ConsentService } from '../core/services.js';
import { defineService } from './define.js';

export type CrispOptions<C extends string = 'support'> = {
  /** The website's id in Crisp (`CRISP_WEBSITE_ID`). */
  websiteId: string;
  /** The category it needs. @default 'support': a category of its own, asked like any other (a chat widget identifies visitors before anyone opens it); give `category` to file it elsewhere */
  category?: C;
};

type CrispQueue = { push: (command: unknown[]) => unknown };

/**
 * Crisp chatbox (Crisp IM SAS). `$crisp` exists from the start and queues every `push`, and
 * `CRISP_WEBSITE_ID` names the website; the chatbox loads only once the category is granted and
 * then runs the calls made before a choice. On refusal nothing is sent. Crisp has no consent API:
 * on withdrawal its session is reset (`session:reset`) and the chatbox hidden on the page, and its
 * cookie is deleted; a later grant on the same page shows it again.
 */
export function crisp<const C extends string = 'support'>({ websiteId, category = 'support' as C }: CrispOptions<C>): ConsentService<C> {
  let hidden = false;
  return defineService(
    {
      id: 'crisp',
      name: 'Crisp',
      company: { name: 'Crisp IM SAS', country: 'FR' },
      privacyPolicy: 'https://crisp.chat/en/privacy/',
      category,
      purposes: ['Live chat with the site’s team'],
      cookies: [
        { name: `crisp-client%2Fsession%2F${websiteId}`, provider: 'Crisp', purpose: { builtIn: 'gaSessionState' }, duration: { months: 6 } },
      ],
      hosts: ['client.crisp.chat', 'client.relay.crisp.chat', 'image.crisp.chat'],
    },
    {
      stub(host) {
        // Crisp's own snippet's globals, without the script it adds: calls wait in the `$crisp` array.
        host.$crisp ??= [];
        host.CRISP_WEBSITE_ID ??= websiteId;
      },
      consent(granted, host) {
        const queue = host.$crisp as CrispQueue;
        if (!granted) {
          queue.push(['do', 'session:reset']);
          queue.push(['do', 'chat:hide']);
          hidden = true;
        } else if (hidden) {
          queue.push(['do', 'chat:show']);
          hidden = false;
        }
      },
      load(loadScript) {
        void loadScript('https://client.crisp.chat/l.js').catch(() => undefined);
      },
    },
  );
}
