// The JSON report: the audit's result without the screenshots (kept for the HTML report), in a
// shape that stays stable (`version: 1`): { version, url, startedAt, pages, passes, findings,
// summary, options, snippets }, each finding { kind, pass, page?, pages?, cookie? | storage? |
// host?, category?, vendor?, source?, fails, message, … }.
import type { AuditReport } from './types.js';

/** The report as the documented JSON text. */
export function toJsonReport(report: AuditReport): string {
  const passes = report.passes.map(({ screenshot: _screenshot, ...pass }) => pass);
  return `${JSON.stringify({ ...report, passes }, null, 2)}\n`;
}
