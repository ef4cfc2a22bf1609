import { copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const require = createRequire(import.meta.url);
const dataset = require.resolve('@chuongtrinh/core/data/binh-thuan-2021-2025.json');
const DATASET_FILE = 'binh-thuan-2021-2025.json';

const coreModule = (name: string) => fileURLToPath(new URL(`../core/src/${name}.ts`, import.meta.url));

/**
 * For the pasted file only:
 * - `@chuongtrinh/core` resolves to core's TypeScript modules, one by one. Its published
 *   `dist/index.js` holds the schema, search and query code in one file, and esbuild splits chunks
 *   by file: anything behind a shared module (even core's `index.ts`, which only re-exports) lands
 *   in a chunk the first render loads, and zod/mini and MiniSearch with it. So the first-render
 *   code, which needs only core's query functions, gets `query.ts` (importing anything else from
 *   core there fails the build, it cannot silently grow the script), and the two lazy modules get
 *   `search.ts` and `validate.ts`.
 * - the bundled dataset is fetched as JSON from beside the script (`bundled-dataset.pasted.ts`).
 */
const CORE_MODULE_FOR: Record<string, string> = { 'lazy-search.ts': 'search', 'lazy-validate.ts': 'validate' };

const pastedResolution: Plugin = {
  name: 'pasted-resolution',
  setup(build) {
    build.onResolve({ filter: /^@chuongtrinh\/core$/ }, ({ importer }) => ({
      path: coreModule(CORE_MODULE_FOR[importer.split(/[\\/]/).pop() ?? ''] ?? 'query'),
    }));
    build.onResolve({ filter: /\/bundled-dataset\.js$/ }, () => ({
      path: fileURLToPath(new URL('./src/shared/bundled-dataset.pasted.ts', import.meta.url)),
    }));
  },
};

/** The npm entry: ESM and types; lit and @chuongtrinh/core stay dependencies. */
export const npmBuild: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  // The JSX typings are separate, types-only entries: the main types must not require React or Preact.
  dts: { entry: { index: 'src/index.ts', 'jsx-react': 'src/jsx/react.ts', 'jsx-preact': 'src/jsx/preact.ts' } },
  sourcemap: true,
  splitting: true,
  outDir: 'dist',
  // Both builds write into dist at the same time: each cleans only its own files.
  clean: ['index.*', 'jsx-*', 'chunks'],
  esbuildOptions(options) {
    options.chunkNames = 'chunks/[name]-[hash]';
  },
};

/** The file a webmaster pastes: everything bundled, minified, lazy parts beside it. */
export const pastedBuild: Options = {
  entry: { chuongtrinh: 'src/index.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  minify: true,
  splitting: true,
  noExternal: [/./],
  outDir: 'dist',
  clean: ['chuongtrinh*', DATASET_FILE],
  esbuildPlugins: [pastedResolution],
  esbuildOptions(options) {
    options.chunkNames = 'chuongtrinh-[name]-[hash]';
    options.legalComments = 'none';
  },
  async onSuccess() {
    await copyFile(dataset, `${pastedBuild.outDir}/${DATASET_FILE}`);
  },
};

export default defineConfig([npmBuild, pastedBuild]);
