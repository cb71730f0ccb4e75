/**
 * Whether the browser sends Global Privacy Control (GPC-1). Only `true` counts: the property is
 * `undefined` where the browser does not implement it and `false` where the person left it off.
 */
export function readGlobalPrivacyControl(): boolean {
  try {
    return typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  } catch {
    return false;
  }
}
