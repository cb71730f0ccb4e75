import { hashShownPolicy, shownTexts, type ConsentRecord } from '../core/consent-record.js';
import { DIALOG_TEXTS, FIRST_LAYER_TEXTS, randomId } from '../core/consent-store.js';
import { purposeText, type AllTexts, type FirstLayerTexts } from '../core/texts.js';
import type { ConsentFeature, ConsentStore, DecisionEvent } from '../core/types.js';
import { outboxHoldsRecords, queueRecord, readOutbox, writeOutbox } from './records-queue.js';

export type RecordConsentOptions<C extends string = string> = {
  /**
   * Where each record is sent (`/api/consent`, a `createRecordsHandler` from
   * `@weroom/cookie-consent/records`), with an outbox that keeps it until the endpoint has it (REC-4).
   */
  endpoint?: string;
  /** Receives a record of every decision, to keep as proof your own way (REC-2). */
  onDecision?: (record: ConsentRecord<C>) => void;
};

const OUTBOX_QUEUE = { readOutbox, writeOutbox };

/** Sends what waits in the outbox; the sender's code loads only now. */
function flush(): void {
  void import('./records-outbox.js').then((outbox) => outbox.flushOutbox(OUTBOX_QUEUE));
}

/**
 * The hash of what the person was shown: the regime's first layer, and for a decision made in the
 * dialog, the dialog's texts and each cookie's purpose in the words of its table; with an interface
 * of the app's own, which leaves no texts with the store, the texts its config gave.
 */
function shownHash(store: ConsentStore, { surface, locale }: DecisionEvent): string {
  const { config, regime } = store;
  const dialog = surface === 'preferences' ? (store.peekTexts(DIALOG_TEXTS, locale) as AllTexts | undefined) : undefined;
  if (dialog) {
    const purposes = config.categoryList.map((category) => category.cookies.map((cookie) => purposeText(cookie.purpose, dialog, locale)));
    return hashShownPolicy(config, shownTexts(dialog, regime, true), purposes);
  }
  const first = store.peekTexts(FIRST_LAYER_TEXTS, locale) as FirstLayerTexts | undefined;
  return first ? hashShownPolicy(config, shownTexts(first, regime, false)) : hashShownPolicy(config, config.texts);
}

/**
 * Proof of consent (REC-1 to REC-4): a record of every decision made on this device, with a hash
 * of what the person was shown, handed to `onDecision` and sent to `endpoint`. The record waits in
 * an outbox (`localStorage`) from the moment of the decision until the endpoint has it, and what
 * an earlier page could not deliver goes when the store starts. Read once, when the store is created.
 *
 *     <ConsentProvider config={config} features={[recordConsent({ endpoint: '/api/consent' })]}>
 */
export function recordConsent<C extends string = string>({ endpoint, onDecision }: RecordConsentOptions<C> = {}): ConsentFeature {
  return {
    id: 'records',
    decided(event, store) {
      const { decision, surface, gpc, locale } = event;
      const record: ConsentRecord = {
        recordId: randomId(),
        consentId: decision.consentId,
        decidedAt: new Date(decision.decidedAt).toISOString(),
        revision: decision.revision,
        shownHash: shownHash(store, event),
        locale,
        choices: decision.choices,
        method: decision.method,
        surface,
        gpc,
        jurisdiction: store.jurisdiction,
        regime: store.regime,
      };
      if (endpoint) {
        // Kept at once, then sent by code that loads now: the record survives a network that is gone.
        queueRecord(endpoint, record);
        flush();
      }
      try {
        onDecision?.(record as ConsentRecord<C>);
      } catch (error) {
        // The decision is already kept; a failing callback of the app must not undo it.
        console.error('[cookie-consent] onDecision threw:', error);
      }
    },
    start() {
      // Records that could not be delivered on an earlier page (REC-4).
      if (endpoint && outboxHoldsRecords()) flush();
      return () => undefined;
    },
  };
}
