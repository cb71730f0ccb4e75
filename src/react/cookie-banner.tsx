import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type FocusEvent,
  type ReactNode,
} from 'react';
import type { ConsentMethod } from '../core/consent-state.js';
import type { ConsentState } from '../core/consent-store.js';
import { safeHref } from '../core/safe-url.js';
import type { FirstLayerTexts } from '../core/texts.js';
import { classes, composeEventHandlers, focusMemoryOf, restoreFocus, visuallyHidden } from './consent-ui.js';
import { prefetchHandlers } from './preferences-dialog-loader.js';
import { RichText } from './rich-text.js';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';
import { useConsentTexts, useLanguage, useStoreSlice, useTypedStore } from './use-consent.js';

export type CookieBannerLayout = 'bar' | 'box' | 'modal';

export type CookieBannerProps = Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'title'> & {
  /**
   * `bar` across the bottom, `box` in a corner, or `modal`, which blocks the page until the person
   * chooses (for sites that require a choice first). @default 'bar'
   */
  layout?: CookieBannerLayout;
  /** Where the full cookie policy is; the banner links to it when set. */
  policyHref?: string;
  /** Shows a "Continue without accepting" control, which records a refusal (EU-10). @default false */
  continueWithoutAccepting?: boolean;
  /** Replaces the default buttons' row, for a banner of your own layout (not the opt-out notice's). */
  children?: ReactNode;
  /**
   * Classes for the inner parts, for utility-class CSS (Tailwind…); `className` is the root's.
   * `button` goes on every button, with the button's own (`acceptAll`…) after it.
   */
  classNames?: CookieBannerClassNames;
};

/** The parts of `<CookieBanner>` that take a class. */
export type CookieBannerClassNames = {
  [Part in 'text' | 'title' | 'description' | 'actions' | 'button' | 'acceptAll' | 'rejectAll' | 'customize' | 'continueWithoutAccepting' | 'optOut' | 'dismiss']?: string;
};

// Replaced by the app's bundler; see ARCHITECTURE.md, "Development-only code".
declare const process: { env: { NODE_ENV?: string } };

type Undecided = Extract<ConsentState, { status: 'undecided' }>['reason'];

// Development only: the banners mounted per store, to warn of a second one (they would stack on
// top of each other and both announce every decision).
const mountedBanners = new WeakMap<object, number>();
const warnings = new WeakMap<object, Set<string>>();

function warnOnce(store: object, message: string): void {
  const said = warnings.get(store) ?? new Set<string>();
  warnings.set(store, said);
  if (said.has(message)) return;
  said.add(message);
  console.warn(message);
}

/** Development only: warns of mistakes a banner's props or placement make silently. */
function useBannerChecks(store: object, policyHref: string | undefined): void {
  useEffect(() => {
    try {
      // Written so that a production build drops it with its words (ARCHITECTURE.md).
      if (process.env.NODE_ENV === 'production') return undefined;
    } catch {
      // A page without a bundler has no `process`: it is a production page.
      return undefined;
    }
    if (policyHref !== undefined && safeHref(policyHref) === null) {
      warnOnce(store, `[cookie-consent] <CookieBanner policyHref="${policyHref.slice(0, 60)}">: only http(s), relative and mailto addresses become links, so the banner shows no link to the policy.`);
    }
    const count = (mountedBanners.get(store) ?? 0) + 1;
    mountedBanners.set(store, count);
    if (count > 1) warnOnce(store, '[cookie-consent] Two <CookieBanner> are mounted in one <ConsentProvider>: they stack on top of each other and both announce every decision. Render one.');
    return () => void mountedBanners.set(store, (mountedBanners.get(store) ?? 1) - 1);
  }, [store, policyHref]);
}

const statusOf = (state: ConsentState) => state.status;
const reasonOf = (state: ConsentState): Undecided | null => (state.status === 'undecided' ? state.reason : null);
const decisionOf = (state: ConsentState) => (state.status === 'decided' ? state.decision : null);
const gpcOf = (state: ConsentState) => state.gpc;

function announcementFor(method: ConsentMethod, texts: FirstLayerTexts): string {
  switch (method) {
    case 'accept-all':
      return texts.status.acceptedAll;
    case 'reject-all':
    case 'close':
      return texts.status.rejectedAll;
    case 'custom':
    case 'withdraw':
      return texts.status.saved;
    case 'opt-out':
      return texts.optOut.optedOut;
    case 'acknowledge':
      return '';
    default:
      method satisfies never;
      return texts.status.saved;
  }
}

/** Keeps the page's scroll padding equal to the banner's height, so no focused element hides behind it (A11Y-3). */
function useReservedSpace(element: HTMLElement | null, active: boolean): void {
  useBrowserLayoutEffect(() => {
    if (!element || !active) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--consent-banner-block-size', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    update();
    root.setAttribute('data-consent-banner-shown', '');
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.removeAttribute('data-consent-banner-shown');
      root.style.removeProperty('--consent-banner-block-size');
    };
  }, [element, active]);
}

/**
 * The first layer: shown while the person has not decided, gone once they have. Three choices of
 * equal weight (EU-2): "Accept all", "Reject all" and "Customize", which opens the
 * `<PreferencesDialog />`. A non-modal region that never traps focus, unless `layout="modal"`.
 * It also hosts the `role="status"` region that announces each decision.
 *
 * Where the regime is `opt-out` it is a notice instead, never modal: what runs, the opt-out
 * control (which opens the dialog) and, under Global Privacy Control, that the opt-out is honored.
 * Where the regime is `none` it shows nothing but the announcements.
 */
export const CookieBanner = /* @__PURE__ */ forwardRef<HTMLElement, CookieBannerProps>(function CookieBanner(
  { layout = 'bar', policyHref, continueWithoutAccepting = false, className, classNames = {}, onFocus, children, ...rest },
  forwardedRef,
) {
  const store = useTypedStore('CookieBanner');
  const texts = useConsentTexts();
  const language = useLanguage();
  const status = useStoreSlice(store, statusOf);
  const reason = useStoreSlice(store, reasonOf);
  const decision = useStoreSlice(store, decisionOf);
  const gpc = useStoreSlice(store, gpcOf);
  const { regime } = store;
  const notice = regime === 'opt-out';
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const choseHere = useRef(false);
  const previous = useRef({ status, decision });
  const titleId = useId();
  const descriptionId = useId();
  const shown = status === 'undecided' && regime !== 'none';
  const modal = layout === 'modal' && !notice;

  useReservedSpace(element, shown && !modal);
  useBannerChecks(store, policyHref);

  // Announce each new decision, wherever on the page it was taken; the one read from the cookie
  // when the page loads (the step out of `pending`) is not news.
  useEffect(() => {
    const before = previous.current;
    previous.current = { status, decision };
    if (decision && decision !== before.decision && before.status !== 'pending') {
      setAnnouncement(announcementFor(decision.method, texts));
    }
  }, [status, decision, texts]);

  // After a choice made in the banner, focus goes back where it was, not to nowhere.
  useBrowserLayoutEffect(() => {
    if (!shown && choseHere.current) {
      choseHere.current = false;
      restoreFocus(store);
    }
  }, [shown, store]);

  // The modal layout blocks the page: a native modal dialog makes the rest inert, and Escape
  // does not dismiss it, since leaving without a choice is not a choice.
  useBrowserLayoutEffect(() => {
    if (!modal || !shown || !(element instanceof HTMLDialogElement)) return;
    if (!element.open) {
      // Without showModal (old browsers, jsdom) it still shows, as a non-modal dialog.
      if (typeof element.showModal === 'function') element.showModal();
      else element.open = true;
    }
    const keepOpen = (event: Event) => event.preventDefault();
    element.addEventListener('cancel', keepOpen);
    return () => element.removeEventListener('cancel', keepOpen);
  }, [element, modal, shown]);

  // Stable, or React would detach and re-attach it on every render, each time setting state.
  const setRefs = useCallback(
    (node: HTMLElement | null) => {
      setElement(node);
      if (typeof forwardedRef === 'function') forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    },
    [forwardedRef],
  );

  const rememberFocus = (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) focusMemoryOf(store).beforeBanner = from;
  };

  const choose = (action: () => void) => () => {
    choseHere.current = true;
    action();
  };

  const description = `${notice ? texts.optOut.notice : reason === 'revision-changed' ? texts.banner.policyChanged : texts.banner.description}${
    // By its id, not its module: a site without the account feature ships none of it.
    store.features.some((feature) => feature.id === 'account') ? ` ${texts.banner.acrossDevices}` : ''
  }`;
  const gpcHonored = notice && gpc && store.config.categoryList.some((category) => category.gpc);
  const noticeActions = (
    <div className={classNames.actions} data-consent-actions="">
      <button
        type="button"
        className={classes(classNames.button, classNames.optOut)}
        data-consent-button="opt-out"
        aria-haspopup="dialog"
        {...prefetchHandlers(store)}
        onClick={() => store.openPreferences()}
      >
        {texts.optOut.link}
      </button>
      <button type="button" className={classes(classNames.button, classNames.dismiss)} data-consent-button="dismiss" onClick={choose(() => store.acknowledge({ surface: 'banner' }))}>
        {texts.optOut.dismiss}
      </button>
    </div>
  );
  const content = (
    <>
      <div className={classNames.text} data-consent-banner-text="">
        <h2 id={titleId} className={classNames.title} data-consent-banner-title="">
          {notice ? texts.optOut.title : texts.banner.title}
        </h2>
        {/* On a phone this part scrolls when it is long; the link to the policy stays in view below it. */}
        <div data-consent-banner-scroll="">
          {gpcHonored ? (
            <p className={classNames.description} data-consent-gpc-honored="">
              {texts.optOut.gpcHonored}
            </p>
          ) : null}
          <p id={descriptionId} className={classNames.description} data-consent-banner-description="">
            <RichText text={description} />
          </p>
        </div>
        {policyHref ? (
          <p className={classNames.description} data-consent-banner-policy="">
            <RichText text={`[${texts.banner.policyLink.replace(/[[\]]/g, '')}](${policyHref})`} />
          </p>
        ) : null}
      </div>
      {notice ? noticeActions : children ?? (
        <div className={classNames.actions} data-consent-actions="">
          <button type="button" className={classes(classNames.button, classNames.acceptAll)} data-consent-button="accept-all" onClick={choose(() => store.acceptAll({ surface: 'banner' }))}>
            {texts.banner.acceptAll}
          </button>
          <button type="button" className={classes(classNames.button, classNames.rejectAll)} data-consent-button="reject-all" onClick={choose(() => store.rejectAll({ surface: 'banner' }))}>
            {texts.banner.rejectAll}
          </button>
          <button
            type="button"
            className={classes(classNames.button, classNames.customize)}
            data-consent-button="customize"
            aria-haspopup="dialog"
            {...prefetchHandlers(store)}
            onClick={() => store.openPreferences()}
          >
            {texts.banner.customize}
          </button>
          {continueWithoutAccepting ? (
            <button
              type="button"
              className={classes(classNames.button, classNames.continueWithoutAccepting)}
              data-consent-button="continue-without-accepting"
              onClick={choose(() => store.rejectAll({ surface: 'banner', method: 'close' }))}
            >
              {texts.banner.continueWithoutAccepting}
            </button>
          ) : null}
        </div>
      )}
    </>
  );

  const shared = {
    ...language,
    ...rest,
    ref: setRefs,
    className,
    'data-consent-banner': '',
    'data-layout': modal || layout !== 'modal' ? layout : 'bar',
    ...(notice ? { 'data-consent-notice': '' } : {}),
    'data-state': shown ? 'open' : 'closed',
    onFocus: composeEventHandlers(onFocus, rememberFocus),
  } as const;

  return (
    <>
      {shown ? (
        modal ? (
          <dialog {...(shared as ComponentPropsWithoutRef<'dialog'>)} ref={setRefs} aria-labelledby={titleId} aria-describedby={descriptionId}>
            {content}
          </dialog>
        ) : (
          <section {...shared} aria-label={rest['aria-label'] ?? (notice ? texts.optOut.title : texts.banner.label)}>
            {content}
          </section>
        )
      ) : null}
      <div role="status" data-consent-status="" style={visuallyHidden}>
        {announcement}
      </div>
    </>
  );
});
