import { describe, expect, it, vi } from 'vitest';

// If anything in the core imported React, this empty module would break it.
vi.mock('react', () => ({}));
vi.mock('react/jsx-runtime', () => ({}));

describe('the core', () => {
  it('creates a store, decides and reads back with React mocked away', async () => {
    const { createConsentStore } = await import('../../src/core/consent-store');
    const store = createConsentStore({ revision: 1, categories: { features: { required: true }, performance: {} } });
    const stop = store.start();
    store.save({ performance: true });
    expect(store.getState().granted).toEqual({ features: true, performance: true });
    stop();
  });

  it('has no module that imports React', async () => {
    const sources = import.meta.glob('../../src/core/*.ts', { query: '?raw', import: 'default', eager: true });
    expect(Object.keys(sources).length).toBeGreaterThan(5);
    for (const [file, source] of Object.entries(sources)) {
      expect(source as string, file).not.toMatch(/from ['"]react(?:-dom)?(?:\/[^'"]*)?['"]/);
    }
  });
});
