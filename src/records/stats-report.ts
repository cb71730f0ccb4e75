// The figures of consentStats for people to read: a table for the terminal, and one self-contained
// HTML page (no network: uPlot, MIT, inlined from node_modules) with the rates over time as charts
// and the tables beneath. Every string of the site's (locales, revisions, hashes) is escaped.
import type { ConsentMethod } from '../core/consent-state.js';
import { STATS_METHODS, STATS_SURFACES, rateOf, type ConsentStats, type StatsCount, type StatsFigures, type StatsGroup, type StatsSplit } from './stats.js';

const METHOD_NAMES: Readonly<Record<ConsentMethod, string>> = {
  'accept-all': 'accept all',
  'reject-all': 'reject all',
  custom: 'custom',
  close: 'closed',
  withdraw: 'withdrew',
  'opt-out': 'opted out',
  acknowledge: 'acknowledged',
};
const SPLIT_NAMES: Readonly<Record<StatsSplit, string>> = { language: 'language', regime: 'regime', revision: 'revision', shownHash: 'shown texts', gpc: 'GPC' };

const count = (value: StatsCount) => (value === 'hidden' ? 'hidden' : value.toLocaleString('en'));
const percent = (rate: number | null) => (rate === null ? 'hidden' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);
const groupName = (group: StatsGroup) => (group.value === null ? (group.split ? 'others' : 'all') : group.value);

/** What every page and table says first: what is counted, and what "hidden" means. */
function definitions(stats: ConsentStats): string[] {
  return [
    `People are consent ids, that is browsers (a new one at each revision), each counted once per ${stats.by} under their latest decision in it; in the whole range, once under their latest decision in the range.`,
    `Rates are of those people. Withdrawals are decisions that refuse a category the same consent id had granted just before.`,
    `"hidden": fewer than ${stats.threshold} people (nobody included), or a cell hidden with such a group so that it cannot be worked out from a total minus the others.`,
  ];
}

/** The shares granted of one regime's categories, as columns. */
const shareColumns = (stats: ConsentStats) => stats.regimes.flatMap((regime) => stats.categories.map((category) => ({ regime, category })));
const shareOf = (figures: StatsFigures, regime: string, category: string) => figures.regimes[regime as keyof StatsFigures['regimes']]?.categories[category]?.share ?? null;

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** The figures as plain text tables: by period for all records, then the whole range by each split. */
export function renderStatsTable(stats: ConsentStats): string {
  const shares = shareColumns(stats);
  const header = ['period', 'people', 'decisions', 'accept all', 'reject all', 'custom', 'withdrawals', ...shares.map(({ regime, category }) => `${regime} ${category}`)];
  const row = (label: string, figures: StatsFigures) => [
    label,
    count(figures.people),
    count(figures.decisions),
    percent(rateOf(figures.methods['accept-all'], figures.people)),
    percent(rateOf(figures.methods['reject-all'], figures.people)),
    percent(rateOf(figures.methods.custom, figures.people)),
    count(figures.withdrawals),
    ...shares.map(({ regime, category }) => percent(shareOf(figures, regime, category))),
  ];
  const parts = [
    `Consent records from ${stats.from.slice(0, 10)} to ${stats.to.slice(0, 10)} (excluded), by ${stats.by} (UTC).`,
    ...definitions(stats),
    '',
    textTable(header, [...stats.all.periods.map((figures, index) => row(stats.periods[index]!.label, figures)), row('whole range', stats.all.total)]),
  ];
  for (const { split, groups } of stats.splits) {
    parts.push('', `By ${SPLIT_NAMES[split]}, whole range`, textTable([SPLIT_NAMES[split], ...header.slice(1)], groups.map((group) => row(groupName(group), group.total))));
  }
  if (stats.revisions.length > 0) parts.push('', `Revisions: ${stats.revisions.map(({ revision, firstPeriod }) => `${revision} from ${stats.periods.find((period) => period.key === firstPeriod)?.label ?? firstPeriod}`).join(', ')}.`);
  parts.push(`Records whose texts are unknown (textsKnown: false): ${stats.textsUnknown.toLocaleString('en')}.`);
  return `${parts.join('\n')}\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
// JSON inside <script>: nothing in it may close the element or start a comment.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

// Read when a page is made, through Node's resolution: the records entry itself imports nothing of
// Node's, so that the handler still runs where there is no file system.
async function readUplot(): Promise<{ script: string; style: string }> {
  const [{ readFileSync }, { createRequire }] = await Promise.all([import('node:fs'), import('node:module')]);
  const require = createRequire(import.meta.url);
  return {
    script: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8').replace(/<\/script/gi, '<\\/script'),
    style: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
  };
}

type Chart = { title: string; note: string; series: { label: string; values: (number | null)[] }[] };

/** The charts: choices, shares granted per regime, accept all by language and by regime. */
function chartsOf(stats: ConsentStats): Chart[] {
  const percentOf = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
  const charts: Chart[] = [
    {
      title: 'What people chose',
      note: 'Share of the people of each period, by their latest decision.',
      series: (['accept-all', 'reject-all', 'custom'] as const).map((method) => ({
        label: METHOD_NAMES[method],
        values: stats.all.periods.map((figures) => percentOf(rateOf(figures.methods[method], figures.people))),
      })),
    },
    ...stats.regimes.map((regime) => ({
      title: `Share granted, ${regime}`,
      note: `Of the people whose latest decision was under ${regime}, the share that granted each category.`,
      series: stats.categories.map((category) => ({ label: category, values: stats.all.periods.map((figures) => percentOf(shareOf(figures, regime, category))) })),
    })),
  ];
  for (const split of ['language', 'regime'] as const) {
    const groups = stats.splits.find((entry) => entry.split === split)?.groups ?? [];
    if (groups.length === 0) continue;
    charts.push({
      title: `Accept all by ${SPLIT_NAMES[split]}`,
      note: `Share of the people of each ${SPLIT_NAMES[split]} who accepted all.`,
      series: groups.map((group) => ({ label: groupName(group), values: group.periods.map((figures) => percentOf(rateOf(figures.methods['accept-all'], figures.people))) })),
    });
  }
  return charts;
}

function htmlTable(caption: string, header: string[], rows: string[][]): string {
  const cells = (row: string[], tag: 'td' | 'th') => row.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<${tag}${cell === 'hidden' ? ' class="hidden"' : ''}>${escapeHtml(cell)}</${tag}>`)).join('');
  return `<div class="table"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead><tbody>${rows.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('')}</tbody></table></div>`;
}

function tablesOf(stats: ConsentStats): string {
  const labels = [...stats.periods.map((period) => period.label), 'whole range'];
  const all = [...stats.all.periods, stats.all.total];
  const tables = [
    htmlTable(
      'Choices by period: people by their latest decision',
      ['period', 'people', 'decisions', 'withdrawals', ...STATS_METHODS.map((method) => METHOD_NAMES[method])],
      all.map((figures, index) => [labels[index]!, count(figures.people), count(figures.decisions), count(figures.withdrawals), ...STATS_METHODS.map((method) => count(figures.methods[method]))]),
    ),
    htmlTable(
      'Where people decided',
      ['period', 'people', ...STATS_SURFACES],
      all.map((figures, index) => [labels[index]!, count(figures.people), ...STATS_SURFACES.map((surface) => count(figures.surfaces[surface]))]),
    ),
    ...stats.regimes.map((regime) =>
      htmlTable(
        `Share granted under ${regime}`,
        ['period', 'people', ...stats.categories.flatMap((category) => [`${category} granted`, `${category} refused`, `${category} share`])],
        all.map((figures, index) => {
          const block = figures.regimes[regime];
          return [
            labels[index]!,
            block ? count(block.people) : '0',
            ...stats.categories.flatMap((category) => {
              const share = block?.categories[category];
              return share ? [count(share.granted), count(share.refused), percent(share.share)] : ['0', '0', 'hidden'];
            }),
          ];
        }),
      ),
    ),
  ];
  const shares = shareColumns(stats);
  for (const { split, groups } of stats.splits) {
    tables.push(
      htmlTable(
        `By ${SPLIT_NAMES[split]}, whole range`,
        [SPLIT_NAMES[split], 'people', 'decisions', 'withdrawals', 'accept all', 'reject all', 'custom', ...shares.map(({ regime, category }) => `${regime} ${category}`)],
        groups.map((group) => [
          groupName(group),
          count(group.total.people),
          count(group.total.decisions),
          count(group.total.withdrawals),
          ...(['accept-all', 'reject-all', 'custom'] as const).map((method) => percent(rateOf(group.total.methods[method], group.total.people))),
          ...shares.map(({ regime, category }) => (group.total.regimes[regime] ? percent(shareOf(group.total, regime, category)) : '—')),
        ]),
      ),
    );
  }
  return tables.join('\n');
}

// Runs in the page: draws each chart with uPlot, the revisions as dashed lines with their names.
const PAGE_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('stats-data').textContent);
  var colours = ['#1d6fb8', '#c2410c', '#15803d', '#7c3aed', '#b45309', '#0e7490', '#be123c', '#4d7c0f'];
  function revisions(u) {
    var ctx = u.ctx, top = u.bbox.top, height = u.bbox.height;
    ctx.save();
    ctx.strokeStyle = '#6b7280'; ctx.fillStyle = '#374151'; ctx.setLineDash([5, 4]); ctx.lineWidth = devicePixelRatio;
    ctx.font = (12 * devicePixelRatio) + 'px system-ui, sans-serif'; ctx.textBaseline = 'top';
    data.revisions.forEach(function (mark) {
      // A revision in force from the first period on is no change to mark.
      if (mark.x <= data.x[0]) return;
      var x = Math.round(u.valToPos(mark.x, 'x', true));
      if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
      ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + height); ctx.stroke();
      ctx.fillText(mark.label, x + 4 * devicePixelRatio, top + 4 * devicePixelRatio);
    });
    ctx.restore();
  }
  data.charts.forEach(function (chart, index) {
    var figure = document.getElementById('chart-' + index);
    var width = Math.max(320, figure.clientWidth - 8);
    var options = {
      width: width, height: 260,
      scales: { x: { time: true }, y: { range: [0, 100] } },
      axes: [{}, { values: function (u, ticks) { return ticks.map(function (t) { return t + '%'; }); } }],
      series: [{ label: data.by }].concat(chart.series.map(function (s, i) {
        return { label: s.label, stroke: colours[i % colours.length], width: 2, points: { show: true, size: 6 }, spanGaps: false,
          value: function (u, v, si, i) { return i == null ? '--' : v == null ? 'hidden' : v.toFixed(1) + '%'; } };
      })),
      hooks: { draw: [revisions] }
    };
    new uPlot(options, [data.x].concat(chart.series.map(function (s) { return s.values; })), figure.querySelector('.plot'));
  });
})();`;

const PAGE_STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; background: #f6f7f9; }
body { margin: 0; }
main { max-width: 1120px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
.range { color: #4b5563; margin: 0 0 16px; }
.definitions { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 16px 12px 32px; margin: 0 0 24px; color: #374151; font-size: 0.9rem; }
.definitions li + li { margin-top: 4px; }
.summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 24px; padding: 0; list-style: none; }
.summary li { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 16px; min-width: 140px; }
.summary strong { display: block; font-size: 1.4rem; }
.summary span { color: #4b5563; font-size: 0.85rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; margin-bottom: 32px; }
figure { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; margin: 0; padding: 12px 12px 4px; min-width: 0; }
figcaption { font-weight: 600; } figcaption small { display: block; font-weight: 400; color: #4b5563; margin: 2px 0 6px; }
h2 { font-size: 1.2rem; margin: 32px 0 12px; }
.table { overflow-x: auto; margin-bottom: 20px; background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: 600; padding: 10px 12px 6px; }
th, td { padding: 5px 10px; border-top: 1px solid #eef0f3; text-align: end; white-space: nowrap; }
thead th { color: #4b5563; font-weight: 600; } th[scope="row"], thead th:first-child { text-align: start; }
td.hidden { color: #9ca3af; font-style: italic; }
footer { color: #6b7280; font-size: 0.85rem; margin-top: 24px; }
`;

/**
 * One self-contained HTML page of the figures: summary, charts of the rates over time (revisions
 * marked on the time axis) and the tables beneath. No request leaves it (its CSP says so).
 */
export async function renderStatsHtml(stats: ConsentStats, options: { title?: string } = {}): Promise<string> {
  const uplot = await readUplot();
  const title = options.title ?? 'What the consent records say';
  const charts = chartsOf(stats);
  const data = {
    by: stats.by,
    x: stats.periods.map((period) => Date.parse(`${period.key}T00:00:00Z`) / 1000),
    revisions: stats.revisions.map(({ revision, firstPeriod }) => ({ x: Date.parse(`${firstPeriod}T00:00:00Z`) / 1000, label: `revision ${revision}` })),
    charts,
  };
  const total = stats.all.total;
  const summary = [
    [count(total.people), 'people'],
    [count(total.decisions), 'decisions'],
    [percent(rateOf(total.methods['accept-all'], total.people)), 'accepted all'],
    [percent(rateOf(total.methods['reject-all'], total.people)), 'rejected all'],
    [percent(rateOf(total.methods.custom, total.people)), 'chose'],
    [count(total.withdrawals), 'withdrawals'],
    [stats.textsUnknown.toLocaleString('en'), 'records with unknown texts'],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${uplot.style}</style>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="range">${escapeHtml(`From ${stats.from.slice(0, 10)} to ${stats.to.slice(0, 10)} (excluded), by ${stats.by}, UTC. Threshold: ${stats.threshold} people.`)}</p>
<ul class="definitions">${definitions(stats)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ul>
<ul class="summary">${summary.map(([value, label]) => `<li><strong>${escapeHtml(value!)}</strong><span>${escapeHtml(label!)}</span></li>`).join('')}</ul>
<section class="charts" aria-label="Rates over time">
${charts.map((chart, index) => `<figure id="chart-${index}"><figcaption>${escapeHtml(chart.title)}<small>${escapeHtml(chart.note)}</small></figcaption><div class="plot"></div></figure>`).join('\n')}
</section>
<h2>Tables</h2>
${tablesOf(stats)}
<footer>${escapeHtml(`Revisions: ${stats.revisions.map(({ revision, firstPeriod }) => `${revision} (first seen ${firstPeriod})`).join(', ') || 'none'}. Charts drawn with uPlot.`)}</footer>
</main>
<script type="application/json" id="stats-data">${scriptJson(data)}</script>
<script>${uplot.script}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
