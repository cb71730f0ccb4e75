// The features, each written out as the minimal app (fixtures/minimal.tsx) plus that one feature,
// as the size check writes one app per language: what a feature adds to a first visit is the
// difference from the minimal app (npm run size), and its modules, listed here, must be in that
// app's build and in no build without it (test/package/features.test.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each feature: what it is, what the app adds to use it, and the modules that only it brings. */
export const FEATURES = {
  jurisdiction: {
    label: 'the regime by place, with the opt-out link',
    names: ['OptOutLink', 'jurisdiction'],
    config: ", jurisdictions: { regimes: { 'US-CA': 'opt-out' } }",
    provider: " features={[jurisdiction('US-CA')]}",
    children: '<OptOutLink />',
    modules: ['src/features/jurisdiction.ts', 'src/react/opt-out-link.tsx'],
  },
  records: {
    label: 'proof of consent sent to an endpoint',
    names: ['recordConsent'],
    provider: " features={[recordConsent({ endpoint: '/api/consent' })]}",
    modules: ['src/features/records.ts', 'src/features/records-queue.ts', 'src/features/records-outbox.ts', 'src/core/consent-record.ts'],
  },
  account: {
    label: "a signed-in person's choice across devices",
    names: ['AccountNotice', 'followAccount'],
    provider: ' features={[followAccount(null)]}',
    children: '<AccountNotice />',
    modules: ['src/features/account.ts', 'src/react/account-notice.tsx', 'src/react/account-notice-content.tsx'],
  },
  services: {
    label: 'one service of the catalogue (Meta Pixel)',
    imports: "import { metaPixel } from '@weroom/cookie-consent/services';",
    config: ", services: [metaPixel({ pixelId: '1234567890' })]",
    modules: ['src/services/meta-pixel.ts', 'src/services/define.ts'],
  },
  'consent-mode': {
    label: 'Google Consent Mode',
    names: ['GoogleConsentMode'],
    config: ', consentMode: {}',
    children: '<GoogleConsentMode />',
    modules: ['src/core/consent-mode.ts', 'src/react/google-consent-mode.tsx'],
  },
  markup: {
    label: 'markup activation outside React',
    names: ['ConsentMarkup'],
    children: '<ConsentMarkup />',
    modules: ['src/core/markup-activation.ts', 'src/react/consent-markup.tsx'],
  },
};

/** Replaces `from` in `text`, which must hold it: a changed minimal app fails here, not silently. */
function replaced(text, from, to) {
  if (!text.includes(from)) throw new Error(`fixtures/minimal.tsx no longer holds ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Writes the minimal app with `feature` into `dir`; returns the file's path. */
export function writeFeatureFixture(dir, feature) {
  const { names = [], imports = '', config = '', provider = '', children = '' } = FEATURES[feature];
  let app = readFileSync(new URL('./fixtures/minimal.tsx', import.meta.url), 'utf8');
  app = replaced(app, ', useConsent }', `, useConsent${names.map((name) => `, ${name}`).join('')} }`);
  app = replaced(app, "from '@weroom/cookie-consent';\n", `from '@weroom/cookie-consent';\n${imports ? `${imports}\n` : ''}`);
  app = replaced(app, 'advertising: {} } });', `advertising: {} }${config} });`);
  app = replaced(app, '<ConsentProvider config={config}>', `<ConsentProvider config={config}${provider}>`);
  app = replaced(app, '    <PreferencesDialog />\n', `    <PreferencesDialog />\n${children ? `    ${children}\n` : ''}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `feature-${feature}.tsx`);
  writeFileSync(path, `// Written by test/package/feature-fixtures.mjs: the minimal app with ${feature}.\n${app}`);
  return path;
}
