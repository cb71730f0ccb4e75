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
import { aStoredRecord } from './support';

const work = mkdtempSync(join(tmpdir(), 'consent-template-'));
const template = join(work, 'package/records/pgdata.tar.gz');

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/records-template.mjs'), join(work, 'package')], { stdio: 'ignore' });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));


describe('a new embedded folder', () => {
  it('starts from the prepared data directory, with the records schema migrated, and reopens as a database', async () => {
    const dataDir = join(work, 'records');
    const store = await openEmbeddedRecordStore({ dataDir, template });
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(`${dataDir}.partial`)).toBe(false);
    expect(await store.insert(aStoredRecord('tmpl000000000001'))).toBe(true);
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
    expect(await store.insert(aStoredRecord('tmpl000000000002'))).toBe(true);
    expect(await store.count()).toBe(1);
    await store.close();
  }, 60_000);
});
