import { defineConfig } from 'tsup';

// One output module per public module (and subpath export), so that a bundler importing only the
// query functions does not also get zod or MiniSearch: index.js re-exports from these files, and
// with "sideEffects": false the unused ones are dropped.
const publicModules = {
  index: 'src/index.ts',
  data: 'src/data.ts',
  query: 'src/query.ts',
  search: 'src/search/index.ts',
  validate: 'src/validate.ts',
  status: 'src/status/index.ts',
  progress: 'src/status/progress.ts',
  text: 'src/text.ts',
  export: 'src/export/index.ts',
  report: 'src/report/index.ts',
  'report-docx': 'src/report/docx-entry.ts',
  parse: 'src/parse/program.ts',
  schema: 'src/schema.ts',
  constants: 'src/constants.ts',
  format: 'src/format/index.ts',
  succession: 'src/succession/index.ts',
  'succession-data': 'src/succession/data.ts',
};

export default defineConfig({
  entry: { ...publicModules, cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'es2022',
  dts: { entry: publicModules },
  clean: true,
  // No sourcemaps: they would embed the dataset's source a second time in every install, and the
  // published code is unminified ESM that reads as it is.
  sourcemap: false,
  splitting: true,
  treeshake: true,
});
