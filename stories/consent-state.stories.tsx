import type { Meta, StoryObj } from '@storybook/react-vite';
import { useConsent, useConsentManager } from '@weroom/cookie-consent';
import { StoryProvider, storageAfter } from './story-helpers';

function Category({ id }: { id: 'features' | 'performance' | 'advertising' }) {
  const granted = useConsent(id);
  return (
    <li>
      {id}: <strong>{granted ? 'granted' : 'denied'}</strong>
    </li>
  );
}

/** What an app sees through the hooks: the decision's status and one boolean per category. */
function ConsentStatePanel() {
  const { state, acceptAll, rejectAll, save, reset } = useConsentManager();
  return (
    <section aria-label="Consent state" style={{ fontFamily: 'system-ui, sans-serif', padding: '1rem' }}>
      <p>
        Status: <strong>{state.status}</strong>
        {state.status === 'undecided' ? ` (${state.reason})` : null}
        {state.gpc ? ' · Global Privacy Control on' : null}
      </p>
      <ul>
        <Category id="features" />
        <Category id="performance" />
        <Category id="advertising" />
      </ul>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button type="button" onClick={() => acceptAll()}>
          Accept all
        </button>
        <button type="button" onClick={() => rejectAll()}>
          Reject all
        </button>
        <button type="button" onClick={() => save({ performance: true })}>
          Performance only
        </button>
        <button type="button" onClick={reset}>
          Forget the choice
        </button>
      </div>
    </section>
  );
}

const meta = {
  title: 'Core/Consent state',
  component: ConsentStatePanel,
} satisfies Meta<typeof ConsentStatePanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FirstVisit: Story = {
  decorators: [
    (Story) => (
      <StoryProvider>
        <Story />
      </StoryProvider>
    ),
  ],
};

export const AcceptedAll: Story = {
  decorators: [
    (Story) => (
      <StoryProvider storage={storageAfter((store) => store.acceptAll())}>
        <Story />
      </StoryProvider>
    ),
  ],
};

export const PerformanceOnly: Story = {
  decorators: [
    (Story) => (
      <StoryProvider storage={storageAfter((store) => store.save({ performance: true }))}>
        <Story />
      </StoryProvider>
    ),
  ],
};
