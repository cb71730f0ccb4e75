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
