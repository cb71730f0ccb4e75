// `weroom-consent audit <url> --config <file>`: audits a running site against its consent config
// in Chromium and prints a table per pass and a summary line. Exit status 0 when nothing fails,
// 1 on a leak (and on the kinds --fail-on names), 2 on a usage error or a site that cannot be
// reached. The audit itself (and playwright-core) loads only when the command runs.
import { writeFile } from 'node:fs/promises';
import { CliError, usageError } from './errors.js';

export const AUDIT_USAGE = `  weroom-consent audit <url> --config <file> [--pages N] [--concurrency N] [--json <file>] [--html <file>]
        [--fail-on kinds] [--header name:value]… [--cookie name=value]… [--browser <path>] [--place XX]
        [--gpc] [--values] [--settle-ms N] [--max-days N] [--no-robots] [--accept-consent-mode-pings] [--offline]`;

export const AUDIT_NOTES = `audit visits the site in a fresh Chromium profile per pass (no choice, after "Reject all", after
"Accept all"; --gpc adds "Accept all" with Global Privacy Control, --place US-CA a visitor from there)
and reports leaks, undeclared, mislabelled, too-long and never-seen cookies, storage and hosts.
--config is the site's config module (.ts, .js) or JSON (patterns as "/^_ga_/"). --fail-on lists the
kinds that fail besides leaks (undeclared,too-long,…). --offline answers every other host with an
empty stub instead of contacting it. It needs playwright-core and a Chromium or Chrome.`;

const FLAGS = new Set(['gpc', 'values', 'no-robots', 'accept-consent-mode-pings', 'offline']);
const REPEATED = new Set(['header', 'cookie']);
const VALUED = new Set(['config', 'pages', 'concurrency', 'json', 'html', 'fail-on', 'browser', 'place', 'settle-ms', 'max-days']);

type Parsed = { url: string | undefined; values: Map<string, string>; lists: Map<string, string[]>; flags: Set<string> };

/** The command line after `audit`: the address, then `--name value` pairs and flags. */
export function parseAuditArguments(first: string | undefined, rest: readonly string[]): Parsed {
  const parsed: Parsed = { url: undefined, values: new Map(), lists: new Map(), flags: new Set() };
  const words = [...(first === undefined ? [] : [first]), ...rest];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (!word.startsWith('--')) {
      if (parsed.url !== undefined) throw usageError(`Unexpected argument: ${word}`);
      parsed.url = word;
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (FLAGS.has(name)) {
      parsed.flags.add(name);
      continue;
    }
    if (!VALUED.has(name) && !REPEATED.has(name)) throw usageError(`Unknown option: --${name}`);
    const value = inline ?? words[++index];
    if (value === undefined) throw usageError(`--${name} needs a value.`);
    if (REPEATED.has(name)) parsed.lists.set(name, [...(parsed.lists.get(name) ?? []), value]);
    else parsed.values.set(name, value);
  }
  return parsed;
}

function wholeNumber(value: string | undefined, name: string, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) throw usageError(`--${name} must be a whole number of at least ${minimum}.`);
  return number;
}

/** Writes the progress line in place on a terminal, and a line per page elsewhere (CI logs). */
function progressWriter() {
  const tty = process.stderr.isTTY === true;
  return (progress: { pass: string; passIndex: number; passCount: number; pagesDone: number; pagesPlanned: number }) => {
    const line = `pass ${progress.passIndex + 1}/${progress.passCount} (${progress.pass}): ${progress.pagesDone}/${progress.pagesPlanned} pages`;
    if (tty) process.stderr.write(`\r\u001b[2K${line}`);
    else if (progress.pagesDone > 0) process.stderr.write(`${line}\n`);
  };
}

export async function audit(first: string | undefined, rest: readonly string[]): Promise<void> {
  const parsed = parseAuditArguments(first, rest);
  if (!parsed.url) throw usageError('Say which site to audit: weroom-consent audit <url> --config <file>.');
  let url: URL;
  try {
    url = new URL(parsed.url);
  } catch {
    throw usageError(`Not an address: ${parsed.url} (write it whole, https://www.example.com).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usageError(`The address must be http or https: ${parsed.url}`);
  const configFile = parsed.values.get('config');
  if (!configFile) throw usageError('Say where the consent config is: --config ./consent-config.ts (or a .json file).');
  const headers: Record<string, string> = {};
  for (const header of parsed.lists.get('header') ?? []) {
    const at = header.indexOf(':');
    if (at <= 0) throw usageError(`--header must be name:value, got ${header}`);
    headers[header.slice(0, at).trim().toLowerCase()] = header.slice(at + 1).trim();
  }
  const cookies = (parsed.lists.get('cookie') ?? []).map((cookie) => {
    const at = cookie.indexOf('=');
    if (at <= 0) throw usageError(`--cookie must be name=value, got ${cookie}`);
    return { name: cookie.slice(0, at).trim(), value: cookie.slice(at + 1).trim() };
  });
  const failOn = (parsed.values.get('fail-on') ?? '').split(',').map((kind) => kind.trim()).filter(Boolean);
  const known = ['leak', 'undeclared', 'mislabelled', 'too-long', 'never-seen'];
  for (const kind of failOn) if (!known.includes(kind)) throw usageError(`--fail-on takes ${known.join(', ')}; got ${kind}.`);
  const pages = wholeNumber(parsed.values.get('pages'), 'pages', 1);
  const concurrency = wholeNumber(parsed.values.get('concurrency'), 'concurrency', 1);
  const settleMs = wholeNumber(parsed.values.get('settle-ms'), 'settle-ms', 0);
  const maxDays = wholeNumber(parsed.values.get('max-days'), 'max-days', 1);
  const place = parsed.values.get('place');

  const auditModule = await import('../audit/index.js');
  const { ConsentConfigError } = await import('../core/config.js');
  const { auditSite, loadConsentConfig, AuditConfigError, AuditBrowserError, AuditSiteError, formatTextReport, toJsonReport, toHtmlReport } = auditModule;
  let config;
  try {
    config = await loadConsentConfig(configFile);
  } catch (error) {
    if (error instanceof AuditConfigError || error instanceof ConsentConfigError) throw new CliError(error.message, 2);
    throw error;
  }
  const progress = progressWriter();
  let report;
  try {
    report = await auditSite({
      url: url.href,
      config,
      gpc: parsed.flags.has('gpc'),
      ...(place ? { place } : {}),
      ...(pages !== undefined ? { pages } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(settleMs !== undefined ? { settleMs } : {}),
      ...(maxDays !== undefined ? { maxDays } : {}),
      headers,
      cookies,
      ...(parsed.values.has('browser') ? { browser: parsed.values.get('browser')! } : {}),
      respectRobots: !parsed.flags.has('no-robots'),
      values: parsed.flags.has('values'),
      acceptConsentModePings: parsed.flags.has('accept-consent-mode-pings'),
      offline: parsed.flags.has('offline'),
      failOn: failOn as ('leak' | 'undeclared' | 'mislabelled' | 'too-long' | 'never-seen')[],
      onProgress: progress,
    });
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (error instanceof AuditSiteError || error instanceof AuditBrowserError || error instanceof ConsentConfigError) throw new CliError(error.message, 2);
    if (error instanceof TypeError && /^(?:"|Unknown pass|The pass|The address)/.test(error.message)) throw new CliError(error.message, 2);
    throw error;
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const jsonFile = parsed.values.get('json');
  const htmlFile = parsed.values.get('html');
  if (jsonFile) await writeFile(jsonFile, toJsonReport(report));
  if (htmlFile) await writeFile(htmlFile, toHtmlReport(report));
  process.stdout.write(formatTextReport(report));
  if (report.summary.failed) {
    const failing = report.findings.filter((finding) => finding.fails);
    const kinds = [...new Set(failing.map((finding) => finding.kind))].join(', ');
    throw new CliError(`The audit fails: ${failing.length} finding(s) that fail the run (${kinds}).`, 1);
  }
}
