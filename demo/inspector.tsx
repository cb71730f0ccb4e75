import { useConsentManager, type ConsentRecord } from '@weroom/cookie-consent';
import { useEffect, useId, useState } from 'react';
import { RECORDS_ENDPOINT, type Locale } from './routes';
import { words } from './words';

type Category = 'features' | 'performance' | 'advertising';

/** One data layer entry as code: `gtag('consent', 'update', {…})` for commands, JSON for events. */
function describeEntry(entry: unknown): string {
  if (Object.prototype.toString.call(entry) === '[object Arguments]') {
    const args = Array.from(entry as IArguments).map((value) => (value instanceof Date ? 'new Date()' : JSON.stringify(value)));
    return `gtag(${args.join(', ')})`;
  }
  return JSON.stringify(entry);
}

/** What the page holds now, re-read while the panel is open: the data layer and cookie names. */
function usePageSnapshot(active: boolean, revision: unknown) {
  const read = () => ({
    dataLayer: ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []).map(describeEntry),
    cookies: document.cookie ? document.cookie.split('; ').map((part) => part.split('=')[0] ?? part) : [],
  });
  const [snapshot, setSnapshot] = useState(read);
  useEffect(() => {
    if (!active) return;
    // After the other effects of this change (the Google tags push theirs), then every half
    // second: gtag.js replaces dataLayer.push when it loads, so watching means looking again.
    const soon = setTimeout(() => setSnapshot(read()), 0);
    const timer = setInterval(() => setSnapshot(read()), 500);
    return () => {
      clearTimeout(soon);
      clearInterval(timer);
    };
  }, [active, revision]);
  return snapshot;
}

/** The records the endpoint keeps for this consent id, read back from the server (REC-5). */
function useServerRecords(active: boolean, consentId: string | null, revision: unknown) {
  const [records, setRecords] = useState<readonly Record<string, unknown>[] | 'unavailable' | null>(null);
  useEffect(() => {
    if (!active || !consentId) return;
    let live = true;
    // After the record's own post has had its turn.
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${RECORDS_ENDPOINT}?consentId=${encodeURIComponent(consentId)}`);
        const body = response.ok ? ((await response.json()) as { records: Record<string, unknown>[] }) : null;
        if (live) setRecords(body ? body.records : 'unavailable');
      } catch {
        if (live) setRecords('unavailable');
      }
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [active, consentId, revision]);
  return records;
}

type Rates = { people: number | 'hidden'; methods: Record<string, number | 'hidden'> };

/** The consent rates of the last twelve weeks, from the demo's admin route (signed-in people only). */
function useRates(active: boolean, revision: unknown) {
  const [rates, setRates] = useState<Rates | 'sign-in' | 'unavailable' | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${RECORDS_ENDPOINT}/stats`);
        const body = response.ok ? ((await response.json()) as { all: { total: Rates } }) : null;
        if (live) setRates(body ? body.all.total : response.status === 401 ? 'sign-in' : 'unavailable');
      } catch {
        if (live) setRates('unavailable');
      }
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [active, revision]);
  return rates;
}

const share = (part: number | 'hidden' | undefined, whole: number | 'hidden') =>
  typeof part === 'number' && typeof whole === 'number' && whole > 0 ? `${Math.round((part / whole) * 100)}%` : 'hidden';

/**
 * The demo's switchable panel: the decision, each consent record handed to `recordConsent`'s
 * `onDecision`, the data layer Google reads and the cookies on the page, as they change.
 */
export function Inspector({ locale, records }: { locale: Locale; records: readonly ConsentRecord<Category>[] }) {
  const [open, setOpen] = useState(false);
  const { state } = useConsentManager();
  const page = usePageSnapshot(open, state);
  const kept = useServerRecords(open, state.status === 'decided' ? state.decision.consentId : null, state);
  const rates = useRates(open, state);
  const panelId = useId();
  const t = words[locale];

  return (
    <div className="inspector">
      <button type="button" className="inspector__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t.inspector}
      </button>
      {open ? (
        <section id={panelId} className="inspector__panel" aria-label={t.inspector}>
          <div>
            <h2>Decision</h2>
            <dl>
              <dt>status</dt>
              <dd>{state.status === 'undecided' ? `undecided (${state.reason})` : state.status}</dd>
              <dt>granted</dt>
              <dd>{(Object.keys(state.granted) as Category[]).filter((id) => state.granted[id]).join(', ') || '—'}</dd>
              <dt>Global Privacy Control</dt>
              <dd>{state.gpc ? 'on' : 'off'}</dd>
              {state.status === 'decided' ? (
                <>
                  <dt>method</dt>
                  <dd>{state.decision.method}</dd>
                  <dt>decided at</dt>
                  <dd>{new Date(state.decision.decidedAt).toISOString()}</dd>
                  <dt>consent id</dt>
                  <dd>
                    <code>{state.decision.consentId}</code>
                  </dd>
                </>
              ) : null}
            </dl>
            <h2>Cookies on the page</h2>
            <p>{page.cookies.length > 0 ? page.cookies.map((name) => <code key={name}>{name} </code>) : '—'}</p>
          </div>
          <div>
            <h2>Consent records ({records.length})</h2>
            <ol reversed>
              {[...records].reverse().map((record) => (
                <li key={`${record.consentId}-${record.decidedAt}-${record.method}-${JSON.stringify(record.choices)}`}>
                  <code>{JSON.stringify(record)}</code>
                </li>
              ))}
            </ol>
          </div>
          <div>
            <h2>Kept on the server ({Array.isArray(kept) ? kept.length : '—'})</h2>
            {kept === 'unavailable' ? (
              <p>No records endpoint answers here (a static host): records wait in the browser's outbox.</p>
            ) : (
              <ol>
                {(kept ?? []).map((record) => (
                  <li key={String(record.recordId)}>
                    <code>{JSON.stringify(record)}</code>
                  </li>
                ))}
              </ol>
            )}
          </div>
          <div>
            <h2>Consent rates, last 12 weeks</h2>
            {rates === 'sign-in' ? (
              <p>For the site's admin: sign in to see them.</p>
            ) : rates === 'unavailable' ? (
              <p>No records endpoint answers here (a static host).</p>
            ) : rates ? (
              <>
                <dl>
                  <dt>people</dt>
                  <dd>{rates.people}</dd>
                  <dt>accepted all</dt>
                  <dd>{share(rates.methods['accept-all'], rates.people)}</dd>
                  <dt>rejected all</dt>
                  <dd>{share(rates.methods['reject-all'], rates.people)}</dd>
                  <dt>chose</dt>
                  <dd>{share(rates.methods.custom, rates.people)}</dd>
                </dl>
                <p>
                  Groups of fewer than 10 people are hidden. <a href={`${RECORDS_ENDPOINT}/stats?format=html`}>The full report</a>
                </p>
              </>
            ) : null}
          </div>
          <div>
            <h2>dataLayer ({page.dataLayer.length})</h2>
            <ol start={0}>
              {page.dataLayer.map((entry, index) => (
                <li key={index}>
                  <code>{entry}</code>
                </li>
              ))}
            </ol>
          </div>
        </section>
      ) : null}
    </div>
  );
}
