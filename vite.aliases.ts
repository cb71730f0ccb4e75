import { fileURLToPath } from 'node:url';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The package's public names pointed at its sources: tests, the demo and the stories import
 * `@weroom/cookie-consent` as an app does, and see a change to the library at once.
 */
export const packageAliases = [
  { find: /^@weroom\/cookie-consent$/, replacement: fromRoot('./src/index.ts') },
  { find: /^@weroom\/cookie-consent\/server$/, replacement: fromRoot('./src/server.ts') },
  { find: /^@weroom\/cookie-consent\/vite$/, replacement: fromRoot('./src/vite.ts') },
  { find: /^@weroom\/cookie-consent\/services$/, replacement: fromRoot('./src/services/index.ts') },
  { find: /^@weroom\/cookie-consent\/jurisdictions$/, replacement: fromRoot('./src/jurisdictions/index.ts') },
  { find: /^@weroom\/cookie-consent\/audit$/, replacement: fromRoot('./src/audit/index.ts') },
  { find: /^@weroom\/cookie-consent\/records$/, replacement: fromRoot('./src/records/index.ts') },
  { find: /^@weroom\/cookie-consent\/records\/(embedded|node|postgres)$/, replacement: fromRoot('./src/records/$1.ts') },
  { find: /^@weroom\/cookie-consent\/styles\.css$/, replacement: fromRoot('./src/styles.css') },
  { find: /^@weroom\/cookie-consent\/locales\/([a-zA-Z-]+)$/, replacement: fromRoot('./src/locales/$1.ts') },
];
