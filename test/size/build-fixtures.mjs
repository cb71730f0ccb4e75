// Bundles the fixture apps against the built package (dist/), minified, with React left out, as
// a site's own Vite build would; writes what a first visit loads to build/size/<app>/initial/ and
// what loads later (the preferences dialog and Radix) to build/size/<app>/lazy/, for size-limit.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.js'))) throw new Error('Build the package first: npm run build');

const REACT = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'scheduler'];
const fixtures = ['minimal', 'minimal-fr', 'full', 'hooks-only'];
/** What one more language may add to a first visit, gzip (issue: languages as modules). */
const ONE_LANGUAGE_BUDGET = 1.2 * 1024;
const initialGzip = {};

for (const name of fixtures) {
  const out = join(root, 'build/size', name);
  rmSync(out, { recursive: true, force: true });
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^@weroom\/cookie-consent$/, replacement: join(dist, 'index.js') },
        { find: /^@weroom\/cookie-consent\/styles\.css$/, replacement: join(dist, 'styles.css') },
        { find: /^@weroom\/cookie-consent\/locales\/([a-zA-Z-]+)$/, replacement: join(dist, 'locales/$1.js') },
      ],
    },
    build: {
      write: false,
      cssCodeSplit: true,
      rolldownOptions: { input: join(root, `test/package/fixtures/${name}.tsx`), external: REACT },
    },
  });
  const files = result.output;
  const byName = new Map(files.map((file) => [file.fileName, file]));
  // The first visit loads the entry, what it imports statically, and its CSS.
  const initial = new Set();
  const visit = (fileName) => {
    const file = byName.get(fileName);
    if (!file || initial.has(fileName)) return;
    initial.add(fileName);
    if (file.type === 'chunk') {
      file.imports.forEach(visit);
      file.viteMetadata?.importedCss.forEach(visit);
    }
  };
  files.filter((file) => file.type === 'chunk' && file.isEntry).forEach((file) => visit(file.fileName));
  const sizes = { initial: 0, lazy: 0 };
  initialGzip[name] = 0;
  for (const file of files) {
    if (!/\.(js|css)$/.test(file.fileName)) continue;
    const part = initial.has(file.fileName) ? 'initial' : 'lazy';
    // Summed file by file, as size-limit does.
    if (part === 'initial') initialGzip[name] += gzipSync(file.type === 'chunk' ? file.code : file.source).length;
    const target = join(out, part, file.fileName.replace(/^.*\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.type === 'chunk' ? file.code : file.source);
    sizes[part] += 1;
  }
  console.log(`${name}: ${sizes.initial} file(s) on a first visit, ${sizes.lazy} loaded later`);
  if (process.env.SIZE_BREAKDOWN) {
    // What the first visit's JavaScript is made of, largest first (characters before minifying).
    const modules = files
      .filter((file) => file.type === 'chunk' && initial.has(file.fileName))
      .flatMap((chunk) => Object.entries(chunk.modules).map(([id, module]) => [module.renderedLength, id.replace(root, '')]));
    for (const [length, id] of modules.sort((a, b) => b[0] - a[0]).slice(0, 15)) console.log(`  ${String(length).padStart(6)}  ${id}`);
  }
}

// What French adds to the minimal first visit: the one figure size-limit cannot take, a difference.
const added = initialGzip['minimal-fr'] - initialGzip.minimal;
console.log(`One more language (French) adds ${(added / 1024).toFixed(2)} KiB gzip to a first visit (budget ${(ONE_LANGUAGE_BUDGET / 1024).toFixed(1)} KiB)`);
if (added > ONE_LANGUAGE_BUDGET) {
  console.error('Over budget: a language module\'s first layer must stay small; its other texts load with the dialog and the policy page.');
  process.exitCode = 1;
}
