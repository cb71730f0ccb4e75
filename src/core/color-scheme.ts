/**
 * Marks the page's root `data-consent-scheme="dark"` while its own `color-scheme` makes it dark:
 * `dark`, or `light dark` on a system that prefers dark; the theme then turns dark with it. A
 * light-only page (no color-scheme) stays light whatever the visitor's system. Returns the
 * function that stops it. Reads the DOM: call it from an effect.
 */
export function followPageColorScheme(): () => void {
  if (typeof document === 'undefined' || typeof matchMedia !== 'function') return () => {};
  const root = document.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const update = () => {
    const scheme = getComputedStyle(root).colorScheme;
    if (/\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || system.matches)) root.setAttribute('data-consent-scheme', 'dark');
    else root.removeAttribute('data-consent-scheme');
  };
  update();
  system.addEventListener('change', update);
  return () => {
    system.removeEventListener('change', update);
    root.removeAttribute('data-consent-scheme');
  };
}
