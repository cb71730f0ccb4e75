// What the passes' records mean against the config: leak, undeclared, mislabelled, too-long,
// never-seen. Each finding says what is wrong and what to do, and where a suggestion came from.
import { configCategoryFor, knownHost, knownName, type KnowledgeSource, type KnownName, type VendorCategory } from './catalogue.js';
import { declarationOf, serviceOfHost, type ConsentInventory, type DeclaredName } from './inventory.js';
import { allowanceOf, type Allowance, type PassSpec } from './passes.js';
import type { AuditEvent, CookieEvent, Finding, FindingKind, PassResult, StorageEvent, Suggestion } from './types.js';

export type JudgeOptions = {
  /** The longest lifetime accepted for any cookie, in days: the CNIL's 13 months. @default 395 */
  maxDays: number;
  /** Accept requests to Google's tag hosts before consent: the cookieless pings of Consent Mode's advanced mode. @default false */
  acceptConsentModePings: boolean;
  /** Kinds that fail the run besides leaks (and mislabelled ones met before a choice or after a refusal). */
  failOn: readonly FindingKind[];
};

/** The hosts of Google's tags, which Consent Mode's advanced mode contacts before any choice. */
const GOOGLE_TAG_HOSTS = /(?:^|\.)(?:googletagmanager\.com|google-analytics\.com|analytics\.google\.com|googleadservices\.com|doubleclick\.net)$/;

/** Keys the library itself writes (the records outbox): its own, required for the proof of consent. */
const LIBRARY_KEYS = /^weroom-cookie-consent:/;

/** A day's slack over a declared duration, and 2 % for months and years of uneven length. */
const tolerance = (days: number) => days * 1.02 + 1;

type Subject = { cookie: string } | { storage: { area: StorageEvent['area']; key: string } } | { host: string };

function subjectKey(subject: Subject): string {
  if ('cookie' in subject) return `cookie:${subject.cookie}`;
  if ('storage' in subject) return `storage:${subject.storage.area}:${subject.storage.key}`;
  return `host:${subject.host}`;
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A lifetime in days as a config duration: `{ years: 2 }`, `{ months: 13 }`, `{ days: 90 }`, `{ session: true }`. */
function durationSnippet(days: number | null | undefined): string {
  if (days === null || days === undefined) return "{ session: true }";
  if (days <= 0) return '{ session: true }';
  if (days < 1) return `{ hours: ${Math.max(1, Math.round(days * 24))} }`;
  const years = days / 365.25;
  if (days >= 360 && Math.abs(years - Math.round(years)) < 0.03) return `{ years: ${Math.round(years)} }`;
  const months = days / 30.44;
  if (days >= 28 && Math.abs(months - Math.round(months)) < 0.05) return `{ months: ${Math.round(months)} }`;
  return `{ days: ${Math.round(days)} }`;
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A declaration to paste for an undeclared name, with the category it most likely belongs to and why. */
export function suggestionFor(name: string, known: KnownName | undefined, inventory: ConsentInventory, requestedDays: number | null): Suggestion {
  const ids = inventory.config.categoryIds;
  const required = inventory.config.categoryList.find((category) => category.required)?.id;
  const category = known ? (configCategoryFor(known.category, ids) ?? (known.category === 'necessary' ? required : undefined)) : undefined;
  const pattern = known?.pattern?.endsWith('*') ? `/^${escapeForPattern(known.pattern.slice(0, -1))}/` : known?.pattern?.startsWith('/') ? known.pattern : undefined;
  const duration = durationSnippet(requestedDays ?? (known?.retentionDays === null ? undefined : known?.retentionDays) ?? null);
  const purpose = known?.purpose ?? 'TODO: what it is for';
  const snippet = `{ name: ${pattern ?? quote(name)}, provider: ${quote(known?.vendor ?? 'TODO: who sets it')}, purpose: ${quote(purpose)}, duration: ${duration} },`;
  if (!known) {
    return { source: 'unknown', reason: 'no catalogue knows this name: ask whoever added the script or plugin that sets it', snippet };
  }
  const from = known.source === 'known-vendor' ? `a ${known.vendor} cookie, from the library's own services catalogue` : `${known.vendor}, ${known.category} in the Open Cookie Database${known.note ? ` (${known.note})` : ''}`;
  return {
    ...(category ? { category } : {}),
    source: known.source,
    reason: category ? from : `${from}; the config has no ${known.category} category: add one, or file it under the category that says what it does`,
    snippet,
  };
}

type Collector = { findings: Finding[]; index: Map<string, Finding> };

function add(collector: Collector, finding: Finding, subject: Subject): void {
  const key = `${finding.kind}|${finding.pass}|${subjectKey(subject)}`;
  const existing = collector.index.get(key);
  if (existing) {
    if (finding.page && existing.pages && !existing.pages.includes(finding.page)) existing.pages.push(finding.page);
    existing.fails ||= finding.fails;
    return;
  }
  const stored: Finding = { ...finding, ...subject, ...(finding.page ? { pages: [finding.page] } : {}) };
  collector.index.set(key, stored);
  collector.findings.push(stored);
}

/** The vendor category of a request's host and the config's category it falls under, with where that came from. */
function hostCategory(inventory: ConsentInventory, host: string): { category?: string; vendor: string; source: KnowledgeSource; known: VendorCategory | 'service' } | undefined {
  const service = serviceOfHost(inventory, host);
  if (service) return { category: service.category, vendor: service.name, source: 'config', known: 'service' };
  const known = knownHost(host);
  if (!known || (known.category !== 'analytics' && known.category !== 'advertising')) return undefined;
  const category = configCategoryFor(known.category, inventory.config.categoryIds);
  return { ...(category ? { category } : {}), vendor: known.vendor, source: known.source, known: known.category };
}

const phaseWords = (phase: 'before' | 'after', pass: PassSpec) =>
  phase === 'before' ? 'before any choice' : pass.action === 'reject' ? 'after "Reject all"' : pass.gpc ? 'after "Accept all" with Global Privacy Control' : 'after "Accept all"';

/** Judges one pass's records. `coveredBefore`: another pass already judges what happens before a choice here. */
function judgePass(collector: Collector, inventory: ConsentInventory, result: PassResult, options: JudgeOptions, coveredBefore: boolean): void {
  const spec: PassSpec = { id: result.id, action: result.action, gpc: result.gpc, place: result.place };
  const allowances: Record<'before' | 'after', Allowance> = { before: allowanceOf(inventory, spec, 'before'), after: allowanceOf(inventory, spec, 'after') };
  const required = (id: string) => inventory.config.categories[id]?.required === true;
  let pingsAccepted = false;

  for (const event of result.timeline) {
    const allowance = allowances[event.phase];
    const judgeLeak = !(coveredBefore && event.phase === 'before');
    const when = phaseWords(event.phase, spec);
    // Mislabelled fails when met before a choice or after a refusal; the moment before a choice is judged where no other pass judges it.
    const refusedOrBefore = (event.phase === 'before' && !coveredBefore) || spec.action === 'reject';

    if (event.type === 'request' || event.type === 'iframe') {
      if (!judgeLeak) continue;
      const fact = hostCategory(inventory, event.host);
      if (!fact) continue;
      const granted = fact.category ? allowance.granted[fact.category] === true : allowance.all;
      if (granted) continue;
      if (options.acceptConsentModePings && GOOGLE_TAG_HOSTS.test(event.host)) {
        pingsAccepted = true;
        continue;
      }
      const what = event.type === 'iframe' ? `an iframe of ${event.host}` : `a ${event.resource} request to ${event.host}`;
      const whose = fact.source === 'config' ? `the host of ${fact.vendor}, listed under "${fact.category}"` : `a known ${fact.known} host (${fact.vendor}, ${fact.source === 'known-vendor' ? "the library's services catalogue" : 'Open Cookie Database'})`;
      add(
        collector,
        {
          kind: 'leak',
          pass: result.id,
          page: event.page,
          ...(fact.category ? { category: fact.category } : {}),
          vendor: fact.vendor,
          source: fact.source,
          phase: event.phase,
          fails: true,
          via: event.type === 'iframe' ? 'iframe' : event.resource,
          message: `${what} ${when}: ${whose}, which this pass does not grant. Load it only once its category is granted (a ConsentScript, a gated embed, the service in the config).`,
        },
        { host: event.host },
      );
      continue;
    }

    if (event.type === 'cookie' && (event.deletion || !event.firstParty)) continue;
    if (event.type === 'storage' && !event.firstParty) continue;
    const name = event.type === 'cookie' ? event.name : event.key;
    const subject: Subject = event.type === 'cookie' ? { cookie: name } : { storage: { area: event.area, key: name } };
    const label = event.type === 'cookie' ? `the cookie ${name}` : event.area === 'indexedDB' ? `the IndexedDB database ${name}` : `the ${event.area} key ${name}`;
    const via = event.via === 'snapshot' ? 'found in storage' : event.via === 'script' ? `${event.area} write` : event.via;

    if (event.type === 'cookie' && name === inventory.consentCookie) {
      if (judgeLeak && spec.action === 'none' && allowance.regime === 'opt-in') {
        add(collector, { kind: 'leak', pass: result.id, page: event.page, phase: event.phase, fails: true, via, message: `the consent cookie ${name} was written before any choice: it may be written only when the person decides (EU-1).` }, subject);
      }
      continue;
    }
    if (event.type === 'storage' && LIBRARY_KEYS.test(name)) continue;

    const declared: DeclaredName | undefined = declarationOf(inventory, name);
    const known = knownName(name);
    const requestedDays = event.type === 'cookie' ? event.requestedDays : null;

    if (declared) {
      if (judgeLeak && !allowance.granted[declared.category]) {
        add(
          collector,
          {
            kind: 'leak',
            pass: result.id,
            page: event.page,
            category: declared.category,
            ...(known ? { vendor: known.vendor, source: known.source } : declared.provider ? { vendor: declared.provider, source: 'config' as const } : {}),
            phase: event.phase,
            fails: true,
            via,
            message: `${label} is declared under "${declared.category}", which this pass does not grant, and was set ${when}${event.type === 'cookie' && event.source ? ` by ${event.source}` : ''}. Set it only once "${declared.category}" is granted.`,
          },
          subject,
        );
      }
      if (known && (known.category === 'analytics' || known.category === 'advertising')) {
        const where = known.source === 'known-vendor' ? "the library's services catalogue" : 'the Open Cookie Database';
        const wrong = required(declared.category)
          ? `${label} is declared as required ("${declared.category}"), but ${where} knows it as ${known.category} (${known.vendor}). Required means strictly necessary: move it to the category that asks for consent.`
          : known.category === 'advertising' && !inventory.config.categories[declared.category]?.gpc
            ? `${label} is an advertising cookie (${known.vendor}, ${where}) declared under "${declared.category}", which Global Privacy Control does not cover: a visitor who sends GPC still gets it. Move it to a category with gpc: true (GPC-1).`
            : null;
        if (wrong) {
          const finding = { kind: 'mislabelled', pass: result.id, page: event.page, category: declared.category, vendor: known.vendor, source: known.source } as const;
          add(collector, { ...finding, phase: event.phase, fails: refusedOrBefore, via, message: wrong }, subject);
        }
      }
    } else {
      const suggestion = suggestionFor(name, known, inventory, requestedDays);
      add(
        collector,
        {
          kind: 'undeclared',
          pass: result.id,
          page: event.page,
          ...(suggestion.category ? { category: suggestion.category } : {}),
          ...(known ? { vendor: known.vendor, source: known.source } : {}),
          phase: event.phase,
          fails: options.failOn.includes('undeclared'),
          via,
          message: `${label} is set${event.type === 'cookie' && event.source ? ` by ${event.source}` : ''} but no category declares it. ${suggestion.category ? `Declare it under "${suggestion.category}" (${suggestion.reason}).` : `${suggestion.reason[0]!.toUpperCase()}${suggestion.reason.slice(1)}.`}`,
          suggestion,
        },
        subject,
      );
      if (judgeLeak && !allowance.all) {
        add(
          collector,
          {
            kind: 'leak',
            pass: result.id,
            page: event.page,
            ...(suggestion.category ? { category: suggestion.category } : {}),
            ...(known ? { vendor: known.vendor, source: known.source } : {}),
            phase: event.phase,
            fails: true,
            via,
            message: `${label} was set ${when} and no category declares it, so nothing holds it to consent${known ? ` (${known.vendor}: ${known.category})` : ''}. Find what sets it${event.type === 'cookie' && event.source ? ` (${event.source})` : ''}, load that only with consent, and declare it.`,
          },
          subject,
        );
      }
    }

    if (event.type === 'cookie' && requestedDays !== null && requestedDays > 0) {
      const declaredDays = declared?.declaredDays ?? null;
      const overDeclared = declaredDays !== null && declaredDays > 0 && requestedDays > tolerance(declaredDays);
      const overCnil = requestedDays > options.maxDays;
      if (overDeclared || overCnil) {
        const limit = overCnil ? (overDeclared ? Math.min(options.maxDays, declaredDays!) : options.maxDays) : declaredDays!;
        add(
          collector,
          {
            kind: 'too-long',
            pass: result.id,
            page: event.page,
            ...(declared ? { category: declared.category } : {}),
            phase: event.phase,
            fails: options.failOn.includes('too-long'),
            via,
            requestedDays: Math.round(requestedDays),
            limitDays: Math.round(limit),
            message: `${label} asks to live ${Math.round(requestedDays)} days${event.via === 'jar' ? ' (as the jar shows it, capped at 400)' : ''}, past ${[
              overDeclared ? `the ${Math.round(declaredDays!)} days the config declares` : '',
              overCnil ? `the CNIL's recommended ${options.maxDays} days (13 months)` : '',
            ]
              .filter(Boolean)
              .join(' and ')}. Shorten its Max-Age or Expires${overDeclared && !overCnil ? ', or declare its real duration' : ''}.`,
          },
          subject,
        );
      }
    }
  }
  if (pingsAccepted) result.notes.push("Requests to Google's tag hosts before consent were accepted by the option for Consent Mode's advanced mode (cookieless pings); the EDPB's Guidelines 2/2023 read such pings as access to the terminal.");
}

/** Every finding of an audit's passes, in the order kinds are listed, then passes. */
export function judge(inventory: ConsentInventory, passes: readonly PassResult[], options: JudgeOptions): Finding[] {
  const collector: Collector = { findings: [], index: new Map() };
  for (const result of passes) {
    // What happens before the choice in an action pass is what the no-choice pass of the same place sees.
    const coveredBefore = result.action !== 'none' && passes.some((other) => other.action === 'none' && other.place === result.place && !other.gpc);
    judgePass(collector, inventory, result, options, coveredBefore);
  }
  const names = passes.flatMap((result) => result.timeline.filter((event): event is CookieEvent | StorageEvent => event.type === 'cookie' || event.type === 'storage'));
  const seenName = (declaration: DeclaredName) =>
    names.some((event) => {
      const name = event.type === 'cookie' ? event.name : event.key;
      return declaration.name instanceof RegExp ? declaration.name.test(name) : declaration.name === name;
    });
  for (const declaration of inventory.declarations) {
    if (seenName(declaration)) continue;
    const name = String(declaration.name);
    add(
      collector,
      {
        kind: 'never-seen',
        pass: null,
        category: declaration.category,
        ...(declaration.provider ? { vendor: declaration.provider } : {}),
        source: 'config',
        fails: options.failOn.includes('never-seen'),
        message: `${name} is declared under "${declaration.category}"${declaration.service ? ` (by the service ${declaration.service})` : ''} but was not met in any pass on the pages visited. If nothing sets it any more, remove it from the config; if it is set only on pages or actions the audit did not reach, keep it.`,
      },
      { cookie: name },
    );
  }
  const order = (finding: Finding) => ['leak', 'mislabelled', 'undeclared', 'too-long', 'never-seen'].indexOf(finding.kind);
  return collector.findings.sort((a, b) => order(a) - order(b));
}

/** One block per category of the declarations to add, from the undeclared findings' suggestions. */
export function snippetsOf(findings: readonly Finding[]): Record<string, string> {
  const lines = new Map<string, Set<string>>();
  for (const finding of findings) {
    if (finding.kind !== 'undeclared' || !finding.suggestion) continue;
    const category = finding.suggestion.category ?? 'TODO-category';
    const own = lines.get(category) ?? new Set<string>();
    own.add(finding.suggestion.snippet);
    lines.set(category, own);
  }
  return Object.fromEntries([...lines].map(([category, own]) => [category, `${category}: {\n  cookies: [\n${[...own].map((line) => `    ${line}`).join('\n')}\n  ],\n},`]));
}

export type { AuditEvent };
