// @vitest-environment node
// A new embedded folder starts from the package's prepared data directory instead of running
// initdb in the server's process (which needed about 850 MB at a first start).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openEmbeddedRecordStore } from '@weroom/cookie-consent/records/embedded';
import { root } from './built';

const work = mkdtempSync(join(tmpdir(), 'consent-template-'));
const template = join(work, 'package/records/pgdata.tar.gz');

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/records-template.mjs'), join(work, 'package')], { stdio: 'ignore' });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const aRecord = (recordId: string) => ({
  recordId,
  consentId: 'q1W2e3R4t5Y6u7I8',
  decidedAt: new Date().toISOString(),
  revision: '1',
  shownHash: 'fnv1a64:0123456789abcdef',
  textsKnown: false,
  regimeMatches: true,
  locale: 'en',
  choices: { features: true },
  method: 'custom' as const,
  surface: 'api' as const,
  gpc: false,
  jurisdiction: null,
  regime: 'opt-in' as const,
  subjectHash: null,
});

describe('a new embedded folder', () => {
  it('starts from the prepared data directory, with the records schema migrated, and reopens as a database', async () => {
    const dataDir = join(work, 'records');
    const store = await openEmbeddedRecordStore({ dataDir, template });
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(`${dataDir}.partial`)).toBe(false);
    expect(await store.insert(aRecord('tmpl000000000001'))).toBe(true);
    await store.close();
    const again = await openEmbeddedRecordStore({ dataDir, template });
    expect(await again.count()).toBe(1);
    await again.close();
  }, 60_000);

  it('runs initdb instead when the prepared directory cannot start, and says so', async () => {
    const broken = join(work, 'broken.tar.gz');
    writeFileSync(broken, gzipSync(Buffer.from('not a tar archive')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dataDir = join(work, 'records-initdb');
    const store = await openEmbeddedRecordStore({ dataDir, template: broken });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('running initdb instead'));
    expect(existsSync(`${dataDir}.partial`)).toBe(false);
    expect(await store.insert(aRecord('tmpl000000000002'))).toBe(true);
    expect(await store.count()).toBe(1);
    await store.close();
  }, 60_000);
});
