// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { consentModeHead, insertAfterCharset } from '@weroom/cookie-consent/vite';
import { weroomConfig } from '../helpers';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script src="/analytics-loader.js"></script>
  </head>
  <body></body>
</html>`;

describe('the Vite plugin that writes the Consent Mode head script', () => {
  it('puts the script right after <meta charset>, before every other script (CM-2)', async () => {
    const html = await consentModeHead(weroomConfig).transformIndexHtml.handler(PAGE);
    const charsetAt = html.indexOf('<meta charset="utf-8" />');
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((match) => match.index);
    expect(charsetAt).toBeGreaterThan(-1);
    expect(charsetAt).toBeLessThan(1024);
    expect(html.indexOf('<script>')).toBe(scripts[0]);
    expect(html.slice(charsetAt, scripts[0])).toMatch(/^<meta charset="utf-8" \/>\s*$/);
    expect(html).toContain("g('consent','default',f)");
  });

  it('takes a function that loads the config, and the nonce', async () => {
    const html = await consentModeHead(async () => weroomConfig, { nonce: 'abc123' }).transformIndexHtml.handler(PAGE);
    expect(html).toContain('<meta charset="utf-8" />\n    <script nonce="abc123">');
  });

  it('declares a charset first when the page has none', () => {
    const html = insertAfterCharset('<html><head><title>x</title></head></html>', '<script>1</script>');
    expect(html).toBe('<html><head>\n    <meta charset="utf-8" />\n    <script>1</script><title>x</title></head></html>');
  });

  it('keeps a $ in the script as it is', () => {
    expect(insertAfterCharset('<head><meta charset=utf-8>', "<script>'$&$1'</script>")).toBe("<head><meta charset=utf-8>\n    <script>'$&$1'</script>");
  });
});

describe('the Vite plugin that mounts the records endpoint on the dev and preview servers', () => {
  it('answers at its path on both servers, makes the handler once on the first request, and leaves other paths alone', async () => {
    const { createServer } = await import('node:http');
    const { consentRecords } = await import('@weroom/cookie-consent/vite');
    let made = 0;
    const seen: string[] = [];
    const plugin = consentRecords({
      handler: async () => {
        made += 1;
        return async (request: Request) => {
          seen.push(`${request.method} ${new URL(request.url).pathname}`);
          return new Response('{"ok":true}', { status: 201, headers: { 'content-type': 'application/json' } });
        };
      },
    });
    expect(made).toBe(0);
    for (const configure of [plugin.configureServer, plugin.configurePreviewServer]) {
      const handles: ((request: never, response: never, next: () => void) => void)[] = [];
      configure({ middlewares: { use: (handle) => handles.push(handle as never) } });
      const server = createServer((request, response) =>
        handles[0]!(request as never, response as never, () => {
          response.statusCode = 404;
          response.end();
        }),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      const post = await fetch(`http://127.0.0.1:${port}/api/consent?x=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(post.status).toBe(201);
      expect((await fetch(`http://127.0.0.1:${port}/api/consent/other`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
      await new Promise((resolve) => server.close(resolve));
    }
    expect(made).toBe(1);
    expect(seen).toEqual(['POST /api/consent', 'POST /api/consent']);
  });
});
