import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/react/rich-text';

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
