import { describe, expect, it } from 'vitest';
import { safeHref, safeSrc } from '../../src/core/safe-url';

describe('a link address in a text', () => {
  it.each(['https://weroom.example/cookies', 'http://weroom.example', '/cookies', 'cookies#performance', '#top', 'mailto:dpo@weroom.example', '//weroom.example/x'])(
    'keeps %s',
    (href) => {
      expect(safeHref(href)).toBe(href);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '',
  ])('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });
});

describe('an address to load a script, frame or image from', () => {
  it('keeps http(s) and relative addresses and refuses mailto, javascript and data', () => {
    expect(safeSrc('https://www.youtube-nocookie.com/embed/x')).toBe('https://www.youtube-nocookie.com/embed/x');
    expect(safeSrc('/maps/embed')).toBe('/maps/embed');
    expect(safeSrc('mailto:x@example.com')).toBeNull();
    expect(safeSrc('javascript:alert(1)')).toBeNull();
    expect(safeSrc('data:text/html,x')).toBeNull();
  });
});
