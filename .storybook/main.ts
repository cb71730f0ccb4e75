import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.tsx'],
  framework: {
    name: '@storybook/react-vite',
    // The root vite.config.ts builds the library; stories need an app build instead.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // react-docgen reads props without TypeScript's compiler API.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true },
};

export default config;
