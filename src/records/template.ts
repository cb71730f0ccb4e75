import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Makes a new PGlite folder from a prepared data directory (a gzip tar made by PGlite's
 * `dumpDataDir` after initdb), instead of running initdb in the server's process: initdb runs a
 * second engine beside the first, and a new folder's first start then needs about 850 MB.
 *
 * The files are written to `<dir>.partial`, flushed, then renamed to `dir`, so that a process
 * killed halfway leaves no half-made folder that PGlite would take for a database. `dir` must not
 * exist, or be an empty folder. The archive is the package's own; entries are checked anyway.
 */
export function extractDataDir(tarball: string, dir: string): void {
  const tar = gunzipSync(readFileSync(tarball));
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true, mode: 0o700 });
  const root = resolve(partial);
  const text = (from: number, to: number) => tar.toString('latin1', from, to).replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = text(at, at + 100);
    if (!name) break; // the archive ends with empty blocks
    const size = parseInt(text(at + 124, at + 136).trim() || '0', 8);
    const type = text(at + 156, at + 157) || '0';
    const prefix = text(at + 257, at + 263).startsWith('ustar') ? text(at + 345, at + 500) : '';
    const path = resolve(root, `./${prefix ? `${prefix}/` : ''}${name}`);
    if (path !== root && !path.startsWith(root + sep)) throw new Error(`The records template has an entry outside its folder: ${name}`);
    const body = at + 512;
    if (type === '5') mkdirSync(path, { recursive: true, mode: 0o700 });
    else if (type === '0') {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeFileSync(path, tar.subarray(body, body + size), { mode: 0o600 });
    } else throw new Error(`The records template has an entry of an unexpected type (${type}): ${name}`);
    at = body + Math.ceil(size / 512) * 512;
  }
  const versionFile = openSync(join(partial, 'PG_VERSION'), 'r');
  fsyncSync(versionFile);
  closeSync(versionFile);
  if (existsSync(dir)) rmdirSync(dir);
  renameSync(partial, dir);
}
