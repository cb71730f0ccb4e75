// What each animation frame of a page shows, recorded from before the page's own scripts run:
// a requestAnimationFrame callback sees the document as that frame paints it.
export const FRAME_PROBE = () => {
  const frames = [];
  window.__frames = frames;
  const tick = () => {
    frames.push({
      at: performance.now(),
      content: document.querySelector('main h1') !== null,
      mounted: window.__mounted === true,
      banner: document.querySelector('[data-consent-banner]') !== null,
      granted: document.querySelector('[data-granted-content]') !== null,
      title: document.querySelector('[data-consent-banner] h2')?.textContent ?? null,
    });
    if (frames.length < 600) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** The first frame in which React had taken the page over (`mounted`), and what it showed. */
export function firstMountedFrame(frames) {
  const index = frames.findIndex((frame) => frame.mounted);
  return index === -1 ? undefined : { index, ...frames[index], firstContent: frames.findIndex((frame) => frame.content) };
}

/**
 * Milliseconds from a click on "Customize" to the first frame that paints the dialog; with
 * `prefetch`, the button is hovered a second before, as a mouse does. The click itself comes with
 * no pointer before it (a tap, a key), so a cold opening prefetched nothing on the way.
 */
export async function timeDialogOpening(page, { prefetch = false, name = 'Customize' } = {}) {
  const button = page.getByRole('button', { name });
  await button.waitFor();
  if (prefetch) {
    await button.hover();
    await page.waitForTimeout(1000);
  }
  return await page.evaluate(
    (label) =>
      new Promise((resolve) => {
        const target = [...document.querySelectorAll('button')].find((element) => element.textContent === label);
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-consent-dialog]')) return;
          observer.disconnect();
          // The frame that paints the dialog: its rendering steps follow this callback.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        }).observe(document.body, { childList: true, subtree: true });
        const start = performance.now();
        target.click();
      }),
    name,
  );
}
