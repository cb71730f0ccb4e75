import type { Preview } from '@storybook/react-vite';
import theme from '../src/styles.css?inline';

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
  },
  // The optional theme, as a site that imports styles.css has it; a story with `theme: false`
  // shows the components as a site without it does.
  decorators: [
    (Story, { parameters }) => (
      <>
        <Story />
        {parameters.theme === false ? null : <style>{theme}</style>}
      </>
    ),
  ],
};

export default preview;
