import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeConsentValue, encodeConsentValue, type StoredDecision } from '../../src/core/cookie-codec';

const categoryId = fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/);
const storedDecision: fc.Arbitrary<StoredDecision> = fc
  .record({
    revision: fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/),
    seconds: fc.integer({ min: 0, max: 4_102_444_800 }),
    consentId: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'close', 'withdraw', 'opt-out', 'acknowledge'),
    ids: fc.uniqueArray(categoryId, { maxLength: 32 }),
    split: fc.nat(),
    regime: fc.constantFrom('opt-in', 'opt-out', 'none'),
  })
  .map(({ revision, seconds, consentId, method, ids, split, regime }) => {
    const cut = ids.length === 0 ? 0 : split % (ids.length + 1);
    return { revision, decidedAt: seconds * 1000, consentId, method, granted: ids.slice(0, cut), denied: ids.slice(cut), regime };
  });

function isWellFormed(decision: StoredDecision): boolean {
  const ids = [...decision.granted, ...decision.denied];
  return (
    /^[A-Za-z0-9_-]{1,32}$/.test(decision.revision) &&
    Number.isSafeInteger(decision.decidedAt) &&
    decision.decidedAt % 1000 === 0 &&
    /^[A-Za-z0-9_-]{8,64}$/.test(decision.consentId) &&
    ['accept-all', 'reject-all', 'custom', 'close', 'withdraw', 'opt-out', 'acknowledge'].includes(decision.method) &&
    ['opt-in', 'opt-out', 'none'].includes(decision.regime ?? 'opt-in') &&
    new Set(ids).size === ids.length &&
    ids.every((id) => /^[a-z][a-z0-9_-]{0,31}$/.test(id))
  );
}

describe('the consent cookie codec', () => {
  it('reads back every decision it writes (CK-2)', () => {
    fc.assert(
      fc.property(storedDecision, (decision) => {
        expect(decodeConsentValue(encodeConsentValue(decision))).toEqual(decision);
      }),
    );
  });

  it('writes a compact value of URL-unreserved characters only, well under 4 KB (CK-2)', () => {
    fc.assert(
      fc.property(storedDecision, (decision) => {
        const value = encodeConsentValue(decision);
        expect(value).toMatch(/^[A-Za-z0-9._~-]+$/);
        expect(value.length).toBeLessThan(2048);
      }),
    );
  });

  it('turns any string into nothing or a well-formed decision, without throwing (CK-4)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^1\.[\w.~%-]{0,80}$/)), (value) => {
        const decoded = decodeConsentValue(value);
        if (decoded !== null) {
          expect(isWellFormed(decoded)).toBe(true);
        }
      }),
    );
  });

  it('reads nothing from any truncation or single-character change of a valid value (CK-4)', () => {
    fc.assert(
      fc.property(storedDecision, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (decision, at, replacement) => {
        const value = encodeConsentValue(decision);
        const cut = at % value.length;
        const truncated = decodeConsentValue(value.slice(0, cut));
        // A cut inside the last list can still leave a shorter, well-formed value.
        if (truncated !== null) {
          expect(isWellFormed(truncated)).toBe(true);
        }
        const tampered = decodeConsentValue(value.slice(0, cut) + replacement + value.slice(cut + 1));
        if (tampered !== null) {
          expect(isWellFormed(tampered)).toBe(true);
        }
      }),
    );
  });

  it.each([
    ['an empty value', ''],
    ['a future format', '3.1.t5x1k0.q1W2e3R4t5Y6u7I8.c.features.advertising.o'],
    ['a format-2 value without its regime', '2.1.t5x1k0.q1W2e3R4t5Y6u7I8.c.features.advertising'],
    ['a format-1 value with a regime', '1.1.t5x1k0.q1W2e3R4t5Y6u7I8.c.features.advertising.o'],
    ['an unknown regime', '2.1.t5x1k0.q1W2e3R4t5Y6u7I8.c.features.advertising.x'],
    ['a foreign JSON value', '{"necessary":true,"analytics":true}'],
    ['a foreign boolean', 'true'],
    ['an unknown method', '1.1.t5x1k0.q1W2e3R4t5Y6u7I8.z.features.advertising'],
    ['a category both granted and denied', '1.1.t5x1k0.q1W2e3R4t5Y6u7I8.c.features~advertising.advertising'],
    ['a category named twice', '1.1.t5x1k0.q1W2e3R4t5Y6u7I8.c.features~features.'],
    ['a missing field', '1.1.t5x1k0.q1W2e3R4t5Y6u7I8.c.features'],
    ['a broken percent escape', '1.1.t5x1k0.q1W2e3R4t5Y6u7I8.c.features%E0%A4%A.'],
    ['an oversized value', `1.1.t5x1k0.q1W2e3R4t5Y6u7I8.c.${'a'.repeat(5000)}.`],
  ])('reads %s as no decision (CK-4)', (_, value) => {
    expect(decodeConsentValue(value)).toBeNull();
  });

  it('writes a decision given under opt-in in format 1, which older readers know, and the other regimes in format 2', () => {
    const decision = { revision: '3', decidedAt: 1_700_000_000_000, consentId: 'q1W2e3R4t5Y6u7I8', method: 'acknowledge', granted: ['features'], denied: [] } as const;
    expect(encodeConsentValue({ ...decision, method: 'accept-all' })).toMatch(/^1\.3\.[0-9a-z]+\.q1W2e3R4t5Y6u7I8\.a\.features\.$/);
    expect(encodeConsentValue({ ...decision, regime: 'opt-out' })).toMatch(/^2\.3\.[0-9a-z]+\.q1W2e3R4t5Y6u7I8\.k\.features\.\.o$/);
    expect(encodeConsentValue({ ...decision, regime: 'none' })).toMatch(/\.n$/);
    expect(decodeConsentValue(encodeConsentValue({ ...decision, method: 'accept-all' }))?.regime).toBe('opt-in');
  });

  it('reads a value that a server percent-encoded', () => {
    const value = '1.7.t5x1k0.q1W2e3R4t5Y6u7I8.a.features~performance.advertising';
    expect(decodeConsentValue(value.replace(/~/g, '%7E'))).toEqual(decodeConsentValue(value));
    expect(decodeConsentValue(value)).not.toBeNull();
  });
});
