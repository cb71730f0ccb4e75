// @vitest-environment node
// The layering of src/ (ARCHITECTURE.md, "The kernel"), read by a well-kept dependency finder
// (dpdm) with type-only imports counted: no import circle anywhere, `core` below everything,
// features on the kernel alone, and no locale in `core`.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

/** Every source file: each is an entry, so that nothing is left out of the tree. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each source file with the source files it imports, type-only imports and dynamic imports included. */
let imports: Map<string, string[]>;
/** Each source file with the packages it imports (`react`, `@radix-ui/react-dialog`…). */
let packages: Map<string, string[]>;
let circles: string[][];

beforeAll(async () => {
  const files = sourceFiles(src);
  const tree = await parseDependencyTree(files, { context: root, transform: false, skipDynamicImports: false, tsconfig: join(root, 'tsconfig.json') });
  circles = parseCircular(tree, false);
  packages = new Map(
    Object.entries(tree).map(([file, dependencies]) => [
      file,
      (dependencies ?? []).filter((dependency) => !dependency.request.startsWith('.')).map((dependency) => dependency.request),
    ]),
  );
  imports = new Map(
    Object.entries(tree).map(([file, dependencies]) => [
      file,
      (dependencies ?? []).map((dependency) => dependency.id).filter((id): id is string => typeof id === 'string' && id.startsWith('src/')),
    ]),
  );
}, 60_000);

const layerOf = (file: string) => relative('src', file).split('/')[0]!;
const importersIn = (layer: string, forbidden: (id: string) => boolean) =>
  [...imports].filter(([file]) => layerOf(file) === layer).flatMap(([file, ids]) => ids.filter(forbidden).map((id) => `${file} -> ${id}`));

describe('the import graph of src/', () => {
  it('reads every layer, so that the checks below look at something', () => {
    const layers = new Set([...imports.keys()].map(layerOf));
    for (const layer of ['core', 'react', 'features', 'locales', 'records', 'services', 'audit', 'cli']) expect(layers).toContain(layer);
    expect(imports.get('src/core/consent-store.ts')).toContain('src/core/consent-state.ts');
  });

  it('has no import circle, type-only imports included', () => {
    expect(circles.map((circle) => circle.join(' -> '))).toEqual([]);
  });

  it('keeps core below everything: no React, no feature, no locale, no entry', () => {
    expect(importersIn('core', (id) => !id.startsWith('src/core/'))).toEqual([]);
    const reactInCore = [...packages].filter(([file, requests]) => layerOf(file) === 'core' && requests.some((request) => /^(react|react-dom|@radix-ui)(\/|$)/.test(request)));
    expect(reactInCore.map(([file]) => file)).toEqual([]);
    // The check above reads package imports: React's own components do import it.
    expect(packages.get('src/react/consent-provider.tsx')).toContain('react');
  });

  it('builds each feature on the kernel alone, never on another feature of the list', () => {
    const features = ['src/features/jurisdiction.ts', 'src/features/records.ts', 'src/features/account.ts'];
    for (const feature of features) {
      const others = features.filter((other) => other !== feature);
      expect(imports.get(feature)?.filter((id) => others.includes(id) || id.startsWith('src/react/'))).toEqual([]);
    }
  });

  it('keeps the entries on top: no module of src/ imports one', () => {
    const entries = ['src/index.ts', 'src/server.ts', 'src/vite.ts'];
    const importers = [...imports].flatMap(([file, ids]) => ids.filter((id) => entries.includes(id)).map((id) => `${file} -> ${id}`));
    expect(importers).toEqual([]);
  });

  it('keeps React above core and the features: only react/ and the React entry import it', () => {
    const reactImporters = [...imports].filter(([file, ids]) => ids.some((id) => id.startsWith('src/react/')) && layerOf(file) !== 'react' && file !== 'src/index.ts');
    expect(reactImporters.map(([file]) => file)).toEqual([]);
  });

  it('keeps React out of the server-side parts', () => {
    const serverSide = ['records', 'audit', 'cli'];
    const reactFiles = [...imports].filter(([file]) => serverSide.includes(layerOf(file))).flatMap(([file, ids]) => ids.filter((id) => id.startsWith('src/react/')).map((id) => `${file} -> ${id}`));
    expect(reactFiles).toEqual([]);
  });
});
