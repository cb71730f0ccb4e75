// A small site on loopback for the audit's tests, in two versions: one with the planted faults of
// issue #22's table, and its clean twin. Its banner is a plain one with the library's markup and
// English texts (a region "Cookie consent", "Accept all", "Reject all") that writes the library's
// consent cookie (format 1), so the audit clicks it as a visitor would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FixtureSite = {
  url: string;
  /** Every request the server received: method and path. */
  hits: string[];
  /** The headers of each request, by arrival. */
  headers: Record<string, string | string[] | undefined>[];
  close: () => Promise<void>;
};

const DAY = 86_400;

/** The page script: what runs by consent (and, with faults, what does not wait for it). */
function siteScript(faults: boolean): string {
  return `
(function () {
  function consent() {
    var match = document.cookie.match(/(?:^|; )cookie_consent=([^;]+)/);
    if (!match) return null;
    var parts = match[1].split('.');
    return { method: parts[4], granted: (parts[5] || '').split('~') };
  }
  function granted(category) {
    var decision = consent();
    if (!decision) return false;
    // Global Privacy Control holds advertising through "Accept all" (GPC-1).
    if (category === 'advertising' && navigator.globalPrivacyControl === true && decision.method !== 'c') return false;
    return decision.granted.indexOf(category) >= 0;
  }
  function addScript(src) {
    var script = document.createElement('script');
    script.src = src;
    document.head.appendChild(script);
  }
  function startGranted() {
    if (granted('performance')) {
      document.cookie = '_ga=GA1.1.1234.5678; max-age=${395 * DAY}; path=/';
      addScript('https://www.googletagmanager.com/gtag/js?id=G-TEST');
    }
    if (granted('advertising')) {
      document.cookie = '_fbp=fb.1.1234.5678; max-age=${90 * DAY}; path=/';
      addScript('https://connect.facebook.net/en_US/fbevents.js');
      var video = document.getElementById('video');
      if (video) video.innerHTML = '<iframe title="A video" src="https://www.youtube-nocookie.com/embed/abc"></iframe>';
    }
  }
  function decide(method, grantedIds, deniedIds) {
    var seconds = Math.floor(Date.now() / 1000).toString(36);
    document.cookie = 'cookie_consent=1.1.' + seconds + '.AbCdEfGhIjKlMnOp.' + method + '.' + grantedIds + '.' + deniedIds + '; max-age=${182 * DAY}; path=/; samesite=lax';
    document.getElementById('banner').hidden = true;
    startGranted();
  }
  document.getElementById('accept').addEventListener('click', function () { decide('a', 'features~performance~advertising', ''); });
  document.getElementById('reject').addEventListener('click', function () {
    decide('r', 'features', 'performance~advertising');
    ${faults ? "new Image().src = 'https://www.facebook.com/tr?id=1&ev=Reject';" : ''}
  });
  if (consent()) document.getElementById('banner').hidden = true;
  startGranted();
  ${
    faults
      ? `// Planted: an analytics cookie written on arrival, whatever the choice.
  document.cookie = '_ga=GA1.1.999.111; max-age=${395 * DAY}; path=/';
  // Planted: a name that is markup, for the reports' escaping.
  document.cookie = 'x<script>alert(1)</script>=1; path=/';
  // Planted: a tracker cookie written 3 s after the page settled.
  window.addEventListener('load', function () {
    setTimeout(function () { document.cookie = '_uetvid=abc123; max-age=${390 * DAY}; path=/'; }, 3000);
  });`
      : ''
  }
})();
`;
}

/** An SDK that writes to localStorage as soon as it is imported (planted). */
const SDK = `localStorage.setItem('AMP_unsent_1a2b3c', '[]'); indexedDB.open('sdk-cache');`;

function page(title: string, body: string, faults: boolean): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>${faults ? '<script src="/vendor/sdk.js"></script>' : ''}</head>
<body>
<section id="banner" aria-label="Cookie consent">
  <h2>We use cookies</h2>
  <button type="button" id="accept">Accept all</button>
  <button type="button" id="reject">Reject all</button>
</section>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/video">Video</a> <a href="/private">Private</a> <a href="/logout">Sign out</a> <a href="/brochure.pdf">Brochure</a> <a href="https://elsewhere.example/">Elsewhere</a></nav>
<main><h1>${title}</h1>${body}</main>
<form method="post" action="/subscribe"><label>Email <input name="email" value="a@example.com"></label><button type="submit">Subscribe</button></form>
<script src="/site.js"></script>
</body>
</html>`;
}

/** Serves the fixture site on 127.0.0.1 (a free port); `faults` plants the table's faults. */
export async function startFixtureSite({ faults }: { faults: boolean }): Promise<FixtureSite> {
  const hits: string[] = [];
  const headers: Record<string, string | string[] | undefined>[] = [];
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    hits.push(`${request.method} ${path}`);
    headers.push(request.headers);
    const cookies = [`session_id=s3ss10n; Path=/; HttpOnly; SameSite=Lax`, `site_prefs=compact; Max-Age=${(faults ? 25 * 30.44 : 6 * 30) * DAY}; Path=/`];
    if (faults) {
      // Planted: the server sends an undeclared analytics cookie, and an advertising one the config calls required.
      cookies.push(`_pk_id.1.a1b2=abc.123; Max-Age=${30 * DAY}; Path=/`, `_pin_unauth=dWlkPTEyMw; Max-Age=${365 * DAY}; Path=/`);
    }
    const html = (body: string) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': cookies });
      response.end(body);
    };
    switch (path) {
      case '/':
        return html(page('Home', '<p>Welcome.</p>', faults));
      case '/about':
        return html(page('About', '<p>About us.</p>', faults));
      case '/video':
        return html(
          page(
            'Video',
            faults ? '<iframe title="A video" src="https://www.youtube.com/embed/abc"></iframe>' : '<div id="video"><p>The video shows once advertising is allowed.</p></div>',
            faults,
          ),
        );
      case '/contact':
        return html(page('Contact', '<p>Only the sitemap links here.</p>', faults));
      case '/private':
        return html(page('Private', '<p>robots.txt keeps the audit out.</p>', faults));
      case '/site.js':
        response.writeHead(200, { 'content-type': 'text/javascript' });
        return response.end(siteScript(faults));
      case '/vendor/sdk.js':
        response.writeHead(200, { 'content-type': 'text/javascript' });
        return response.end(SDK);
      case '/robots.txt':
        response.writeHead(200, { 'content-type': 'text/plain' });
        return response.end(`User-agent: *\nDisallow: /private\n\nSitemap: ${origin}/sitemap.xml\n`);
      case '/sitemap.xml':
        response.writeHead(200, { 'content-type': 'application/xml' });
        return response.end(
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/</loc></url><url><loc>${origin}/contact</loc></url></urlset>\n`,
        );
      default:
        response.writeHead(404, { 'content-type': 'text/plain' });
        return response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    hits,
    headers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
