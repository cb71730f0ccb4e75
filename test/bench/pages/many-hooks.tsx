import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsentProvider, createMemoryStorage, defineConsentConfig, useConsent, useConsentManager } from '@weroom/cookie-consent';

const config = defineConsentConfig({ revision: 1, categories: { features: { required: true }, performance: {}, advertising: {} } });
const renders = { count: 0 };
let committedAt = 0;

function Asker({ category }: { category: 'performance' | 'advertising' }) {
  renders.count++;
  return <span>{useConsent(category) ? '1' : '0'}</span>;
}

/** Exposes the measurement to the benchmark: change one category, wait for React to commit. */
function Controls() {
  const { save } = useConsentManager();
  const bench = window as unknown as { changePerformance: (granted: boolean) => Promise<{ ms: number; rerendered: number }> };
  bench.changePerformance = async (granted) => {
    const before = renders.count;
    const start = performance.now();
    committedAt = 0;
    save({ performance: granted });
    while (committedAt === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    return { ms: committedAt - start, rerendered: renders.count - before };
  };
  return null;
}

/** Placed after the askers: its layout effect runs when React commits the change, in production too. */
function CommitProbe() {
  const granted = useConsent('performance');
  useLayoutEffect(() => {
    committedAt = performance.now();
  }, [granted]);
  return null;
}

const askers = Array.from({ length: 1000 }, (_, index) => <Asker key={index} category={index % 2 === 0 ? 'performance' : 'advertising'} />);

createRoot(document.getElementById('root')!).render(
  <ConsentProvider config={config} storage={createMemoryStorage()}>
    <Controls />
    {askers}
    <CommitProbe />
  </ConsentProvider>,
);
