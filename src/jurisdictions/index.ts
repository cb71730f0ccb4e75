// Regime presets by place: plain data, React-free, for the config's `jurisdictions.regimes`.
// Defaults drawn from the law as read on 2026-11-29 (docs/jurisdictions.md has the research and
// its sources); they are not legal advice, and the site stays responsible for its own reading.
import type { ConsentRegime } from '../core/jurisdiction.js';

export type { ConsentRegime, JurisdictionConfig } from '../core/jurisdiction.js';

/**
 * The 27 member states of the European Union, by ISO 3166-1 code (Greece is `GR`, not the EU's
 * `EL`). ePrivacy Directive 2002/58/EC, Art. 5(3): consent before storing or reading anything on
 * the device that is not strictly necessary.
 */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/** The EEA beyond the EU, bound by the same directive: Iceland, Liechtenstein, Norway (active consent since 2025-01-01). */
export const EEA_COUNTRIES = [...EU_COUNTRIES, 'IS', 'LI', 'NO'] as const;

/**
 * Consent first (`opt-in`): the EU and EEA; the United Kingdom (PECR reg. 6, which since
 * 2026-02-05 exempts some first-party analytics, so opt-in there is stricter than the law for
 * those); Switzerland (Telecommunications Act Art. 45c asks for information and a way to refuse:
 * opt-in goes beyond it, and Google's EU User Consent Policy covers CH since 2024-07-31); Brazil
 * (the LGPD has no cookie rule; the ANPD's 2022 cookie guide recommends consent, off by default).
 */
export const OPT_IN_PLACES: readonly string[] = [...EEA_COUNTRIES, 'GB', 'CH', 'BR'];

/**
 * US states whose comprehensive privacy law is in force on 2026-11-29: optional cookies may run
 * until the person opts out of sale, sharing or targeted advertising (`opt-out`). Each with its
 * law, the date it took effect, and whether it obliges sites to honour Global Privacy Control.
 */
export const US_OPT_OUT_STATES = {
  /** Cal. Civ. Code § 1798.100 et seq. (CCPA/CPRA), 2020-01-01; GPC required (§ 1798.135, 11 CCR § 7025). */
  'US-CA': 'opt-out',
  /** Va. Code § 59.1-575 et seq. (VCDPA), 2023-01-01; no universal opt-out required. */
  'US-VA': 'opt-out',
  /** C.R.S. § 6-1-1301 et seq. (CPA), 2023-07-01; GPC required from 2024-07-01 (4 CCR 904-3). */
  'US-CO': 'opt-out',
  /** Conn. Gen. Stat. § 42-515 et seq. (CTDPA), 2023-07-01; opt-out signals required from 2025-01-01. */
  'US-CT': 'opt-out',
  /** Utah Code § 13-61-101 et seq. (UCPA), 2023-12-31; no universal opt-out required. */
  'US-UT': 'opt-out',
  /** Tex. Bus. & Com. Code ch. 541 (TDPSA), 2024-07-01; browser opt-outs from 2025-01-01 (§ 541.055(e)). */
  'US-TX': 'opt-out',
  /** ORS 646A.570–646A.589 (OCPA), 2024-07-01; opt-out signals required from 2026-01-01. */
  'US-OR': 'opt-out',
  /** Mont. Code Ann. § 30-14-2801 et seq. (MCDPA), 2024-10-01; opt-out signals from 2025-01-01 (§ 30-14-2809). */
  'US-MT': 'opt-out',
  /** Fla. Stat. §§ 501.701–501.722 (Digital Bill of Rights), 2024-07-01; only very large controllers (§ 501.702(9)). */
  'US-FL': 'opt-out',
  /** 6 Del. C. ch. 12D (DPDPA), 2025-01-01; opt-out signals from 2026-01-01. */
  'US-DE': 'opt-out',
  /** Iowa Code ch. 715D (ICDPA), 2025-01-01; sale opt-out, no universal opt-out required. */
  'US-IA': 'opt-out',
  /** Neb. Rev. Stat. § 87-1101 et seq. (NDPA), 2025-01-01; browser opt-outs honoured (§ 87-1111). */
  'US-NE': 'opt-out',
  /** RSA ch. 507-H (NHDPA), 2025-01-01; opt-out signals from 2025-01-01. */
  'US-NH': 'opt-out',
  /** N.J.S.A. 56:8-166.4 et seq. (NJDPA), 2025-01-15; opt-out signals from 2025-07-15 (56:8-166.11). */
  'US-NJ': 'opt-out',
  /** Tenn. Code Ann. § 47-18-3201 et seq. (TIPA), 2025-07-01; no universal opt-out required. */
  'US-TN': 'opt-out',
  /** Minn. Stat. §§ 325M.10–325M.21 (MCDPA), 2025-07-31; opt-out signals required. */
  'US-MN': 'opt-out',
  /** Md. Code, Com. Law § 14-4701 et seq. (MODPA), 2025-10-01; browser opt-outs honoured (§ 14-4706). */
  'US-MD': 'opt-out',
  /** Ind. Code 24-15 (ICDPA), 2026-01-01; no universal opt-out required. */
  'US-IN': 'opt-out',
  /** KRS 367.3611–367.3629 (KCDPA), 2026-01-01; no universal opt-out required. */
  'US-KY': 'opt-out',
  /** R.I. Gen. Laws § 6-48.1-1 et seq. (DTPPA), 2026-01-01; no universal opt-out required. */
  'US-RI': 'opt-out',
} as const satisfies Readonly<Record<string, ConsentRegime>>;

/**
 * Every preset: `opt-in` for {@link OPT_IN_PLACES}, `opt-out` for {@link US_OPT_OUT_STATES}. Spread
 * it into the config and add your own places; every other place gets the config's `default`:
 *
 *     jurisdictions: { regimes: { ...REGIME_PRESETS, JP: 'none' }, default: 'opt-in' }
 */
export const REGIME_PRESETS: Readonly<Record<string, ConsentRegime>> = {
  ...Object.fromEntries(OPT_IN_PLACES.map((place) => [place, 'opt-in' as const])),
  ...US_OPT_OUT_STATES,
};
