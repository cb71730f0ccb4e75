import { useEffect, useLayoutEffect } from 'react';

/**
 * A layout effect in the browser, so that what it sets is in the first paint; a plain effect on
 * the server, where React 18 warns about layout effects (and neither runs).
 */
export const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
