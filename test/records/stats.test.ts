// @vitest-environment node
// What the records say (#26): consent rates computed in the database, on the embedded store and on
// a Postgres server alike, from records of a known mix whose figures are worked out by hand below.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consentStats,
  createSqlRecordStore,
  renderStatsHtml,
  renderStatsTable,
  statsPeriods,
  type ConsentStats,
  type RecordStore,
  type StatsCount,
  type StatsFigures,
  type StoredRecord,
} from '@weroom/cookie-consent/records';
import { POSTGRES_URL } from './support';

// Two ISO weeks: 2026-W45 (Mon 2 Nov) and 2026-W46 (Mon 9 Nov); `to` excluded.
const FROM = new Date('2026-11-02T00:00:00Z');
const TO = new Date('2026-11-16T00:00:00Z');
const SCHEMA = 'consent_stats_test';

/** The stores under test; the Postgres one in a schema of its own, so that other test files may share the server. */
const stores: { name: string; open: () => Promise<RecordStore> }[] = [
  {
    name: 'the embedded store (PGlite)',
    async open() {
      const db = new PGlite();
      return createSqlRecordStore({ query: async (text, params = []) => ({ rows: (await db.query(text, params)).rows as never[] }), close: () => db.close() });
    },
  },
  {
    name: 'a Postgres server',
    async open() {
      const setup = new pg.Client({ connectionString: POSTGRES_URL });
      await setup.connect();
      await setup.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
      await setup.query(`CREATE SCHEMA ${SCHEMA}`);
      await setup.end();
      const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 2, options: `-c search_path=${SCHEMA}` });
      // The schema goes with the store: other test files count what the database holds.
      const close = async () => {
        await pool.end();
        const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
        await cleanup.connect();
        await cleanup.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
        await cleanup.end();
      };
      return createSqlRecordStore({ query: async (text, params) => ({ rows: (await pool.query(text, params)).rows }), close });
    },
  },
];

type Decision = Partial<Omit<StoredRecord, 'receivedAt' | 'recordId' | 'consentId'>> & { decidedAt: string };
const ALL = { features: true, performance: true, advertising: true };
const NONE = { features: true, performance: false, advertising: false };
const PERFORMANCE_ONLY = { features: true, performance: true, advertising: false };
const ADVERTISING_ONLY = { features: true, performance: false, advertising: true };
const H1 = 'fnv1a64:1111111111111111';
const H2 = 'fnv1a64:2222222222222222';
const H3 = 'fnv1a64:3333333333333333';
const H4 = 'fnv1a64:4444444444444444';
const H5 = 'fnv1a64:5555555555555555';
const SUBJECT = 'hmac-sha256:feedfacefeedfacefeedfacefeedface';

let people = 0;
let records = 0;
/** People of one kind, each with their own consent id and the same decisions. */
function group(size: number, decisions: Decision[]): Omit<StoredRecord, 'receivedAt'>[] {
  return Array.from({ length: size }, () => {
    people += 1;
    const consentId = `person${String(people).padStart(10, '0')}`;
    return decisions.map((decision) => {
      records += 1;
      return {
        recordId: `record${String(records).padStart(10, '0')}`,
        consentId,
        revision: '1',
        shownHash: H1,
        textsKnown: true,
        regimeMatches: true,
        locale: 'fr',
        choices: ALL,
        method: 'accept-all',
        surface: 'banner',
        gpc: false,
        jurisdiction: 'FR',
        regime: 'opt-in',
        subjectHash: null,
        ...decision,
      } as Omit<StoredRecord, 'receivedAt'>;
    });
  }).flat();
}

// The mix: large groups, and small ones (H, R, D, I) that must not be told apart. Week 45:
//   A  80 people, fr, revision 1, texts H1: accept all on the banner
//   B  48 people, en, revision 1, H2: reject all on the banner
//   E  44 people, en, revision 1, H2: accepted all on 28 Oct (before the range), withdraw in the dialog on 5 Nov
//   H   2 people, fr, revision 1, H1: close the banner (nothing granted)
//   R   1 person, fr, revision 1, H1, signed in: accept all on 3 Nov, custom (performance only) in the
//       dialog on 7 Nov, then in week 46 reject all on the banner on 10 Nov
// Week 46:
//   C  40 people, fr, revision 2, H3, GPC on: custom (performance only) in the dialog
//   D   3 people, de, revision 2, H4, texts unknown: accept all on the banner
//   G  40 people, en, opt-out regime, revision 1, H5: acknowledge on the banner (all granted)
//   G' 16 people, the same: opt out on the banner (advertising refused)
//   I   1 person, fr, revision 2, H3: custom through an embed's "Allow" (advertising only)
//   I'  1 person, fr, revision 2, H3: accept all through the API
// Outside the range: Z decided on 20 Oct only; Y on 16 Nov (the excluded end) only.
const [A, B, E, H, R, C, D, G, G2, I, I2] = [80, 48, 44, 2, 1, 40, 3, 40, 16, 1, 1];
const MIX = [
  ...group(A, [{ decidedAt: '2026-11-03T10:00:00Z' }]),
  ...group(B, [{ decidedAt: '2026-11-04T10:00:00Z', locale: 'en', shownHash: H2, method: 'reject-all', choices: NONE }]),
  ...group(E, [
    { decidedAt: '2026-10-28T10:00:00Z', locale: 'en', shownHash: H2 },
    { decidedAt: '2026-11-05T10:00:00Z', locale: 'en', shownHash: H2, method: 'withdraw', surface: 'preferences', choices: NONE },
  ]),
  ...group(H, [{ decidedAt: '2026-11-06T10:00:00Z', method: 'close', choices: NONE }]),
  ...group(R, [
    { decidedAt: '2026-11-03T12:00:00Z', subjectHash: SUBJECT },
    { decidedAt: '2026-11-07T12:00:00Z', method: 'custom', surface: 'preferences', choices: PERFORMANCE_ONLY, subjectHash: SUBJECT },
    { decidedAt: '2026-11-10T12:00:00Z', method: 'reject-all', choices: NONE, subjectHash: SUBJECT },
  ]),
  ...group(C, [{ decidedAt: '2026-11-10T10:00:00Z', revision: '2', shownHash: H3, method: 'custom', surface: 'preferences', choices: PERFORMANCE_ONLY, gpc: true }]),
  ...group(D, [{ decidedAt: '2026-11-11T10:00:00Z', locale: 'de', revision: '2', shownHash: H4, textsKnown: false, jurisdiction: 'DE' }]),
  ...group(G, [{ decidedAt: '2026-11-12T10:00:00Z', locale: 'en', shownHash: H5, regime: 'opt-out', jurisdiction: 'US-CA', method: 'acknowledge' }]),
  ...group(G2, [{ decidedAt: '2026-11-12T11:00:00Z', locale: 'en', shownHash: H5, regime: 'opt-out', jurisdiction: 'US-CA', method: 'opt-out', choices: PERFORMANCE_ONLY }]),
  ...group(I, [{ decidedAt: '2026-11-13T10:00:00Z', revision: '2', shownHash: H3, method: 'custom', surface: 'embed', choices: ADVERTISING_ONLY }]),
  ...group(I2, [{ decidedAt: '2026-11-13T11:00:00Z', revision: '2', shownHash: H3, surface: 'api' }]),
  ...group(1, [{ decidedAt: '2026-10-20T10:00:00Z' }]),
  ...group(1, [{ decidedAt: '2026-11-16T00:00:00Z', method: 'reject-all', choices: NONE }]),
];
const CONSENT_IDS = [...new Set(MIX.map((record) => record.consentId))];

/** The figures of the mix, worked out by hand from the list above. */
const EXPECTED = {
  week45: {
    people: A + B + E + H + R, // 175
    decisions: A + B + E + H + 2 * R, // R decided twice
    withdrawals: E + R, // E against 28 Oct, R's custom refusing the advertising it had accepted
    methods: { 'accept-all': A, 'reject-all': B, custom: R, close: H, withdraw: E, 'opt-out': 0, acknowledge: 0 },
    surfaces: { banner: A + B + H, preferences: E + R, embed: 0, api: 0 },
    optIn: { people: A + B + E + H + R, performance: [A + R, B + E + H], advertising: [A, B + E + H + R] }, // [granted, refused]
  },
  week46: {
    people: R + C + D + G + G2 + I + I2, // 102
    decisions: R + C + D + G + G2 + I + I2,
    withdrawals: R, // R's reject all refusing the performance its custom choice granted
    methods: { 'accept-all': D + I2, 'reject-all': R, custom: C + I, close: 0, withdraw: 0, 'opt-out': G2, acknowledge: G },
    surfaces: { banner: R + D + G + G2, preferences: C, embed: I, api: I2 },
    optIn: { people: R + C + D + I + I2, performance: [C + D + I2, R + I], advertising: [D + I + I2, R + C] },
    optOut: { people: G + G2, performance: [G + G2, 0], advertising: [G, G2] },
  },
  total: {
    people: A + B + E + H + R + C + D + G + G2 + I + I2, // 276: everyone in the range once, R under reject all
    decisions: A + B + E + H + 3 * R + C + D + G + G2 + I + I2,
    withdrawals: E + 2 * R,
    methods: { 'accept-all': A + D + I2, 'reject-all': B + R, custom: C + I, close: H, withdraw: E, 'opt-out': G2, acknowledge: G },
    surfaces: { banner: A + B + H + R + D + G + G2, preferences: E + C, embed: I, api: I2 },
    optIn: { people: A + B + E + H + R + C + D + I + I2, performance: [A + C + D + I2, B + E + H + R + I], advertising: [A + D + I + I2, B + E + H + R + C] },
    optOut: { people: G + G2, performance: [G + G2, 0], advertising: [G, G2] },
  },
};

type Expected = {
  people: number;
  decisions: number;
  withdrawals: number;
  methods: Record<string, number>;
  surfaces: Record<string, number>;
  optIn: { people: number; performance: number[]; advertising: number[] };
  optOut?: { people: number; performance: number[]; advertising: number[] };
};
// With a threshold of 1, only zeros are hidden: fewer than one person.
const shown = (value: number): StatsCount => (value === 0 ? 'hidden' : value);
const mapValues = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, shown(value)]));
const block = (expected: Expected['optIn'] = { people: 0, performance: [0, 0], advertising: [0, 0] }) => ({
  people: shown(expected.people),
  categories: Object.fromEntries(
    (['advertising', 'performance'] as const).map((category) => {
      const [granted, refused] = expected[category] as [number, number];
      return [category, { granted: shown(granted), refused: shown(refused), share: granted > 0 && refused > 0 ? granted / (granted + refused) : null }];
    }),
  ),
});
const figuresOf = (expected: Expected) => ({
  people: shown(expected.people),
  decisions: shown(expected.decisions),
  withdrawals: shown(expected.withdrawals),
  methods: mapValues(expected.methods),
  surfaces: mapValues(expected.surfaces),
  regimes: { 'opt-in': block(expected.optIn), 'opt-out': block(expected.optOut) },
});

/** Every count of the figures, by its path, with the sums a reader knows tie them together. */
function cellsOf(stats: ConsentStats) {
  const cells = new Map<string, StatsCount>();
  const sums: { total: string; parts: string[] }[] = [];
  const groups = [stats.all, ...stats.splits.flatMap((split) => split.groups)];
  const nameOf = (index: number) => (index === 0 ? 'all' : `${groups[index]!.split}=${groups[index]!.value ?? 'others'}`);
  const addFigures = (prefix: string, figures: StatsFigures) => {
    cells.set(`${prefix}.people`, figures.people);
    cells.set(`${prefix}.decisions`, figures.decisions);
    cells.set(`${prefix}.withdrawals`, figures.withdrawals);
    for (const [method, value] of Object.entries(figures.methods)) cells.set(`${prefix}.method.${method}`, value);
    for (const [surface, value] of Object.entries(figures.surfaces)) cells.set(`${prefix}.surface.${surface}`, value);
    sums.push({ total: `${prefix}.people`, parts: Object.keys(figures.methods).map((method) => `${prefix}.method.${method}`) });
    sums.push({ total: `${prefix}.people`, parts: Object.keys(figures.surfaces).map((surface) => `${prefix}.surface.${surface}`) });
    if (Object.keys(figures.regimes).length > 0) sums.push({ total: `${prefix}.people`, parts: Object.keys(figures.regimes).map((regime) => `${prefix}.${regime}.people`) });
    for (const [regime, { people, categories }] of Object.entries(figures.regimes)) {
      cells.set(`${prefix}.${regime}.people`, people);
      for (const [category, share] of Object.entries(categories)) {
        cells.set(`${prefix}.${regime}.${category}.granted`, share.granted);
        cells.set(`${prefix}.${regime}.${category}.refused`, share.refused);
        // Every record of the mix names both categories.
        sums.push({ total: `${prefix}.${regime}.people`, parts: [`${prefix}.${regime}.${category}.granted`, `${prefix}.${regime}.${category}.refused`] });
      }
    }
  };
  groups.forEach((group, index) => {
    group.periods.forEach((figures, period) => addFigures(`${nameOf(index)}.${period}`, figures));
    addFigures(`${nameOf(index)}.total`, group.total);
    for (const measure of ['decisions', 'withdrawals']) sums.push({ total: `${nameOf(index)}.total.${measure}`, parts: group.periods.map((_, period) => `${nameOf(index)}.${period}.${measure}`) });
  });
  // A regime's group holds the people of that regime's block of all records.
  for (const group of stats.splits.find((split) => split.split === 'regime')?.groups ?? []) {
    [...group.periods.map((_, period) => String(period)), 'total'].forEach((bucket) => sums.push({ total: `all.${bucket}.${group.value}.people`, parts: [`regime=${group.value}.${bucket}.people`] }));
  }
  // A split's groups add up to all records, cell by cell.
  for (const split of stats.splits) {
    for (const key of cells.keys()) {
      if (!key.startsWith('all.')) continue;
      const rest = key.slice(4);
      const parts = split.groups.map((group) => `${split.split}=${group.value ?? 'others'}.${rest}`).filter((part) => cells.has(part));
      if (parts.length > 0) sums.push({ total: key, parts });
    }
  }
  return { cells, sums };
}

/**
 * The figures of the mix worked out here, record by record in memory, from the definitions: the
 * oracle the database's figures are held to, for every cell of every group.
 */
function oracleCells(stats: ConsentStats): Map<string, number> {
  const inRange = (record: { decidedAt: string }) => record.decidedAt >= FROM.toISOString() && record.decidedAt < TO.toISOString();
  const periodOf = (record: { decidedAt: string }) => stats.periods.findIndex((period) => record.decidedAt >= period.start && record.decidedAt < period.end);
  const byPerson = new Map<string, typeof MIX>();
  for (const record of MIX) if (record.decidedAt < TO.toISOString()) byPerson.set(record.consentId, [...(byPerson.get(record.consentId) ?? []), record]);
  type Row = { record: (typeof MIX)[number]; period: number; withdrew: boolean; latest: boolean; last: boolean };
  const rows: Row[] = [];
  for (const history of byPerson.values()) {
    history.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
    history.forEach((record, index) => {
      if (!inRange(record)) return;
      const previous = history[index - 1];
      const next = history[index + 1];
      rows.push({
        record,
        period: periodOf(record),
        withdrew: previous !== undefined && Object.entries(previous.choices).some(([category, granted]) => granted && record.choices[category] === false),
        latest: next === undefined || periodOf(next) !== periodOf(record),
        last: next === undefined,
      });
    });
  }
  const fieldOf = (record: (typeof MIX)[number], split: string) =>
    ({ language: record.locale, regime: record.regime, revision: record.revision, shownHash: record.shownHash, gpc: record.gpc ? 'on' : 'off' })[split]!;
  const cells = new Map<string, number>();
  const groups = [stats.all, ...stats.splits.flatMap((split) => split.groups)];
  groups.forEach((group) => {
    const name = group.split === null ? 'all' : `${group.split}=${group.value ?? 'others'}`;
    const named = group.split === null ? [] : stats.splits.find((split) => split.split === group.split)!.groups.flatMap((other) => (other.value === null ? [] : [other.value]));
    const member = (row: Row) => group.split === null || (group.value === null ? !named.includes(fieldOf(row.record, group.split)) : fieldOf(row.record, group.split) === group.value);
    const regimes = group.split === 'regime' ? [] : stats.regimes;
    [...group.periods.map((_, period) => period), -1].forEach((bucket) => {
      const prefix = `${name}.${bucket === -1 ? 'total' : bucket}`;
      const here = rows.filter((row) => member(row) && (bucket === -1 || row.period === bucket));
      const latest = here.filter((row) => (bucket === -1 ? row.last : row.latest));
      cells.set(`${prefix}.people`, latest.length);
      cells.set(`${prefix}.decisions`, here.length);
      cells.set(`${prefix}.withdrawals`, here.filter((row) => row.withdrew).length);
      for (const method of ['accept-all', 'reject-all', 'custom', 'close', 'withdraw', 'opt-out', 'acknowledge']) cells.set(`${prefix}.method.${method}`, latest.filter((row) => row.record.method === method).length);
      for (const surface of ['banner', 'preferences', 'embed', 'api']) cells.set(`${prefix}.surface.${surface}`, latest.filter((row) => row.record.surface === surface).length);
      for (const regime of regimes) {
        const under = latest.filter((row) => row.record.regime === regime);
        cells.set(`${prefix}.${regime}.people`, under.length);
        for (const category of stats.categories) {
          cells.set(`${prefix}.${regime}.${category}.granted`, under.filter((row) => row.record.choices[category] === true).length);
          cells.set(`${prefix}.${regime}.${category}.refused`, under.filter((row) => row.record.choices[category] === false).length);
        }
      }
    });
  });
  return cells;
}

/**
 * The reader's attempt: every published count, every sum, and that no count is below zero. Pins
 * what a sum's bounds give away, then solves the sums by Gaussian elimination in exact fractions;
 * returns the hidden cells it worked out (those worked out as zero give nobody away).
 */
function workOutHidden(stats: ConsentStats): string[] {
  const { cells, sums } = cellsOf(stats);
  const known = new Map<string, number>();
  for (const [key, value] of cells) if (value !== 'hidden') known.set(key, value);
  const found: string[] = [];
  for (let progress = true; progress; ) {
    progress = false;
    for (const sum of sums) {
      const terms = [{ key: sum.total, sign: -1 }, ...sum.parts.map((key) => ({ key, sign: 1 }))];
      const open = terms.filter((term) => !known.has(term.key));
      const rest = terms.filter((term) => known.has(term.key)).reduce((total, term) => total + term.sign * known.get(term.key)!, 0);
      if (open.length === 1) {
        known.set(open[0]!.key, -rest / open[0]!.sign);
        found.push(open[0]!.key);
        progress = true;
      } else if (open.length > 1 && open.every((term) => term.sign === open[0]!.sign) && rest === 0) {
        // No count is below zero: hidden cells adding up to nothing are each zero.
        for (const term of open) (known.set(term.key, 0), found.push(term.key));
        progress = true;
      }
    }
  }
  // Exact elimination over what is left.
  const unknowns = [...cells.keys()].filter((key) => !known.has(key));
  const column = new Map(unknowns.map((key, index) => [key, index]));
  type Fraction = [bigint, bigint];
  const reduce = ([n, d]: Fraction): Fraction => {
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
    const g = gcd(n, d) || 1n;
    return d < 0n ? [-n / g, -d / g] : [n / g, d / g];
  };
  const rows: Fraction[][] = [];
  for (const sum of sums) {
    const row: Fraction[] = unknowns.map(() => [0n, 1n]);
    let touches = false;
    for (const [key, sign] of [[sum.total, -1n], ...sum.parts.map((key) => [key, 1n])] as [string, bigint][]) {
      const at = column.get(key);
      if (at === undefined) continue;
      row[at] = reduce([row[at]![0] + sign * row[at]![1], row[at]![1]]);
      touches = true;
    }
    if (touches) rows.push(row);
  }
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < unknowns.length && rank < rows.length; col++) {
    const at = rows.findIndex((row, index) => index >= rank && row[col]![0] !== 0n);
    if (at < 0) continue;
    [rows[rank], rows[at]] = [rows[at]!, rows[rank]!];
    const pivot = rows[rank]![col]!;
    rows[rank] = rows[rank]!.map(([n, d]) => reduce([n * pivot[1], d * pivot[0]]));
    for (let other = 0; other < rows.length; other++) {
      const factor = rows[other]![col]!;
      if (other === rank || factor[0] === 0n) continue;
      rows[other] = rows[other]!.map(([n, d], index) => {
        const [pn, pd] = rows[rank]![index]!;
        return reduce([n * factor[1] * pd - factor[0] * pn * d, d * factor[1] * pd]);
      });
    }
    pivots.push(col);
    rank++;
  }
  pivots.forEach((col, row) => {
    if (rows[row]!.every(([n], index) => index === col || n === 0n || pivots.includes(index))) found.push(unknowns[col]!);
  });
  return found.filter((key) => cells.get(key) === 'hidden');
}

describe('the periods of the consent rates', () => {
  it('are UTC days, ISO weeks from Monday and calendar months, cut to the range', () => {
    expect(statsPeriods(new Date('2026-12-30T12:00:00Z'), new Date('2027-01-12T00:00:00Z'), 'week').map((period) => [period.label, period.start, period.end])).toEqual([
      ['2026-W53', '2026-12-30T12:00:00.000Z', '2027-01-04T00:00:00.000Z'],
      ['2027-W01', '2027-01-04T00:00:00.000Z', '2027-01-11T00:00:00.000Z'],
      ['2027-W02', '2027-01-11T00:00:00.000Z', '2027-01-12T00:00:00.000Z'],
    ]);
    expect(statsPeriods(new Date('2026-01-31T00:00:00Z'), new Date('2026-03-01T00:00:00Z'), 'month').map((period) => period.label)).toEqual(['2026-01', '2026-02']);
    expect(statsPeriods(new Date('2026-03-29T00:00:00Z'), new Date('2026-03-31T00:00:00Z'), 'day').map((period) => period.key)).toEqual(['2026-03-29', '2026-03-30']);
  });
});

describe.each(stores)('the consent rates on $name', (database) => {
  const skip = database.name.includes('Postgres') && !POSTGRES_URL;
  let store: RecordStore;
  let open: ConsentStats;
  let guarded: ConsentStats;

  beforeAll(async () => {
    if (skip) return;
    store = await database.open();
    for (const record of MIX) await store.insert(record);
    open = await consentStats(store, { from: FROM, to: TO, by: 'week', threshold: 1 });
    guarded = await consentStats(store, { from: FROM, to: TO, by: 'week' });
  }, 60_000);
  afterAll(async () => {
    if (!skip) await store.close();
  });

  describe.skipIf(skip)('', () => {
    it('counts people once a week under their latest decision, by method and by surface, with every decision and withdrawal', () => {
      expect(open.periods.map((period) => period.label)).toEqual(['2026-W45', '2026-W46']);
      expect(open.all.periods[0]).toEqual(figuresOf(EXPECTED.week45));
      expect(open.all.periods[1]).toEqual(figuresOf(EXPECTED.week46));
    });

    it('counts each person once in the whole range, under their latest decision in it', () => {
      expect(open.all.total).toEqual(figuresOf(EXPECTED.total));
    });

    it("gives each category's share granted per regime, leaving out the one nobody refuses", () => {
      expect(open.categories).toEqual(['advertising', 'performance']);
      expect(open.regimes).toEqual(['opt-in', 'opt-out']);
      expect(open.all.total.regimes['opt-in']!.categories.performance!.share).toBeCloseTo(124 / 220, 10);
      expect(open.all.total.regimes['opt-out']!.categories.advertising!.share).toBeCloseTo(40 / 56, 10);
      // Nobody under opt-out refused performance: no share to give.
      expect(open.all.total.regimes['opt-out']!.categories.performance).toEqual({ granted: 56, refused: 'hidden', share: null });
    });

    it('splits by language, regime, revision, shown texts and GPC, naming only values of 10 people or more', () => {
      const totals = (split: string) => Object.fromEntries(open.splits.find((entry) => entry.split === split)!.groups.map((group) => [group.value ?? 'others', group.total.people]));
      expect(totals('language')).toEqual({ de: D, en: B + E + G + G2, fr: A + H + R + C + I + I2 });
      expect(totals('regime')).toEqual({ 'opt-in': 220, 'opt-out': G + G2 });
      expect(totals('revision')).toEqual({ '1': A + B + E + H + R + G + G2, '2': C + D + I + I2 });
      expect(totals('shownHash')).toEqual({ [H1]: A + H + R, [H2]: B + E, [H3]: C + I + I2, [H4]: D, [H5]: G + G2 });
      expect(totals('gpc')).toEqual({ off: 236, on: C });
      // With the threshold of 10, German (3 people) and H4 (the same 3) are not named: they are counted among the others.
      const named = (split: string) => guarded.splits.find((entry) => entry.split === split)!.groups.map((group) => group.value);
      expect(named('language')).toEqual(['en', 'fr', null]);
      expect(named('shownHash')).toEqual([H1, H2, H3, H5, null]);
      expect(guarded.splits.find((entry) => entry.split === 'language')!.groups[2]!.total.people).toBe('hidden');
      // A new banner text is a line of its own, by week.
      const h3 = open.splits.find((entry) => entry.split === 'shownHash')!.groups.find((group) => group.value === H3)!;
      expect(h3.periods.map((figures) => figures.people)).toEqual(['hidden', C + I + I2]);
    });

    it('gives every figure of every group as worked out record by record', () => {
      const truth = oracleCells(open);
      const { cells } = cellsOf(open);
      expect([...cells.keys()].sort()).toEqual([...truth.keys()].sort());
      for (const [key, value] of truth) expect(cells.get(key), key).toBe(value === 0 ? 'hidden' : value);
    });

    it('hides every group of fewer than 10 people, and no hidden count can be worked out from the published ones', () => {
      const truth = oracleCells(guarded);
      const { cells } = cellsOf(guarded);
      expect([...cells.keys()].sort()).toEqual([...truth.keys()].sort());
      for (const [key, value] of truth) {
        if (value < 10) expect(cells.get(key), key).toBe('hidden');
        else if (cells.get(key) !== 'hidden') expect(cells.get(key), key).toBe(value);
      }
      // The small groups of the mix among them, by name: H (2 closed), R (1 custom), I (1 embed).
      expect(guarded.all.periods[0]!.methods.close).toBe('hidden');
      expect(guarded.all.periods[0]!.methods.custom).toBe('hidden');
      expect(guarded.all.periods[1]!.surfaces.embed).toBe('hidden');
      expect(guarded.all.periods[1]!.withdrawals).toBe('hidden');
      // Most large figures stay.
      const large = [...truth].filter(([, value]) => value >= 10);
      const published = large.filter(([key]) => cells.get(key) !== 'hidden');
      expect(published.length / large.length).toBeGreaterThan(0.5);
      // No hidden cell comes out of the published ones, though more are hidden than the small ones.
      expect(workOutHidden(guarded).filter((key) => truth.get(key)! > 0)).toEqual([]);
      const hidden = [...cells.values()].filter((value) => value === 'hidden').length;
      const small = [...truth.values()].filter((value) => value < 10).length;
      expect(hidden).toBeGreaterThan(small);
    });

    it('would give hidden counts away were only the small ones hidden', () => {
      const truth = oracleCells(guarded);
      const naive = structuredClone(guarded);
      const groups = [naive.all, ...naive.splits.flatMap((split) => split.groups)];
      groups.forEach((group) => {
        const name = group.split === null ? 'all' : `${group.split}=${group.value ?? 'others'}`;
        [...group.periods, group.total].forEach((figures, index) => {
          const prefix = `${name}.${index === group.periods.length ? 'total' : index}`;
          const at = (key: string): StatsCount => (truth.get(`${prefix}.${key}`)! < 10 ? 'hidden' : truth.get(`${prefix}.${key}`)!);
          figures.people = at('people');
          figures.decisions = at('decisions');
          figures.withdrawals = at('withdrawals');
          for (const method of Object.keys(figures.methods) as (keyof StatsFigures['methods'])[]) figures.methods[method] = at(`method.${method}`);
          for (const surface of Object.keys(figures.surfaces) as (keyof StatsFigures['surfaces'])[]) figures.surfaces[surface] = at(`surface.${surface}`);
          for (const [regime, block] of Object.entries(figures.regimes)) {
            block.people = at(`${regime}.people`);
            for (const [category, share] of Object.entries(block.categories)) (share.granted = at(`${regime}.${category}.granted`)), (share.refused = at(`${regime}.${category}.refused`));
          }
        });
      });
      const worked = workOutHidden(naive).filter((key) => truth.get(key)! > 0);
      // The one withdrawal of week 46, from the range's 13 minus week 45's 12.
      expect(worked).toContain('all.1.withdrawals');
    });

    it('counts the records whose texts are unknown, and marks where each revision starts', () => {
      expect(guarded.textsUnknown).toBe(3);
      expect(guarded.revisions).toEqual([
        { revision: '1', firstPeriod: '2026-11-02' },
        { revision: '2', firstPeriod: '2026-11-09' },
      ]);
    });

    it('never gives a consent id or a subject hash, in the figures, the table or the page', async () => {
      const outputs = [JSON.stringify(open), JSON.stringify(guarded), renderStatsTable(guarded), await renderStatsHtml(open)];
      for (const output of outputs) {
        for (const consentId of CONSENT_IDS) expect(output).not.toContain(consentId);
        expect(output).not.toContain(SUBJECT);
        expect(output).not.toMatch(/record\d{10}/);
      }
    });

    it('prints a table a person can read, with the definitions and "hidden" for small groups', () => {
      const table = renderStatsTable(guarded);
      expect(table).toContain('People are consent ids, that is browsers');
      const rows = table.split('\n');
      expect(rows.find((row) => row.startsWith('period'))).toMatch(/^period\s+people\s+decisions\s+accept all\s+reject all\s+custom\s+withdrawals\s+opt-in advertising/);
      // Week 45's custom choice is R's alone: hidden, never 0.6%.
      expect(rows.find((row) => row.startsWith('2026-W45'))!.split(/\s{2,}/)[5]).toBe('hidden');
      expect(rows.filter((row) => /^(2026-W4[56]|whole range)\s/.test(row))).toHaveLength(3);
      expect(table).toContain('By language, whole range');
      expect(table).toMatch(/^others\s+hidden/m);
      expect(table).toContain('Records whose texts are unknown (textsKnown: false): 3.');
    });
  });
});

describe('the HTML page of the consent rates', () => {
  let store: RecordStore;
  beforeAll(async () => {
    store = await stores[0]!.open();
    // Site input where markup would be: a revision and a locale-like value.
    for (const record of group(12, [{ decidedAt: '2026-11-03T10:00:00Z', revision: '</script><img src=x onerror=alert(1)>', locale: 'x-"><b>' }])) await store.insert(record);
  }, 30_000);
  afterAll(() => store.close());

  it('escapes every string of the site and loads nothing from the network', async () => {
    const page = await renderStatsHtml(await consentStats(store, { from: FROM, to: TO }));
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&#60;/script&#62;&#60;img src=x onerror=alert(1)&#62;');
    expect(page.match(/<\/script>/g)).toHaveLength(3);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/\s(?:src|href)=["']?https?:/i);
    expect(page).toContain('uPlot');
  });
});
