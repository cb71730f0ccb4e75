import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as consentState from '../../stories/consent-state.stories';

const { FirstVisit, AcceptedAll, PerformanceOnly } = composeStories(consentState);

describe('the consent state stories', () => {
  it.each([
    ['FirstVisit', FirstVisit, 'undecided', ['granted', 'denied', 'denied']],
    ['AcceptedAll', AcceptedAll, 'decided', ['granted', 'granted', 'granted']],
    ['PerformanceOnly', PerformanceOnly, 'decided', ['granted', 'granted', 'denied']],
  ] as const)('%s shows its state', (_, Story, status, grants) => {
    render(<Story />);
    const region = screen.getByRole('region', { name: 'Consent state' });
    expect(within(region).getByText(status)).toBeTruthy();
    expect(within(region).getAllByRole('listitem').map((item) => item.textContent?.split(': ')[1])).toEqual(grants);
    // Stories keep their decision in memory: none of them writes the page's cookie.
    expect(document.cookie).toBe('');
  });
});
