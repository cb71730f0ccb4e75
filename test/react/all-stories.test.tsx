import { composeStories } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers';

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('../../stories/*.stories.tsx', { eager: true });
const stories: [string, ComponentType][] = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(composeStories(module)).map(([name, Story]): [string, ComponentType] => [
    `${file.replace(/^.*\//, '')} › ${name}`,
    Story as unknown as ComponentType,
  ]),
);

describe('every story', () => {
  it('is found', () => {
    expect(stories.length).toBeGreaterThanOrEqual(15);
  });

  it.each(stories)('%s renders without an axe violation', async (_, Story) => {
    const { container } = render(<Story />);
    expect(container.textContent?.length).toBeGreaterThan(0);
    expect(await axeViolations()).toEqual([]);
    // The stories keep their decisions in memory: none of them writes the page's cookie.
    expect(document.cookie).toBe('');
  });
});
