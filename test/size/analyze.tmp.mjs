import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
const root = '/work/main';
const dist = join(root, 'dist');
for (const name of process.argv.slice(2)) {
  const result = await build({ root, configFile: false, logLevel: 'silent', mode: 'production', plugins: [react()],
    resolve: { alias: [ { find: /^@weroom\/cookie-consent$/, replacement: join(root, 'src/index.ts') }, { find: /^@weroom\/cookie-consent\/styles\.css$/, replacement: join(root, 'src/styles.css') } ] },
    build: { write: false, rolldownOptions: { input: join(root, `test/package/fixtures/${name}.tsx`), external: ['react','react-dom','react-dom/client','react/jsx-runtime'] } } });
  for (const file of result.output) {
    if (file.type !== 'chunk') continue;
    console.log(`== ${name} ${file.fileName} ${file.code.length}`);
    const rows = Object.entries(file.modules).map(([id, m]) => [m.renderedLength, id.replace(root, '')]).sort((a, b) => b[0] - a[0]);
    for (const [len, id] of rows.slice(0, 25)) console.log(String(len).padStart(7), id);
  }
}
