import { normalizeJurisdiction, regimeFor } from '../core/jurisdiction.js';
import type { ConsentFeature } from '../core/types.js';

/**
 * The visitor's place (`FR`, `US-CA`), as the server read it with `readJurisdiction()` or the site
 * knows it: the config's `jurisdictions` table gives its regime, and the banner becomes the
 * opt-out notice where that is `opt-out` (JUR-1, JUR-2). Unknown or unreadable, the table's
 * `unknown` regime applies, `opt-in` unless it says otherwise. Without this feature every visitor
 * is asked first (`opt-in`), and the table's code is not in the bundle.
 *
 *     <ConsentProvider config={config} features={[jurisdiction(place)]}>
 */
export function jurisdiction(place: string | null | undefined): ConsentFeature {
  return {
    id: 'jurisdiction',
    place(config) {
      const checked = normalizeJurisdiction(place);
      return { jurisdiction: checked, regime: regimeFor(config.jurisdictions, checked) };
    },
  };
}
