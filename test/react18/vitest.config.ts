import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import base from '../../vite.config.ts';

const react18 = (path: string) => fileURLToPath(new URL(`./node_modules/${path}`, import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// The component, hook and server-rendering tests again, with React 18 in place of React 19:
// the package's peer range is `^18 || ^19`. Testing Library and Radix are bundled by Vitest so
// that they, too, import React 18. Stories are left to the React 19 run.
export default mergeConfig(base, {
  resolve: {
    // ES builds of every dependency, so that all of them import React through the aliases below
    // (a CommonJS build would `require` the project's React 19 past them).
    mainFields: ['module', 'jsnext:main', 'jsnext', 'main'],
    alias: [
      { find: /^react$/, replacement: react18('react/index.js') },
      { find: /^react\/jsx-runtime$/, replacement: react18('react/jsx-runtime.js') },
      { find: /^react\/jsx-dev-runtime$/, replacement: react18('react/jsx-dev-runtime.js') },
      { find: /^react-dom$/, replacement: react18('react-dom/index.js') },
      { find: /^react-dom\/client$/, replacement: react18('react-dom/client.js') },
      { find: /^react-dom\/server$/, replacement: react18('react-dom/server.node.js') },
      { find: /^react-dom\/test-utils$/, replacement: react18('react-dom/test-utils.js') },
      // Its ES build, so that its own imports of React go through the aliases above.
      { find: /^@testing-library\/react$/, replacement: fromRoot('node_modules/@testing-library/react/dist/@testing-library/react.esm.js') },
    ],
  },
  test: {
    env: { EXPECTED_REACT_MAJOR: '18' },
    // Merged with the base config's pattern, which takes every test: these exclusions narrow it.
    exclude: ['test/package/**', 'test/e2e/**', 'test/react/all-stories.test.tsx', 'test/react/stories.test.tsx', '**/node_modules/**'],
    server: { deps: { inline: true } },
  },
});
