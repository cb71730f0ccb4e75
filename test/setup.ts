import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearPageCookies } from './helpers';

// Vitest runs without globals, so Testing Library cannot register its own clean-up.
afterEach(() => {
  cleanup();
  if (typeof document !== 'undefined') clearPageCookies();
});
