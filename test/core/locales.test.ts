// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConsentLocale } from '@weroom/cookie-consent';
import en from '@weroom/cookie-consent/locales/en';

// Every language module in src/locales, held to English's shape (I18N-1).
const files = readdirSync(new URL('../../src/locales/', import.meta.url)).filter((file) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)?\.ts$/.test(file) && !file.endsWith('-more.ts'));
const modules = await Promise.all(
  files.map(async (file) => {
    const module = (await import(`../../src/locales/${file}`)) as { default: ConsentLocale };
    return [file.slice(0, -3), module.default, await module.default.more()] as const;
  }),
);
const english = { ...en.texts, ...(await en.more()) };

/** Every text of a module, by its path (`banner.title`). */
function textsOf(value: object, path = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string') texts.set(`${path}${key}`, entry);
    else if (entry && typeof entry === 'object') for (const [inner, text] of textsOf(entry, `${path}${key}.`)) texts.set(inner, text);
  }
  return texts;
}

const englishTexts = textsOf(english);
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}|\[[^\]]*\]\([^)]*\)/g)].map((match) => match[0].replace(/^\[[^\]]*\]/, '[…]')).sort();
/** Texts a language may leave as English writes them: the word "Cookie" and its table caption. */
const SAME_AS_ENGLISH = new Set(['cookies.name', 'cookies.caption', 'fr:categories.performance.title']);

describe('the language modules', () => {
  it('include English, French and every other official language of the EU, Icelandic, Norwegian Bokmål and one right-to-left language', () => {
    const codes = modules.map(([code]) => code);
    const eu = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
    expect(codes).toEqual(expect.arrayContaining([...eu, 'is', 'nb']));
    expect(modules.filter(([, module]) => module.dir === 'rtl').map(([code]) => code)).toEqual(['ar']);
  });

  describe.each(modules.filter(([code]) => code !== 'en'))('%s', (code, module, more) => {
    const texts = textsOf({ ...module.texts, ...more });

    it('is named by its file and has every text English has, and no other (I18N-1)', () => {
      expect(module.code).toBe(code);
      expect([...texts.keys()].sort()).toEqual([...englishTexts.keys()].sort());
    });

    it('keeps every placeholder and link of each English text (I18N-1)', () => {
      for (const [key, text] of englishTexts) expect(placeholders(texts.get(key) ?? ''), key).toEqual(placeholders(text));
    });

    it('gives "Accept all", "Reject all" and "Cookie settings" one translation each across the layers', () => {
      expect(more.preferences.acceptAll).toBe(module.texts.banner.acceptAll);
      expect(more.preferences.rejectAll).toBe(module.texts.banner.rejectAll);
      expect(module.texts.gate.settings).toBe(module.texts.settings.open);
      expect(more.policy.manage).toContain(module.texts.settings.open);
    });

    it('leaves no text in English but the word "Cookie"', () => {
      const same = [...texts].filter(([key, text]) => text === englishTexts.get(key) && !SAME_AS_ENGLISH.has(key) && !SAME_AS_ENGLISH.has(`${code}:${key}`));
      expect(same.map(([key]) => key)).toEqual([]);
    });
  });
});
