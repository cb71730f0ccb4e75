// The audit against a running site (issue #22): a fixture site on loopback with the planted
// faults of the table, every other host answered by a stub, and its clean twin.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite, toHtmlReport, toJsonReport, type AuditReport, type Finding } from '../../src/audit/index.ts';
import { cleanConfig, faultyConfig } from './fixture-config.ts';
import { startFixtureSite, type FixtureSite } from './fixture-site.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTest = existsSync(CHROMIUM) ? describe : describe.skip;

const find = (report: AuditReport, match: Partial<Pick<Finding, 'kind' | 'pass' | 'cookie' | 'host'>> & { storage?: string }) =>
  report.findings.filter(
    (finding) =>
      (match.kind === undefined || finding.kind === match.kind) &&
      (match.pass === undefined || finding.pass === match.pass) &&
      (match.cookie === undefined || finding.cookie === match.cookie) &&
      (match.host === undefined || finding.host === match.host) &&
      (match.storage === undefined || finding.storage?.key === match.storage),
  );
const passes = (findings: readonly Finding[]) => findings.map((finding) => finding.pass).sort();

browserTest('given a site with the planted faults, audited in three passes', () => {
  let site: FixtureSite;
  let report: AuditReport;
  let seconds: number;

  beforeAll(async () => {
    site = await startFixtureSite({ faults: true });
    const started = Date.now();
    // 3.5 s of watching after each page settles: the late tracker writes 3 s after the load.
    report = await auditSite({ url: site.url, config: faultyConfig, offline: true, settleMs: 3500, concurrency: 3, browser: CHROMIUM });
    seconds = (Date.now() - started) / 1000;
    process.stderr.write(`audit of the faulty fixture: ${seconds.toFixed(1)} s, ${report.pages.length} pages, 3 passes\n`);
  }, 120_000);
  afterAll(() => site?.close());

  it('makes each choice by clicking the banner button of that name', () => {
    expect(report.passes.map((pass) => [pass.id, pass.choice])).toEqual([
      ['no-choice', { method: 'none' }],
      ['reject', { method: 'banner', button: 'Reject all', locale: 'en' }],
      ['accept', { method: 'banner', button: 'Accept all', locale: 'en' }],
    ]);
  });

  it('names the analytics cookie a script writes on arrival a leak before a choice and after "Reject all" (EU-1)', () => {
    const leaks = find(report, { kind: 'leak', cookie: '_ga' });
    expect(passes(leaks)).toEqual(['no-choice', 'reject']);
    expect(leaks.find((leak) => leak.pass === 'no-choice')).toMatchObject({ phase: 'before', category: 'performance', via: 'document.cookie', fails: true });
    expect(leaks.find((leak) => leak.pass === 'reject')).toMatchObject({ phase: 'after', category: 'performance' });
  });

  it("names the server's undeclared analytics cookie a leak before a choice and after a refusal, and undeclared in every pass", () => {
    expect(passes(find(report, { kind: 'leak', cookie: '_pk_id.1.a1b2' }))).toEqual(['no-choice', 'reject']);
    const undeclared = find(report, { kind: 'undeclared', cookie: '_pk_id.1.a1b2' });
    expect(passes(undeclared)).toEqual(['accept', 'no-choice', 'reject']);
    // A known vendor (the library's Matomo service) weighs more than the catalogue, and says so.
    expect(undeclared[0]).toMatchObject({ via: 'set-cookie', vendor: 'Matomo', source: 'known-vendor', category: 'performance' });
    expect(undeclared[0]!.suggestion).toMatchObject({ category: 'performance', source: 'known-vendor' });
    expect(undeclared[0]!.suggestion!.snippet).toContain('name: /^_pk_id\\./');
    expect(report.snippets.performance).toContain("provider: 'Matomo'");
  });

  it('names the pixel sent after "Reject all" a leak of the service that sent it (SVC-1)', () => {
    const leaks = find(report, { kind: 'leak', host: 'www.facebook.com' });
    expect(passes(leaks)).toEqual(['reject']);
    expect(leaks[0]).toMatchObject({ phase: 'after', category: 'advertising', vendor: 'Meta Pixel', source: 'config', via: 'image' });
  });

  it('names the youtube.com iframe on the second page a leak before a choice (SVC-4)', () => {
    const leak = find(report, { kind: 'leak', pass: 'no-choice', host: 'www.youtube.com' });
    expect(leak).toHaveLength(1);
    expect(leak[0]).toMatchObject({ page: new URL('/video', site.url).href, category: 'advertising', vendor: 'YouTube', source: 'known-vendor' });
    const frames = report.passes[0]!.timeline.filter((event) => event.type === 'iframe');
    expect(frames).toEqual([expect.objectContaining({ host: 'www.youtube.com', url: 'https://www.youtube.com/embed/abc', page: new URL('/video', site.url).href })]);
  });

  it('names the localStorage key an SDK writes when imported a leak before a choice (EU-1)', () => {
    const leak = find(report, { kind: 'leak', pass: 'no-choice', storage: 'AMP_unsent_1a2b3c' });
    expect(leak).toHaveLength(1);
    expect(leak[0]).toMatchObject({ storage: { area: 'localStorage', key: 'AMP_unsent_1a2b3c' }, vendor: 'Amplitude', source: 'open-cookie-database', via: 'localStorage write' });
    const write = report.passes[0]!.timeline.find((event) => event.type === 'storage' && event.key === 'AMP_unsent_1a2b3c');
    expect(write).toMatchObject({ source: new URL('/vendor/sdk.js', site.url).href, phase: 'before' });
  });

  it('names the IndexedDB database the SDK opens a leak before a choice', () => {
    expect(find(report, { kind: 'leak', pass: 'no-choice', storage: 'sdk-cache' })).toEqual([
      expect.objectContaining({ storage: { area: 'indexedDB', key: 'sdk-cache' }, via: 'indexedDB write', fails: true }),
    ]);
  });

  it('names an advertising cookie declared as required mislabelled in every pass, failing before a choice and after a refusal', () => {
    const mislabelled = find(report, { kind: 'mislabelled', cookie: '_pin_unauth' });
    expect(passes(mislabelled)).toEqual(['accept', 'no-choice', 'reject']);
    expect(mislabelled.map((finding) => [finding.pass, finding.fails]).sort()).toEqual([
      ['accept', false],
      ['no-choice', true],
      ['reject', true],
    ]);
    expect(mislabelled[0]).toMatchObject({ category: 'features', vendor: 'Pinterest Tag', source: 'known-vendor' });
  });

  it('names the cookie asked for 25 months too long in every pass, from the expiry asked and not the jar', () => {
    const tooLong = find(report, { kind: 'too-long', cookie: 'site_prefs' });
    expect(passes(tooLong)).toEqual(['accept', 'no-choice', 'reject']);
    // 25 months asked; the config declares 6 months (183 days), under the CNIL's 395.
    expect(tooLong[0]).toMatchObject({ requestedDays: 761, limitDays: 183, via: 'set-cookie', fails: false });
    expect(tooLong[0]!.message).toContain("the CNIL's recommended 395 days");
  });

  it('sees a tracker cookie written 3 s after the page settled, a leak before a choice', () => {
    const leak = find(report, { kind: 'leak', pass: 'no-choice', cookie: '_uetvid' });
    expect(leak).toHaveLength(1);
    expect(leak[0]).toMatchObject({ vendor: 'Microsoft Advertising UET', category: 'advertising', phase: 'before' });
    const write = report.passes[0]!.timeline.find((event) => event.type === 'cookie' && event.name === '_uetvid');
    expect(write!.at).toBeGreaterThan(3000);
  });

  it('visits same-origin links and the sitemap, respects robots.txt, and submits no form', () => {
    const paths = report.pages.map((page) => new URL(page).pathname).sort();
    expect(paths).toEqual(['/', '/about', '/contact', '/video']);
    for (const pass of report.passes) expect(pass.pages.map((page) => new URL(page.url).pathname).sort()).toEqual(paths);
    expect(site.hits).not.toContain('GET /private');
    expect(site.hits).not.toContain('GET /logout');
    expect(site.hits.filter((hit) => hit.startsWith('POST'))).toEqual([]);
    expect(site.hits).toContain('GET /robots.txt');
  });

  it('keeps no cookie or storage value unless asked', () => {
    const events = report.passes.flatMap((pass) => pass.timeline);
    expect(events.some((event) => 'value' in event)).toBe(false);
    expect(toJsonReport(report)).not.toContain('s3ss10n');
  });

  it('fails the run and counts each kind', () => {
    expect(report.summary).toMatchObject({ failed: true, pages: 4 });
    expect(report.summary.leak).toBeGreaterThanOrEqual(13);
    expect(report.summary['never-seen']).toBe(4);
  });

  it('writes a JSON report in the documented shape, without screenshots', () => {
    const json = JSON.parse(toJsonReport(report)) as Record<string, unknown> & { passes: Record<string, unknown>[]; findings: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['version', 'url', 'startedAt', 'pages', 'passes', 'findings', 'summary', 'options', 'snippets']);
    expect(json.version).toBe(1);
    expect(json.passes[0]).not.toHaveProperty('screenshot');
    for (const finding of json.findings) {
      expect(['leak', 'undeclared', 'mislabelled', 'too-long', 'never-seen']).toContain(finding.kind);
      expect([null, 'no-choice', 'reject', 'accept']).toContain(finding.pass);
    }
  });

  it('writes a self-contained HTML report that escapes the names the site chose', () => {
    const html = toHtmlReport(report);
    // The fixture plants a cookie named `x<script>alert(1)</script>`.
    expect(html).toContain('x&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(?:src|href)="https?:/);
    expect(html.match(/<img alt="The start page in the [a-z-]+ pass" src="data:image\/png;base64,/g)).toHaveLength(3);
    expect(html).toContain('Timeline: what was set and sent');
  });
});

browserTest('given its clean twin', () => {
  let site: FixtureSite;
  let report: AuditReport;

  beforeAll(async () => {
    site = await startFixtureSite({ faults: false });
        // California under opt-out: what the place pass allows before any choice is the library's reading of it.
    const config = { ...cleanConfig, jurisdictions: { regimes: { 'US-CA': 'opt-out' as const } } };
    report = await auditSite({ url: site.url, config, offline: true, settleMs: 1000, concurrency: 3, browser: CHROMIUM, gpc: true, place: 'US-CA' });
  }, 120_000);
  afterAll(() => site?.close());

  it('finds nothing but declarations never seen', () => {
    expect(report.findings.filter((finding) => finding.kind !== 'never-seen')).toEqual([]);
    expect(report.findings.map((finding) => finding.cookie).sort()).toEqual(['/^_ga_/', '/^_gat/', '_fbc', '_gid']);
    expect(report.summary.failed).toBe(false);
  });

  it('still saw what the twin sets once it is allowed', () => {
    const accept = report.passes.find((pass) => pass.id === 'accept')!;
    const names = accept.timeline.filter((event) => event.type === 'cookie').map((event) => (event.type === 'cookie' ? event.name : ''));
    expect(names).toEqual(expect.arrayContaining(['_ga', '_fbp', 'session_id', 'site_prefs', 'cookie_consent']));
    // HttpOnly cookies too, from the Set-Cookie header the page cannot read.
    expect(accept.timeline.find((event) => event.type === 'cookie' && event.name === 'session_id')).toMatchObject({ via: 'set-cookie', httpOnly: true, requestedDays: null });
    expect(accept.timeline.some((event) => event.type === 'request' && event.host === 'www.googletagmanager.com' && event.phase === 'after')).toBe(true);
  });

  it('holds advertising through "Accept all" while Global Privacy Control is on (GPC-1)', () => {
    const gpc = report.passes.find((pass) => pass.id === 'gpc')!;
    expect(gpc.granted).toEqual({ features: true, performance: true, advertising: false });
    const names = gpc.timeline.flatMap((event) => (event.type === 'cookie' ? [event.name] : []));
    expect(names).toContain('_ga');
    expect(names).not.toContain('_fbp');
    expect(site.headers.some((headers) => headers['sec-gpc'] === '1')).toBe(true);
  });

  it('visits as a visitor from a place through the CDN header, under that place\'s regime (JUR-2)', () => {
    const place = report.passes.find((pass) => pass.id === 'US-CA')!;
    expect(place).toMatchObject({ place: 'US-CA', regime: 'opt-out', choice: { method: 'none' }, granted: { features: true, performance: true, advertising: true } });
    expect(report.passes.find((pass) => pass.id === 'no-choice')).toMatchObject({ regime: 'opt-in', granted: { features: true, performance: false, advertising: false } });
    expect(site.headers.some((headers) => headers['cf-ipcountry'] === 'US' && headers['cf-region-code'] === 'CA')).toBe(true);
  });
});

browserTest('given a banner whose button the audit cannot find', () => {
  let site: FixtureSite;
  let report: AuditReport;

  beforeAll(async () => {
    site = await startFixtureSite({ faults: false });
    // The config says the button reads "Allow everything"; the page's says "Accept all".
    const config = { ...cleanConfig, texts: { en: { banner: { acceptAll: 'Allow everything' } } } };
    report = await auditSite({ url: site.url, config, passes: ['accept'], pages: 1, settleMs: 0, choiceTimeoutMs: 500, offline: true, values: true, browser: CHROMIUM });
  }, 60_000);
  afterAll(() => site?.close());

  it("falls back to the library's consent cookie for the config's revision, and says so", () => {
    const [pass] = report.passes;
    expect(pass!.choice).toEqual({
      method: 'consent-cookie',
      reason: expect.stringContaining('no button named "Allow everything" on the page (language en'),
    });
    // The site read the written cookie as an acceptance and ran what it grants.
    const after = pass!.timeline.filter((event) => event.type === 'cookie' && event.phase === 'after').map((event) => (event.type === 'cookie' ? event.name : ''));
    expect(after).toEqual(expect.arrayContaining(['_ga', '_fbp']));
    expect(toHtmlReport(report)).toContain('No button was clicked');
  });

  it('keeps the values when asked', () => {
    const ga = report.passes[0]!.timeline.find((event) => event.type === 'cookie' && event.name === '_ga');
    expect(ga).toMatchObject({ value: 'GA1.1.1234.5678', via: 'document.cookie', requestedDays: 395 });
  });
});
