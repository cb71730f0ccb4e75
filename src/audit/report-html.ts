// The HTML report: one self-contained page (no script, no outside resource; its own CSP forbids
// both) with the summary, each pass's findings, a screenshot per pass, the timeline of what was set
// and sent, and the snippets for what is undeclared. Everything the site gave (names, hosts,
// addresses) is escaped: a cookie name is the site's input.
import { subjectOf } from './report-text.js';
import type { AuditEvent, AuditReport, Finding, FindingKind, PassResult } from './types.js';

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const KIND_HELP: Readonly<Record<FindingKind, string>> = {
  leak: 'Set or sent although this pass does not allow it: before a choice, after a refusal, or held by Global Privacy Control. Load what sets it only once its category is granted.',
  undeclared: 'Set, but no category declares it, so the library cannot hold it to consent, list it or delete it on withdrawal. Declare it (a snippet is below) and load its source by consent.',
  mislabelled: 'Declared in a category that does not fit what it is known to do: an analytics or advertising cookie declared as required, or an advertising one outside the categories GPC covers.',
  'too-long': "Asks to live longer than the config declares or than the CNIL's recommended 13 months. Shorten its lifetime, or declare the real one.",
  'never-seen': 'Declared, but met in no pass on the pages visited. Remove it if nothing sets it any more.',
};

const style = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px}.pass h2{margin-top:0}h3{font-size:16px;margin:20px 0 6px}
.summary{display:flex;flex-wrap:wrap;gap:8px;margin:16px 0}
.count{background:#fff;border:1px solid #d5d9df;border-radius:8px;padding:8px 14px}
.count strong{display:block;font-size:22px}
.fail{color:#a4000f}.ok{color:#0a6b2d}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border:1px solid #d5d9df;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
td:first-child,td:nth-child(3){white-space:nowrap;overflow-wrap:normal}
th{background:#eef0f3}
tr.fails td:first-child{color:#a4000f;font-weight:600}
.pass{background:#fff;border:1px solid #d5d9df;border-radius:8px;padding:12px 16px;margin:16px 0}
.pass img{max-width:360px;border:1px solid #d5d9df;float:right;margin:0 0 8px 16px}
.pass::after{content:"";display:block;clear:both}
.note{background:#fff6d6;border-left:4px solid #c99a00;padding:6px 10px;margin:6px 0}
pre{background:#1b1f24;color:#f0f3f6;padding:12px;border-radius:6px;overflow:auto;font-size:13px}
details{margin:8px 0}dt{font-weight:600}dd{margin:0 0 8px}
`;

function findingRows(findings: readonly Finding[]): string {
  return findings
    .map(
      (finding) => `<tr class="${finding.fails ? 'fails' : ''}"><td>${escapeHtml(finding.kind)}${finding.fails ? ' (fails)' : ''}</td><td>${escapeHtml(subjectOf(finding))}</td><td>${escapeHtml(finding.category ?? '')}</td><td>${escapeHtml(finding.vendor ?? '')}${finding.source ? `<br><small>${escapeHtml(finding.source)}</small>` : ''}</td><td>${escapeHtml((finding.pages ?? []).join('\n'))}</td><td>${escapeHtml(finding.message)}</td></tr>`,
    )
    .join('\n');
}

const FINDINGS_HEAD = '<tr><th>kind</th><th>what</th><th>category</th><th>vendor (source)</th><th>pages</th><th>what is wrong, what to do</th></tr>';

function describeEvent(event: AuditEvent): string {
  switch (event.type) {
    case 'cookie':
      return `${event.deletion ? 'deleted' : 'set'} cookie ${event.name}${event.domain ? ` (domain ${event.domain})` : ''} by ${event.via}${event.source ? ` from ${event.source}` : ''}${event.requestedDays === null ? ', session' : `, ${event.requestedDays} days asked`}${event.firstParty ? '' : ', third party'}${event.value !== undefined ? ` = ${event.value}` : ''}`;
    case 'storage':
      return `${event.area} ${event.key} (${event.via}${event.source ? ` from ${event.source}` : ''}${event.firstParty ? '' : `, in a frame of ${event.host}`})${event.value !== undefined ? ` = ${event.value}` : ''}`;
    case 'request':
      return `${event.resource} request to ${event.url}`;
    case 'iframe':
      return `iframe of ${event.url}`;
    default:
      return event satisfies never;
  }
}

function passSection(pass: PassResult, findings: readonly Finding[]): string {
  const own = findings.filter((finding) => finding.pass === pass.id);
  const granted = Object.entries(pass.granted).map(([id, on]) => `${id}: ${on ? 'granted' : 'denied'}`).join(', ');
  const choice =
    pass.choice.method === 'banner'
      ? `Clicked the banner's "${pass.choice.button}" (${pass.choice.locale} texts).`
      : pass.choice.method === 'consent-cookie'
        ? `<span class="fail">No button was clicked</span>: the library's consent cookie was written for the config's revision instead, because ${escapeHtml(pass.choice.reason)}.`
        : 'No choice made: the visitor arrives and does nothing.';
  return `<section class="pass" id="pass-${escapeHtml(pass.id)}">
<h2>Pass ${escapeHtml(pass.id)}</h2>
${pass.screenshot ? `<img alt="${escapeHtml(`The start page in the ${pass.id} pass`)}" src="data:image/png;base64,${pass.screenshot.replace(/[^A-Za-z0-9+/=]/g, '')}">` : ''}
<p>Regime ${escapeHtml(pass.regime)}${pass.place ? ` (a visitor from ${escapeHtml(pass.place)})` : ''}${pass.gpc ? ', with Global Privacy Control' : ''}. ${pass.choice.method === 'consent-cookie' ? choice : escapeHtml(choice)} Allows ${escapeHtml(granted)}. ${pass.pages.length} page(s) in ${(pass.durationMs / 1000).toFixed(1)} s.</p>
${pass.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('\n')}
${own.length > 0 ? `<table>${FINDINGS_HEAD}${findingRows(own)}</table>` : '<p class="ok">Nothing found in this pass.</p>'}
<details><summary>Pages (${pass.pages.length})</summary><ul>${pass.pages.map((page) => `<li>${escapeHtml(page.url)} ${escapeHtml(page.status ?? '')}${page.error ? ` <span class="fail">${escapeHtml(page.error)}</span>` : ''}</li>`).join('')}</ul></details>
<details><summary>Timeline: what was set and sent (${pass.timeline.length})</summary><table><tr><th>ms</th><th>phase</th><th>page</th><th>what</th></tr>
${pass.timeline.map((event) => `<tr><td>${event.at}</td><td>${escapeHtml(event.phase)}</td><td>${escapeHtml(event.page)}</td><td>${escapeHtml(describeEvent(event))}</td></tr>`).join('\n')}
</table></details>
</section>`;
}

/** The report as one self-contained HTML page. */
export function toHtmlReport(report: AuditReport): string {
  const counts = (['leak', 'undeclared', 'mislabelled', 'too-long', 'never-seen'] as const)
    .map((kind) => `<div class="count"><strong class="${kind === 'leak' && report.summary.leak > 0 ? 'fail' : ''}">${report.summary[kind]}</strong>${escapeHtml(kind)}</div>`)
    .join('');
  const never = report.findings.filter((finding) => finding.kind === 'never-seen');
  const snippets = Object.values(report.snippets);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent audit of ${escapeHtml(report.url)}</title>
<style>${style}</style>
</head>
<body><main>
<h1>Consent audit of ${escapeHtml(report.url)}</h1>
<p>${escapeHtml(report.startedAt)}; ${report.summary.pages} page(s), ${report.passes.length} pass(es), ${(report.summary.durationMs / 1000).toFixed(1)} s. <strong class="${report.summary.failed ? 'fail' : 'ok'}">${report.summary.failed ? 'The audit fails.' : 'Nothing fails.'}</strong></p>
<div class="summary">${counts}</div>
<details><summary>What each kind means</summary><dl>${Object.entries(KIND_HELP).map(([kind, help]) => `<dt>${escapeHtml(kind)}</dt><dd>${escapeHtml(help)}</dd>`).join('')}</dl></details>
${report.passes.map((pass) => passSection(pass, report.findings)).join('\n')}
${never.length > 0 ? `<h2>Declared but never seen</h2><table>${FINDINGS_HEAD}${findingRows(never)}</table>` : ''}
${snippets.length > 0 ? `<h2>To declare</h2><p>Paste under <code>categories</code> in the config after checking each category: the suggestions' sources are in the tables above.</p><pre>${escapeHtml(snippets.join('\n'))}</pre>` : ''}
<h2>What this audit cannot see</h2>
<p>Pages only a person reaches (behind forms, searches, carts), other places and devices than the passes ran as, what the site's servers and its vendors keep on their side, and cookies on third parties' own domains beyond the requests made to them. Cookie categories from the Open Cookie Database are hints; the site decides its own.</p>
<p><small>Known cookies: the Open Cookie Database (Apache License 2.0), and the library's services catalogue.</small></p>
</main></body>
</html>
`;
}
