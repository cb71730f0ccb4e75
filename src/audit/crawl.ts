// Which pages an audit visits: the start page, the same-origin links it finds, the site's
// sitemap.xml; robots.txt respected unless told otherwise. It reads pages and follows links; it
// never submits a form nor clicks anything but the banner's buttons.

/** The part of a host that names the site, for telling first from third parties (`www.example.co.uk` → `example.co.uk`). */
export function siteOf(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(lower) || lower.includes(':') || !lower.includes('.')) return lower;
  const labels = lower.split('.');
  // Two-level public suffixes of the common kind (co.uk, com.au, gouv.fr); a full public-suffix list is not shipped.
  const secondLevel = labels.length >= 3 && /^(?:co|com|net|org|gov|gouv|edu|ac|or|ne|go|gv|nic)$/.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2;
  return labels.slice(secondLevel ? -3 : -2).join('.');
}

/** Whether `host` belongs to the same site as `siteHost`. */
export function isSameSite(host: string, siteHost: string): boolean {
  return siteOf(host) === siteOf(siteHost);
}

/** A page's address as the audit keys it: no fragment unless it is a hash route (`#/policy`); `#/` is the page itself. */
export function pageKey(address: string): string {
  const url = new URL(address);
  if (!url.hash.startsWith('#/') || url.hash === '#/') url.hash = '';
  return url.href;
}

const NOT_A_PAGE = /\.(?:pdf|zip|gz|tgz|rar|7z|dmg|exe|msi|apk|png|jpe?g|gif|webp|avif|svg|ico|mp[34]|m4[av]|webm|mov|avi|wav|ogg|woff2?|ttf|otf|css|js|mjs|json|xml|txt|csv|xlsx?|docx?|pptx?)$/i;
/** Links a visitor follows to leave a session or change data: never followed. */
const STATE_CHANGING = /(?:^|[/_-])(?:log-?out|sign-?out|logoff|delete|unsubscribe|remove)(?:$|[/._?-])/i;

/** Whether the audit may follow `address` from `origin`: same origin, a page, not one that signs out. */
export function isFollowable(address: string, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  return url.origin === origin && (url.protocol === 'http:' || url.protocol === 'https:') && !NOT_A_PAGE.test(url.pathname) && !STATE_CHANGING.test(url.pathname);
}

type RobotsRule = { allow: boolean; pattern: string };

/** The rules of robots.txt that apply to the audit: its own group (`weroom-consent`), else `*`. */
export function parseRobots(text: string, agent = 'weroom-consent'): { rules: RobotsRule[]; sitemaps: string[] } {
  const groups: { agents: string[]; rules: RobotsRule[] }[] = [];
  const sitemaps: string[] = [];
  let current: { agents: string[]; rules: RobotsRule[] } | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const field = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (field === 'sitemap') {
      sitemaps.push(value);
    } else if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    } else if ((field === 'allow' || field === 'disallow') && current) {
      // An empty Disallow allows everything: no rule.
      if (value) current.rules.push({ allow: field === 'allow', pattern: value });
    }
    lastWasAgent = false;
  }
  const own = groups.filter((group) => group.agents.some((name) => name !== '*' && agent.toLowerCase().includes(name)));
  const chosen = own.length > 0 ? own : groups.filter((group) => group.agents.includes('*'));
  return { rules: chosen.flatMap((group) => group.rules), sitemaps };
}

function ruleMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path);
}

/** Whether robots.txt's rules let the audit read `address`: the longest matching rule wins, Allow on a tie. */
export function robotsAllow(rules: readonly RobotsRule[], address: string): boolean {
  const url = new URL(address);
  const path = `${url.pathname}${url.search}`;
  let best: RobotsRule | undefined;
  for (const rule of rules) {
    if (!ruleMatches(rule.pattern, path)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
  }
  return best ? best.allow : true;
}

/** The page addresses of a sitemap (or the sitemaps a sitemap index names, one level deep). */
export function sitemapLocations(xml: string): { pages: string[]; sitemaps: string[] } {
  const locations = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((match) =>
    match[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
  );
  return /<sitemapindex/i.test(xml) ? { pages: [], sitemaps: locations } : { pages: locations, sitemaps: [] };
}

/** What robots.txt and the sitemap say of a site: the rules to respect and the pages listed. */
export async function readSiteMaps(
  origin: string,
  headers: Readonly<Record<string, string>>,
  options: { respectRobots: boolean; timeoutMs: number },
): Promise<{ rules: RobotsRule[]; pages: string[] }> {
  const get = async (address: string): Promise<string | null> => {
    try {
      const response = await fetch(address, { headers, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs) });
      return response.ok ? await response.text() : null;
    } catch {
      return null;
    }
  };
  const robots = await get(`${origin}/robots.txt`);
  const parsed = robots ? parseRobots(robots) : { rules: [], sitemaps: [] };
  const pages: string[] = [];
  const queue = parsed.sitemaps.length > 0 ? parsed.sitemaps : [`${origin}/sitemap.xml`];
  for (let depth = 0; depth < 2 && queue.length > 0; depth += 1) {
    const next: string[] = [];
    for (const address of queue.splice(0, 10)) {
      if (!isFollowableSitemap(address, origin)) continue;
      const xml = await get(address);
      if (!xml) continue;
      const found = sitemapLocations(xml);
      pages.push(...found.pages);
      next.push(...found.sitemaps);
    }
    queue.push(...next);
  }
  return { rules: options.respectRobots ? parsed.rules : [], pages };
}

function isFollowableSitemap(address: string, origin: string): boolean {
  try {
    return new URL(address).origin === origin;
  } catch {
    return false;
  }
}
