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
