import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

describe('the React these tests run on', () => {
  it('is the one the run asked for: 19 by default, 18 in npm run test:react18', () => {
    const expected = process.env.EXPECTED_REACT_MAJOR ?? '19';
    expect(version.split('.')[0]).toBe(expected);
    expect(domVersion.split('.')[0]).toBe(expected);
  });
});
