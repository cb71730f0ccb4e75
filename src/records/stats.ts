// What the records say: consent rates a site can look at, computed in its own database. Every
// figure is a count of people (consent ids) or of decisions, over the records' own fields; small
// groups are hidden, with enough neighbouring cells that none can be worked out (stats-suppression.ts).
import type { ConsentMethod, ConsentSurface } from '../core/consent-state.js';
import type { ConsentRegime } from '../core/jurisdiction.js';
import { suppressCells, type SumRelation } from './stats-suppression.js';
import type { RecordStore } from './store.js';

/** How the records are grouped in time: UTC days, ISO weeks (from Monday) or calendar months. */
export type StatsPeriodUnit = 'day' | 'week' | 'month';
/** A field the figures are split by, each value a group of its own. */
export type StatsSplit = 'language' | 'regime' | 'revision' | 'shownHash' | 'gpc';

export type ConsentStatsOptions = {
  /** The first instant counted. */
  from: Date;
  /** The first instant not counted. */
  to: Date;
  /** The length of a period. @default 'week' */
  by?: StatsPeriodUnit;
  /** Fewer people than this in a group, and its count is hidden. @default 10 */
  threshold?: number;
  /** The fields to split the figures by. @default ['language', 'regime', 'revision', 'shownHash', 'gpc'] */
  splits?: readonly StatsSplit[];
  /** The categories whose share granted is given; by default every one some record of the period refuses (a required category never is). */
  categories?: readonly string[];
};

/** A count, or `'hidden'`: fewer people than the threshold (nobody included), or hidden with such a group so that it cannot be worked out. */
export type StatsCount = number | 'hidden';

/** One category under one regime: of the people whose latest decision gives it, how many granted it. */
export type CategoryShare = {
  granted: StatsCount;
  refused: StatsCount;
  /** `granted / (granted + refused)`, from 0 to 1; `null` when either is hidden. */
  share: number | null;
};

/** The figures of one group in one period (or in the whole range). */
export type StatsFigures = {
  /** Consent ids that decided, each once, in the group of their latest decision. */
  people: StatsCount;
  /** Every decision (record), repeated ones included, in the group of its own fields. */
  decisions: StatsCount;
  /** Decisions that refuse a category the same consent id's previous decision granted (that one may be earlier than `from`). */
  withdrawals: StatsCount;
  /** People by the method of their latest decision: these add up to `people`. */
  methods: Record<ConsentMethod, StatsCount>;
  /** People by where their latest decision was given: these add up to `people`. */
  surfaces: Record<ConsentSurface, StatsCount>;
  /** Per regime, the people whose latest decision was under it, and each category's share granted; empty in a group of one regime (see all records' block). */
  regimes: Partial<Record<ConsentRegime, { people: StatsCount; categories: Record<string, CategoryShare> }>>;
};

/** The figures of a group: all records, or those whose split field has one value. */
export type StatsGroup = {
  split: StatsSplit | null;
  /**
   * The field's value (a locale, a regime, a revision, a shown hash, `on`/`off` for GPC); `null`
   * for all records, or, in a split, for the languages, revisions or texts of fewer people in the
   * whole range than the threshold, counted together.
   */
  value: string | null;
  /** One entry per period, in order. */
  periods: StatsFigures[];
  /** The whole range: people once each, under their latest decision in it. */
  total: StatsFigures;
};

export type StatsPeriod = {
  /** The first day of the period, `YYYY-MM-DD` (UTC). */
  key: string;
  /** `2026-11-03`, `2026-W45` or `2026-11`. */
  label: string;
  /** Where the period starts and ends within the range (the end excluded). */
  start: string;
  end: string;
};

export type ConsentStats = {
  from: string;
  to: string;
  by: StatsPeriodUnit;
  threshold: number;
  periods: StatsPeriod[];
  categories: string[];
  /** The regimes some record of the range was decided under. */
  regimes: ConsentRegime[];
  /** Each revision seen, with the first period it was seen in: where the time axis marks it. */
  revisions: { revision: string; firstPeriod: string }[];
  /** Records of the range whose texts are unknown (`textsKnown: false`): a fault of the site's, not a choice. */
  textsUnknown: number;
  all: StatsGroup;
  splits: { split: StatsSplit; groups: StatsGroup[] }[];
};

export const STATS_METHODS: readonly ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'close', 'withdraw', 'opt-out', 'acknowledge'];
export const STATS_SURFACES: readonly ConsentSurface[] = ['banner', 'preferences', 'embed', 'api'];
const REGIMES: readonly ConsentRegime[] = ['opt-in', 'opt-out', 'none'];
const SPLITS: readonly StatsSplit[] = ['language', 'regime', 'revision', 'shownHash', 'gpc'];
// Splits whose values are the site's own words: a rare one could single a person out.
const LUMPED: readonly StatsSplit[] = ['language', 'revision', 'shownHash'];
const DAY_MS = 86_400_000;
const MAX_PERIODS = 4000;

// One row per combination of what the figures need, for the records decided in [from, to): the
// person's order comes from the index on (consent_id, decided_at), so that their previous decision
// (for a withdrawal, earlier than `from` too) and their latest one in each period (the next
// decision falls in another period) are read in one pass; ties within a second by arrival.
const CUBE_SQL = `
SELECT period, locale, regime, revision, shown_hash, gpc, method, surface, choices, texts_known, withdrew, latest, last, count(*)::int AS records
FROM (
  SELECT to_char(period, 'YYYY-MM-DD') AS period, locale, regime, revision, shown_hash, gpc, method, surface, choices, texts_known,
    CASE WHEN previous <> choices
      THEN EXISTS (SELECT 1 FROM jsonb_each(previous) AS was WHERE was.value = 'true' AND choices -> was.key = 'false')
      ELSE false END AS withdrew,
    next_period IS DISTINCT FROM period AS latest,
    next_period IS NULL AS last
  FROM (
    SELECT decided_at, date_trunc($3, decided_at AT TIME ZONE 'UTC') AS period, locale, regime, revision, shown_hash, gpc, method, surface, choices, texts_known,
      lag(choices) OVER person AS previous,
      lead(date_trunc($3, decided_at AT TIME ZONE 'UTC')) OVER person AS next_period
    FROM consent_records
    WHERE decided_at < $2
    WINDOW person AS (PARTITION BY consent_id ORDER BY decided_at, received_at, record_id)
  ) AS sequenced
  WHERE decided_at >= $1
) AS flagged
GROUP BY period, locale, regime, revision, shown_hash, gpc, method, surface, choices, texts_known, withdrew, latest, last`;

type CubeRow = {
  period: string;
  locale: string;
  regime: ConsentRegime;
  revision: string;
  shown_hash: string;
  gpc: boolean;
  method: ConsentMethod;
  surface: ConsentSurface;
  choices: Record<string, boolean> | string;
  texts_known: boolean;
  withdrew: boolean;
  latest: boolean;
  last: boolean;
  records: number | string;
};

const dayKey = (time: number) => new Date(time).toISOString().slice(0, 10);

function periodStart(time: number, by: StatsPeriodUnit): number {
  const date = new Date(time);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (by === 'day') return day;
  if (by === 'week') return day - ((date.getUTCDay() + 6) % 7) * DAY_MS;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function nextStart(start: number, by: StatsPeriodUnit): number {
  if (by === 'day') return start + DAY_MS;
  if (by === 'week') return start + 7 * DAY_MS;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

function periodLabel(start: number, by: StatsPeriodUnit): string {
  if (by === 'day') return dayKey(start);
  if (by === 'month') return dayKey(start).slice(0, 7);
  // ISO 8601: a week belongs to the year of its Thursday.
  const thursday = new Date(start + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The periods that meet `[from, to)`, each cut to the range. */
export function statsPeriods(from: Date, to: Date, by: StatsPeriodUnit): StatsPeriod[] {
  const periods: StatsPeriod[] = [];
  for (let start = periodStart(from.getTime(), by); start < to.getTime(); start = nextStart(start, by)) {
    if (periods.length >= MAX_PERIODS) throw new RangeError(`consentStats: more than ${MAX_PERIODS} periods; choose a longer period or a shorter range.`);
    const end = nextStart(start, by);
    periods.push({
      key: dayKey(start),
      label: periodLabel(start, by),
      start: new Date(Math.max(start, from.getTime())).toISOString(),
      end: new Date(Math.min(end, to.getTime())).toISOString(),
    });
  }
  return periods;
}

const splitValue = (row: CubeRow, split: StatsSplit): string => {
  switch (split) {
    case 'language':
      return row.locale;
    case 'regime':
      return row.regime;
    case 'revision':
      return row.revision;
    case 'shownHash':
      return row.shown_hash;
    case 'gpc':
      return row.gpc ? 'on' : 'off';
    default:
      return split satisfies never;
  }
};

/** Counts of one group in one period before anything is hidden. */
type Tally = {
  people: number;
  decisions: number;
  withdrawals: number;
  methods: number[];
  surfaces: number[];
  regimePeople: number[];
  granted: number[][];
  refused: number[][];
  missing: number[][];
};

const emptyTally = (regimes: number, categories: number): Tally => ({
  people: 0,
  decisions: 0,
  withdrawals: 0,
  methods: STATS_METHODS.map(() => 0),
  surfaces: STATS_SURFACES.map(() => 0),
  regimePeople: Array.from({ length: regimes }, () => 0),
  granted: Array.from({ length: regimes }, () => Array.from({ length: categories }, () => 0)),
  refused: Array.from({ length: regimes }, () => Array.from({ length: categories }, () => 0)),
  missing: Array.from({ length: regimes }, () => Array.from({ length: categories }, () => 0)),
});

/**
 * The consent rates of the records decided in `[from, to)`, by period, computed in the database:
 * people (consent ids, that is browsers, renewed at each revision) by the method and the surface
 * of their latest decision, each category's share granted per regime, withdrawals, decisions;
 * the same split by language, regime, revision, shown texts and GPC. Aggregates only: a count of
 * fewer people than `threshold` is `'hidden'`, with enough other cells that none can be worked
 * out; no consent id or subject hash is in it.
 */
export async function consentStats(store: RecordStore, options: ConsentStatsOptions): Promise<ConsentStats> {
  const by = options.by ?? 'week';
  const threshold = options.threshold ?? 10;
  const splits = options.splits ?? SPLITS;
  if (!['day', 'week', 'month'].includes(by)) throw new TypeError(`consentStats: by must be day, week or month, not ${String(by)}.`);
  if (!(Number.isInteger(threshold) && threshold >= 1)) throw new TypeError('consentStats: threshold must be a whole number of people, 1 or more.');
  if (Number.isNaN(options.from.getTime()) || Number.isNaN(options.to.getTime()) || options.from >= options.to) throw new RangeError('consentStats: from must be a date before to.');
  for (const split of splits) if (!SPLITS.includes(split)) throw new TypeError(`consentStats: unknown split ${String(split)}.`);
  if (!store.select) throw new TypeError('consentStats: this store cannot run a query (it has no select method).');

  const periods = statsPeriods(options.from, options.to, by);
  const rows = (await store.select<CubeRow>(CUBE_SQL, [options.from.toISOString(), options.to.toISOString(), by])).map((row) => ({
    ...row,
    choices: typeof row.choices === 'string' ? (JSON.parse(row.choices) as Record<string, boolean>) : row.choices,
    records: Number(row.records),
  }));

  // What the range holds: categories (those some record refuses, unless named), regimes, revisions.
  const refusedSomewhere = new Set<string>();
  const seen = new Set<string>();
  const regimesSeen = new Set<ConsentRegime>();
  const revisionFirst = new Map<string, string>();
  let textsUnknown = 0;
  for (const row of rows) {
    for (const [category, granted] of Object.entries(row.choices)) {
      seen.add(category);
      if (granted === false) refusedSomewhere.add(category);
    }
    regimesSeen.add(row.regime);
    const first = revisionFirst.get(row.revision);
    if (first === undefined || row.period < first) revisionFirst.set(row.revision, row.period);
    if (!row.texts_known) textsUnknown += row.records;
  }
  const categories = options.categories ? [...options.categories] : [...seen].filter((category) => refusedSomewhere.has(category)).sort();
  const regimes = REGIMES.filter((regime) => regimesSeen.has(regime));

  // The groups: all records first, then one per value of each split field.
  // A language, revision or shown text with fewer people in the whole range than the threshold is
  // not named: such values are counted together, as `value: null`.
  const groups: { split: StatsSplit | null; value: string | null }[] = [{ split: null, value: null }];
  const groupIndex = new Map<string, number>();
  for (const split of splits) {
    const peopleOf = new Map<string, number>();
    for (const row of rows) if (row.last) peopleOf.set(splitValue(row, split), (peopleOf.get(splitValue(row, split)) ?? 0) + row.records);
    const values = [...new Set(rows.map((row) => splitValue(row, split)))].sort();
    const named = values.filter((value) => !LUMPED.includes(split) || (peopleOf.get(value) ?? 0) >= threshold);
    for (const value of named) {
      groupIndex.set(`${split}\u0000${value}`, groups.length);
      groups.push({ split, value });
    }
    if (named.length < values.length) {
      const others = groups.length;
      groups.push({ split, value: null });
      for (const value of values) if (!named.includes(value)) groupIndex.set(`${split}\u0000${value}`, others);
    }
  }
  const periodIndex = new Map(periods.map((period, index) => [period.key, index]));
  const buckets = periods.length + 1; // the last is the whole range
  const tallies = groups.map(() => Array.from({ length: buckets }, () => emptyTally(regimes.length, categories.length)));
  const addLatest = (tally: Tally, row: (typeof rows)[number]) => {
    tally.people += row.records;
    tally.methods[STATS_METHODS.indexOf(row.method)]! += row.records;
    tally.surfaces[STATS_SURFACES.indexOf(row.surface)]! += row.records;
    const regime = regimes.indexOf(row.regime);
    tally.regimePeople[regime]! += row.records;
    categories.forEach((category, index) => {
      const granted = row.choices[category];
      const into = granted === true ? tally.granted : granted === false ? tally.refused : tally.missing;
      into[regime]![index]! += row.records;
    });
  };
  for (const row of rows) {
    const bucket = periodIndex.get(row.period);
    if (bucket === undefined) continue;
    const inGroups = [0, ...splits.map((split) => groupIndex.get(`${split}\u0000${splitValue(row, split)}`)!)];
    for (const group of inGroups) {
      for (const tally of [tallies[group]![bucket]!, tallies[group]![periods.length]!]) {
        tally.decisions += row.records;
        if (row.withdrew) tally.withdrawals += row.records;
      }
      if (row.latest) addLatest(tallies[group]![bucket]!, row);
      if (row.last) addLatest(tallies[group]![periods.length]!, row);
    }
  }

  // Every count becomes a cell; the sums between cells are what a reader could subtract along.
  const values: number[] = [];
  const small: boolean[] = [];
  // Cells kept if at all possible: all records' figures first, and a group's people.
  const weights: number[] = [];
  const relations: SumRelation[] = [];
  const cellIds = new Map<string, number>();
  // Zero is fewer than the threshold too: were zeros shown, every hidden cell would hold someone,
  // and two hidden cells adding up to 2 would each be given away as 1.
  const cell = (group: number, bucket: number, measure: string, value: number, tooFew: boolean): number => {
    const id = values.length;
    values.push(value);
    small.push(tooFew);
    weights.push((group === 0 ? 50 : 1) * (measure === 'people' ? 20 : measure.endsWith(':people') ? 5 : 1));
    cellIds.set(`${group}|${bucket}|${measure}`, id);
    return id;
  };
  // A group of one regime has no block of regimes: it would repeat the regime's block of all records.
  const regimesOf = (group: number) => (groups[group]!.split === 'regime' ? [] : regimes);
  tallies.forEach((byBucket, group) => {
    byBucket.forEach((tally, bucket) => {
      const fewPeople = tally.people < threshold;
      const people = cell(group, bucket, 'people', tally.people, fewPeople);
      // Decisions and withdrawals count records; the people behind them are at least the group's.
      cell(group, bucket, 'decisions', tally.decisions, tally.decisions < threshold || fewPeople);
      cell(group, bucket, 'withdrawals', tally.withdrawals, tally.withdrawals < threshold || fewPeople);
      const methods = STATS_METHODS.map((method, index) => cell(group, bucket, `method:${method}`, tally.methods[index]!, tally.methods[index]! < threshold));
      const surfaces = STATS_SURFACES.map((surface, index) => cell(group, bucket, `surface:${surface}`, tally.surfaces[index]!, tally.surfaces[index]! < threshold));
      relations.push({ total: people, parts: methods }, { total: people, parts: surfaces });
      const regimeCells = regimesOf(group).map((regime) => {
        const at = regimes.indexOf(regime);
        const regimePeople = cell(group, bucket, `regime:${regime}:people`, tally.regimePeople[at]!, tally.regimePeople[at]! < threshold);
        categories.forEach((category, index) => {
          const granted = cell(group, bucket, `regime:${regime}:granted:${category}`, tally.granted[at]![index]!, tally.granted[at]![index]! < threshold);
          const refused = cell(group, bucket, `regime:${regime}:refused:${category}`, tally.refused[at]![index]!, tally.refused[at]![index]! < threshold);
          // Exact only when every such person's choices name the category.
          if (tally.missing[at]![index] === 0) relations.push({ total: regimePeople, parts: [granted, refused] });
        });
        return regimePeople;
      });
      if (regimeCells.length > 0) relations.push({ total: people, parts: regimeCells });
    });
    // Decisions and withdrawals add up over the periods; people do not (one person, several periods).
    for (const measure of ['decisions', 'withdrawals']) {
      relations.push({ total: cellIds.get(`${group}|${periods.length}|${measure}`)!, parts: periods.map((_, bucket) => cellIds.get(`${group}|${bucket}|${measure}`)!) });
    }
  });
  // A regime's group holds the people of that regime's block of all records.
  groups.forEach(({ split, value }, group) => {
    if (split !== 'regime') return;
    for (let bucket = 0; bucket < buckets; bucket++) {
      const block = cellIds.get(`0|${bucket}|regime:${value}:people`);
      if (block !== undefined) relations.push({ total: block, parts: [cellIds.get(`${group}|${bucket}|people`)!] });
    }
  });
  // Each split's groups add up to all records, cell by cell.
  for (const split of splits) {
    const members = groups.flatMap((group, index) => (group.split === split ? [index] : []));
    for (const [key, total] of cellIds) {
      if (!key.startsWith('0|')) continue;
      const rest = key.slice(2);
      const parts = members.flatMap((member) => {
        const id = cellIds.get(`${member}|${rest}`);
        return id === undefined ? [] : [id];
      });
      if (parts.length > 0) relations.push({ total, parts });
    }
  }
  const hidden = suppressCells(values, small, relations, weights);

  const count = (group: number, bucket: number, measure: string): StatsCount => {
    const id = cellIds.get(`${group}|${bucket}|${measure}`)!;
    return hidden[id] ? 'hidden' : values[id]!;
  };
  const figures = (group: number, bucket: number): StatsFigures => ({
    people: count(group, bucket, 'people'),
    decisions: count(group, bucket, 'decisions'),
    withdrawals: count(group, bucket, 'withdrawals'),
    methods: Object.fromEntries(STATS_METHODS.map((method) => [method, count(group, bucket, `method:${method}`)])) as Record<ConsentMethod, StatsCount>,
    surfaces: Object.fromEntries(STATS_SURFACES.map((surface) => [surface, count(group, bucket, `surface:${surface}`)])) as Record<ConsentSurface, StatsCount>,
    regimes: Object.fromEntries(
      regimesOf(group).map((regime) => [
        regime,
        {
          people: count(group, bucket, `regime:${regime}:people`),
          categories: Object.fromEntries(
            categories.map((category) => {
              const granted = count(group, bucket, `regime:${regime}:granted:${category}`);
              const refused = count(group, bucket, `regime:${regime}:refused:${category}`);
              const share = typeof granted === 'number' && typeof refused === 'number' && granted + refused > 0 ? granted / (granted + refused) : null;
              return [category, { granted, refused, share }];
            }),
          ),
        },
      ]),
    ),
  });
  const groupFigures = (group: number): StatsGroup => ({
    ...groups[group]!,
    periods: periods.map((_, bucket) => figures(group, bucket)),
    total: figures(group, periods.length),
  });

  return {
    from: options.from.toISOString(),
    to: options.to.toISOString(),
    by,
    threshold,
    periods,
    categories,
    regimes,
    revisions: [...revisionFirst].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])).map(([revision, firstPeriod]) => ({ revision, firstPeriod })),
    textsUnknown,
    all: groupFigures(0),
    splits: splits.map((split) => ({ split, groups: groups.flatMap((group, index) => (group.split === split ? [groupFigures(index)] : [])) })),
  };
}

/** `part / whole` when both are published and the whole is not zero; otherwise `null`. */
export function rateOf(part: StatsCount, whole: StatsCount): number | null {
  return typeof part === 'number' && typeof whole === 'number' && whole > 0 ? part / whole : null;
}
