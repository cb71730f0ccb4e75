// @vitest-environment-options { "url": "https://www.weroom.example.co.uk/rooms" }
import { describe, expect, it, vi } from 'vitest';
import { clearDeclaredCookies, domainVariants } from '@weroom/cookie-consent';
import { googleAdsCookies, googleAnalyticsCookies } from '@weroom/cookie-consent/server';
import { pageCookies } from '../helpers';

describe('the domains a tag may have set a cookie on', () => {
  it('are the host and each parent, up to the registrable domain and beyond', () => {
    expect(domainVariants('www.weroom.example.co.uk')).toEqual(['www.weroom.example.co.uk', 'weroom.example.co.uk', 'example.co.uk', 'co.uk']);
    expect(domainVariants('weroom.com')).toEqual(['weroom.com']);
  });

  it('are none for localhost and IP addresses, where only host-only cookies exist', () => {
    expect(domainVariants('localhost')).toEqual([]);
    expect(domainVariants('127.0.0.1')).toEqual([]);
    expect(domainVariants('[::1]')).toEqual([]);
  });
});

describe('clearing declared cookies (CLR-1)', () => {
  it('deletes them by name and pattern on the host and every parent domain, and leaves the rest', () => {
    document.cookie = '_ga=GA1.1.1; Path=/';
    document.cookie = '_ga=GA1.1.2; Path=/; Domain=.weroom.example.co.uk';
    document.cookie = '_ga_XYZ=GS1.1; Path=/; Domain=weroom.example.co.uk';
    document.cookie = '_gid=GA1.2; Path=/; Domain=www.weroom.example.co.uk';
    document.cookie = '_gcl_au=1.1; Path=/; Domain=.weroom.example.co.uk';
    document.cookie = 'weroom_session=abc; Path=/';
    expect(Object.keys(pageCookies()).sort()).toEqual(['_ga', '_ga_XYZ', '_gcl_au', '_gid', 'weroom_session']);

    const deleted = clearDeclaredCookies([...googleAnalyticsCookies, ...googleAdsCookies]);

    expect(deleted.sort()).toEqual(['_ga', '_ga_XYZ', '_gcl_au', '_gid']);
    expect(pageCookies()).toEqual({ weroom_session: 'abc' });
  });

  it('writes each deletion with Path=/, Max-Age=0 and Secure on https, once host-only and once per domain', () => {
    const writes: string[] = [];
    clearDeclaredCookies(googleAdsCookies, { read: () => '_gcl_au=1; other=2', write: (value) => void writes.push(value) });
    expect(writes).toEqual([
      '_gcl_au=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure',
      '_gcl_au=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; Domain=www.weroom.example.co.uk',
      '_gcl_au=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; Domain=weroom.example.co.uk',
      '_gcl_au=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; Domain=example.co.uk',
      '_gcl_au=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; Domain=co.uk',
    ]);
  });

  it('never throws, even when cookies cannot be read', () => {
    const read = vi.fn(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    expect(clearDeclaredCookies(googleAnalyticsCookies, { read })).toEqual([]);
  });
});
