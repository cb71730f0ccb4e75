import { afterEach, describe, expect, it, vi } from 'vitest';
import { negotiateLocale } from '@weroom/cookie-consent/server';
import de from '@weroom/cookie-consent/locales/de';
import fr from '@weroom/cookie-consent/locales/fr';
import nb from '@weroom/cookie-consent/locales/nb';
import pt from '@weroom/cookie-consent/locales/pt';
import { matchLocale, resolveLocale } from '../../src/core/locale';
import { weroomConfig } from '../helpers';

const available = ['fr', 'de', 'nb', 'pt', 'en'];

describe('matching a language against the ones the site ships (I18N-2)', () => {
  it.each([
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['de-AT', 'de-AT'],
    ['pt-BR', 'pt-BR'],
    ['fr_CA', 'fr-CA'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['it', undefined],
    ['', undefined],
    ['not a locale', undefined],
    ['<script>', undefined],
  ])('%s → %s', (wanted, expected) => {
    expect(matchLocale(wanted, available)).toBe(expected);
  });
});

describe('choosing the language in the browser (I18N-2)', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('takes the site’s choice first, when it ships it', () => {
    document.documentElement.lang = 'de';
    expect(resolveLocale('fr-BE', available)).toBe('fr-BE');
    expect(resolveLocale('it', available)).toBe('de');
  });

  it('then <html lang>, then the browser’s languages in their order', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['it-IT', 'pt-PT', 'de']);
    document.documentElement.lang = 'es';
    expect(resolveLocale(undefined, available)).toBe('pt-PT');
  });

  it('then the config’s first language, then English', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['it-IT']);
    expect(resolveLocale(undefined, available)).toBe('fr');
    expect(resolveLocale(undefined, ['en'])).toBe('en');
  });
});

describe('negotiating Accept-Language on the server (I18N-2)', () => {
  const config = { ...weroomConfig, locales: [fr, de, nb, pt] };

  it.each([
    ['de-CH,de;q=0.9,en;q=0.8', 'de-CH'],
    ['en;q=0.5, fr;q=0.9', 'fr'],
    ['it, pt-BR;q=0.7, fr;q=0.6', 'pt-BR'],
    ['nn', 'nb'],
    ['es, *;q=0.1', 'fr'],
    ['fr;q=0, en', 'en'],
    ['', 'fr'],
    [undefined, 'fr'],
    ['x'.repeat(5000), 'fr'],
    ['de;q=abc, en', 'de'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header, config)).toBe(expected);
  });

  it('speaks English when the config lists no language', () => {
    expect(negotiateLocale('de', { ...weroomConfig, locales: [] })).toBe('en');
  });
});
