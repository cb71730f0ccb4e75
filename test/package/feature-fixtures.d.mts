export type FeatureFixture = {
  label: string;
  names?: string[];
  imports?: string;
  config?: string;
  provider?: string;
  children?: string;
  modules: string[];
};
export const FEATURES: Readonly<Record<string, FeatureFixture>>;
export function writeFeatureFixture(dir: string, feature: string): string;
