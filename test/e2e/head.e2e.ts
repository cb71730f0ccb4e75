import { describe, expect, inject, it } from 'vitest';

const port = inject('demoPort');

describe('the built demo’s <head>', () => {
  it('declares its charset within the first 1024 bytes, with the Consent Mode script right after it and before every other script', async () => {
    const html = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    const bytesBeforeCharset = new TextEncoder().encode(html.slice(0, html.search(/<meta charset/i))).length;
    expect(bytesBeforeCharset).toBeLessThan(1024);
    const scripts = [...html.matchAll(/<script[^>]*>([^<]{0,60})/g)];
    expect(scripts[0]?.[1]).toContain('(function(w,d,o){');
    expect(scripts[0]!.index).toBeGreaterThan(html.search(/<meta charset/i));
  });
});
