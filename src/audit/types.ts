// The audit's records and report: the JSON report is this shape (version 1), so it stays stable.
import type { KnowledgeSource } from './catalogue.js';
import type { PassAction } from './passes.js';
import type { ConsentRegime } from '../core/jurisdiction.js';

/** Before the visitor's choice in the pass, or after it. */
export type Phase = 'before' | 'after';

type Seen = {
  /** Milliseconds since the pass started. */
  at: number;
  /** The audited page (its address) the event belongs to. */
  page: string;
  phase: Phase;
};

/** A cookie written: by a `Set-Cookie` response, a script's `document.cookie` or `cookieStore`, or only found in the jar. */
export type CookieEvent = Seen & {
  type: 'cookie';
  name: string;
  /** Kept only with `values: true`. */
  value?: string;
  /** The `Domain` attribute, without its dot; absent for a host-only cookie. */
  domain?: string;
  /** The host of the response or of the frame that wrote it. */
  host: string;
  /** Whether it lands on the audited site (its host or a parent domain), not a third party's. */
  firstParty: boolean;
  via: 'set-cookie' | 'document.cookie' | 'cookie-store' | 'jar';
  /** The lifetime asked for, in days (from `Max-Age` or `Expires`, not the jar's 400-day cap); null for a session cookie. */
  requestedDays: number | null;
  /** A write that expires the cookie at once: a deletion, not a placement. */
  deletion: boolean;
  httpOnly?: boolean;
  /** The response's address (`set-cookie`) or the script's (`document.cookie`), without its query. */
  source?: string;
};

/** A storage key written: localStorage, sessionStorage, or an IndexedDB database opened. */
export type StorageEvent = Seen & {
  type: 'storage';
  area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  key: string;
  value?: string;
  host: string;
  firstParty: boolean;
  via: 'script' | 'snapshot';
  source?: string;
};

/** A request to another site (scripts, pixels, beacons, frames…). */
export type RequestEvent = Seen & {
  type: 'request';
  host: string;
  /** Origin and path, never the query (it often carries identifiers). */
  url: string;
  /** The browser's resource type: script, image, ping, xhr, fetch, document (a frame)… */
  resource: string;
};

/** An iframe of another site on the page. */
export type FrameEvent = Seen & { type: 'iframe'; host: string; url: string };

export type AuditEvent = CookieEvent | StorageEvent | RequestEvent | FrameEvent;

/** How the pass made its choice. */
export type ChoiceMade =
  | { method: 'none' }
  /** The banner's button, found by role and name in the page's language. */
  | { method: 'banner'; button: string; locale: string }
  /** No button could be clicked: the library's consent cookie was written for the config's revision. */
  | { method: 'consent-cookie'; reason: string };

export type PageVisit = { url: string; status: number | null; error?: string };

/** One pass as it ran. */
export type PassResult = {
  id: string;
  action: PassAction;
  gpc: boolean;
  place: string | null;
  regime: ConsentRegime;
  /** What the pass allows after its choice (before it, for `no-choice`). */
  granted: Readonly<Record<string, boolean>>;
  choice: ChoiceMade;
  pages: PageVisit[];
  timeline: AuditEvent[];
  /** Things the reader must know about this pass (an option that accepted hosts, a time limit). */
  notes: string[];
  /** A PNG of the start page once the choice was made, base64; in the HTML report, not the JSON. */
  screenshot?: string;
  durationMs: number;
};

export type FindingKind = 'leak' | 'undeclared' | 'mislabelled' | 'too-long' | 'never-seen';

export const FINDING_KINDS: readonly FindingKind[] = ['leak', 'undeclared', 'mislabelled', 'too-long', 'never-seen'];

/** A ready declaration for the config, and where its category came from. */
export type Suggestion = {
  /** The config's category it most likely belongs to; absent when nothing knows the name. */
  category?: string;
  source: KnowledgeSource | 'unknown';
  /** Why, in a few words. */
  reason: string;
  /** A `CookieDeclaration` to paste under the category's `cookies`. */
  snippet: string;
};

/** One thing the audit found. */
export type Finding = {
  kind: FindingKind;
  /** The pass it was met in; null for `never-seen`, which looks at every pass. */
  pass: string | null;
  /** The first page it was met on. */
  page?: string;
  /** Every page it was met on. */
  pages?: string[];
  cookie?: string;
  storage?: { area: StorageEvent['area']; key: string };
  host?: string;
  /** The category it is declared under (or, for a request, its service's), else the suggested one. */
  category?: string;
  vendor?: string;
  /** Where the vendor and category came from. */
  source?: KnowledgeSource;
  phase?: Phase;
  /** Whether it fails the run. */
  fails: boolean;
  /** What is wrong, and what to do, in plain words. */
  message: string;
  requestedDays?: number;
  limitDays?: number;
  /** How it was set or sent: `set-cookie`, `document.cookie`, an iframe… */
  via?: string;
  suggestion?: Suggestion;
};

export type AuditSummary = Record<FindingKind, number> & { pages: number; failed: boolean; durationMs: number };

/** The audit's result; `toJsonReport` gives its documented JSON form. */
export type AuditReport = {
  version: 1;
  url: string;
  startedAt: string;
  pages: string[];
  passes: PassResult[];
  findings: Finding[];
  summary: AuditSummary;
  options: { settleMs: number; maxDays: number; acceptConsentModePings: boolean; values: boolean; failOn: FindingKind[] };
  /** The config's undeclared names as one block per category, to paste. */
  snippets: Record<string, string>;
};
