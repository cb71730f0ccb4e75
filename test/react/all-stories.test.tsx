import { composeStories } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers';

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../../stories/*.stories.tsx', { eager: true });
type ComposedStory = ComponentType & { play?: (context: { canvasElement: HTMLElement }) => Promise<void> };
const stories: [string, ComposedStory][] = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(composeStories(module)).map(([name, Story]): [string, ComposedStory] => [
    `${file.replace(/^.*\//, '')} › ${name}`,
    Story as unknown as ComposedStory,
  ]),
);

describe('every story', () => {
  it('is found', () => {
    expect(stories.length).toBeGreaterThanOrEqual(30);
  });

  it.each(stories)('%s renders, plays its interaction and passes axe', async (_, Story) => {
    const { container } = render(<Story />);
    expect(document.body.textContent?.length).toBeGreaterThan(0);
    await Story.play?.({ canvasElement: container });
    expect(await axeViolations()).toEqual([]);
    // The stories keep their decisions in memory: none of them writes the page's cookie.
    expect(document.cookie).toBe('');
  });
});
