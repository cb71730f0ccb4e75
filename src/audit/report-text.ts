// The terminal report: one table per pass of its findings, then the summary line
// (`3 leaks, 2 undeclared, 1 never seen on 10 pages`).
import type { AuditReport, Finding, FindingKind, PassResult } from './types.js';

const LABELS: Readonly<Record<FindingKind, [string, string]>> = {
  leak: ['leak', 'leaks'],
  undeclared: ['undeclared', 'undeclared'],
  mislabelled: ['mislabelled', 'mislabelled'],
  'too-long': ['too long', 'too long'],
  'never-seen': ['never seen', 'never seen'],
};

/** What a finding is about, in a few characters. */
export function subjectOf(finding: Finding): string {
  if (finding.cookie !== undefined) return `cookie ${finding.cookie}`;
  if (finding.storage) return `${finding.storage.area} ${finding.storage.key}`;
  if (finding.host) return `host ${finding.host}`;
  return '';
}

function pathOf(address: string | undefined): string {
  if (!address) return '';
  try {
    const url = new URL(address);
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return address;
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.min(48, Math.max(...rows.map((row) => row[column]!.length))));
  const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
  return rows.map((row) => row.map((cell, column) => cut(cell, widths[column]!)).join('  ').trimEnd()).join('\n');
}

/** A control character or an escape sequence from the site never reaches the terminal. */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/** One pass's findings as a table, headed by what the pass allowed and how its choice was made. */
export function formatPassTable(pass: PassResult, findings: readonly Finding[]): string {
  const own = findings.filter((finding) => finding.pass === pass.id);
  const granted = Object.entries(pass.granted).filter(([, on]) => on).map(([id]) => id);
  const choice =
    pass.choice.method === 'banner'
      ? `clicked "${pass.choice.button}"`
      : pass.choice.method === 'consent-cookie'
        ? `NO BUTTON CLICKED: wrote the consent cookie instead (${pass.choice.reason})`
        : 'no choice made';
  const head = `${pass.id}: ${pass.regime}${pass.place ? ` from ${pass.place}` : ''}${pass.gpc ? ', with GPC' : ''}; ${choice}; grants ${granted.join(', ') || 'nothing'}; ${pass.pages.length} page(s)`;
  const notes = pass.notes.map((note) => `  note: ${note}`);
  if (own.length === 0) return [head, '  nothing found', ...notes].join('\n');
  const rows = [['kind', 'what', 'category', 'vendor', 'when', 'page'], ...own.map((finding) => [
    `${finding.fails ? '✗ ' : '  '}${finding.kind}`,
    printable(subjectOf(finding)),
    finding.category ?? '',
    printable(finding.vendor ?? ''),
    finding.phase === 'before' ? 'before choice' : finding.phase === 'after' ? 'after choice' : '',
    printable(pathOf(finding.page)) + (finding.pages && finding.pages.length > 1 ? ` +${finding.pages.length - 1}` : ''),
  ])];
  return [head, table(rows).replace(/^/gm, '  '), ...notes].join('\n');
}

/** `3 leaks, 2 undeclared, 1 never seen on 10 pages`. */
export function formatSummaryLine(report: AuditReport): string {
  const parts = (Object.keys(LABELS) as FindingKind[])
    .filter((kind) => report.summary[kind] > 0)
    .map((kind) => `${report.summary[kind]} ${LABELS[kind][report.summary[kind] === 1 ? 0 : 1]}`);
  const pages = `${report.summary.pages} page${report.summary.pages === 1 ? '' : 's'}`;
  return `${parts.length > 0 ? parts.join(', ') : 'nothing found'} on ${pages} in ${(report.summary.durationMs / 1000).toFixed(1)} s${report.summary.failed ? ' — FAILED' : ''}`;
}

/** The whole terminal report: a table per pass, the never-seen declarations, the summary line. */
export function formatTextReport(report: AuditReport): string {
  const sections = report.passes.map((pass) => formatPassTable(pass, report.findings));
  const never = report.findings.filter((finding) => finding.kind === 'never-seen');
  if (never.length > 0) sections.push(`never seen (declared, met in no pass):\n${never.map((finding) => `  ${printable(subjectOf(finding))} (${finding.category})`).join('\n')}`);
  const snippets = Object.values(report.snippets);
  if (snippets.length > 0) sections.push(`to declare (review each category; the sources are in the JSON and HTML reports):\n${snippets.map((text) => text.split('\n').map((line) => `  ${printable(line)}`).join('\n')).join('\n')}`);
  sections.push(formatSummaryLine(report));
  return `${sections.join('\n\n')}\n`;
}
