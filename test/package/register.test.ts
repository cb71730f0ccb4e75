// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'consent-register-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

// An app that installed the package: the declarations emitted as `npm run build` emits them, and
// its entries resolved through package.json `exports`, as TypeScript resolves them for a user.
const installed = join(project, 'node_modules/@weroom/cookie-consent');
mkdirSync(installed, { recursive: true });
const build = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.build.json'), { outDir: join(installed, 'dist') }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
ts.createProgram(build.fileNames, build.options).emit();
symlinkSync(join(root, 'node_modules/@types'), join(project, 'node_modules/@types'));
symlinkSync(join(root, 'node_modules/react'), join(project, 'node_modules/react'));
symlinkSync(join(root, 'node_modules/@radix-ui'), join(project, 'node_modules/@radix-ui'));
writeFileSync(
  join(installed, 'package.json'),
  JSON.stringify({ name: '@weroom/cookie-consent', type: 'module', exports: { '.': { types: './dist/index.d.ts' }, './server': { types: './dist/server.d.ts' } } }),
);

/** The type errors of the app's files `files` (copied from test/package/register/), under strict settings. */
function typeErrors(files: string[]): string[] {
  for (const file of files) writeFileSync(join(project, file), ts.sys.readFile(join(root, 'test/package/register', file))!);
  const program = ts.createProgram(
    files.map((file) => join(project, file)),
    { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, skipLibCheck: true, types: [] },
  );
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName.startsWith(project) && !diagnostic.file.fileName.includes('node_modules'))
    .map((diagnostic) => `${diagnostic.file!.fileName.replace(project, '')}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
}

describe('registering the config’s type', () => {
  it('compiles in a config module that imports only the server entry, with nothing importing the React entry', () => {
    expect(typeErrors(['config.ts'])).toEqual([]);
  }, 60_000);

  it('types the React entry’s hooks and the manager from there: every @ts-expect-error in app.ts is an error', () => {
    expect(typeErrors(['config.ts', 'app.ts'])).toEqual([]);
  }, 60_000);
});
