import { copyFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { themeCss, tokenValue, TOKENS, type TokenName } from './src/shared/tokens.js';

type TsupPlugin = NonNullable<Options['plugins']>[number];

const require = createRequire(import.meta.url);
const DATASET = require.resolve('@chuongtrinh/core/data/binh-thuan-2021-2025.json');
const DATASET_FILE = 'binh-thuan-2021-2025.json';
// The dataset's original text, for "Văn bản gốc": a lazy string module in the npm entry, a file beside the pasted script.
const SOURCE_TEXT = require.resolve('@chuongtrinh/core/data/binh-thuan-2021-2025.txt');
const SOURCE_TEXT_FILE = 'binh-thuan-2021-2025.txt';
const TEXT_LOADER: Options['loader'] = { '.txt': 'text' };


/**
 * How the pasted file gets the bundled dataset. `fetched` is what ships; the others exist for
 * `bench/dataset-delivery.ts`, which measures the choice (see the README).
 * - `fetched`: JSON fetched from beside the script (`bundled-dataset.pasted.ts`);
 * - `inlined`: inside the first-render script;
 * - `lazy-chunk`: a JavaScript chunk beside the script (what the npm entry leaves to the user's bundler).
 */
export const DATASET_DELIVERIES = ['fetched', 'inlined', 'lazy-chunk'] as const;
export type DatasetDelivery = (typeof DATASET_DELIVERIES)[number];

/** Where the pasted file's bundled dataset comes from, per `DatasetDelivery`. */
function pastedResolution(dataset: DatasetDelivery): Plugin {
  return {
    name: 'pasted-resolution',
    setup(build) {
      if (dataset === 'fetched') {
        build.onResolve({ filter: /\/bundled-(dataset|source-text)\.js$/ }, ({ path }) => ({
          path: fileURLToPath(new URL(`./src/shared/bundled-${/bundled-([\w-]+)\.js$/.exec(path)![1]}.pasted.ts`, import.meta.url)),
        }));
      }
      if (dataset === 'inlined') {
        build.onResolve({ filter: /\/bundled-dataset\.js$/ }, () => ({ path: 'inlined-dataset', namespace: 'pasted' }));
        build.onLoad({ filter: /^inlined-dataset$/, namespace: 'pasted' }, () => ({
          contents: `import data from ${JSON.stringify(DATASET)};\nexport async function loadBundledDataset() { return { ok: true, data }; }`,
          loader: 'js',
          resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        }));
      }
    },
  };
}

/**
 * The pasted file runs on pages we do not control, some of which add enumerable keys to
 * `Object.prototype` (CMS scripts do). `for…in` walks such a key too: esbuild's helper for
 * namespace objects (`__export`, used for zod's `z.iso`) would define a getter `true`, and zod's
 * own loops over its member tables and shapes would read it as a member. Both are made to walk
 * own keys only, which is what they mean. (The helper's descriptor also gets no prototype: esbuild's
 * runtime keeps the native `defineProperty`, see `own-descriptors.pasted.ts`.) Each rewrite fails the build when the code it expects
 * is no longer there, rather than shipping it unpatched.
 */
const ownKeysExport: TsupPlugin = {
  name: 'own-keys-export',
  renderChunk(code, { path }) {
    if (!path.endsWith('.js')) return;
    const helper = /for\(var (\w+) in (\w+)\)(\w+)\((\w+),\1,\{get:\2\[\1\],enumerable:!0\}\)/g;
    const patched = code.replace(helper, 'for(var $1 of Object.keys($2))$3($4,$1,{__proto__:null,get:$2[$1],enumerable:!0})');
    if (/for\(var \w+ in \w+\)\w+\(\w+,\w+,\{get:/.test(patched)) throw new Error(`${path}: esbuild's __export helper has an unexpected shape`);
    return { code: patched };
  },
};

// zod's loops over its own tables (`members`, `derived`, shapes): `for (const key in table)`.
// Loops written into generated code (template strings, `in ${accessor}`) are left alone: they run
// only for `strict`/`catchall` objects, which the contract does not use.
const ZOD_OWN_LOOP = /for \((const|let) (\w+) in ([\w.]+)\)/g;

const zodOwnKeys: Plugin = {
  name: 'zod-own-keys',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|schemas)\.js$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      const contents = code.replace(ZOD_OWN_LOOP, 'for ($1 $2 of Object.keys($3))');
      if (path.endsWith('util.js') && !/for \(const key of Object\.keys\(table\)\)/.test(contents)) {
        throw new Error(`${path}: zod's members() loop has an unexpected shape`);
      }
      return { contents, loader: 'js' };
    });
  },
};

// In the pasted files each `${token('--ct-…')}` of a stylesheet is written out as the
// `var(--ct-…, default)` it stands for, and `${themeStyles()}` as the theme's defaults, from the
// same table: a page then downloads neither the table nor the functions. (The build fails on a
// name the table lacks or a call it cannot inline.) The css`…` templates, text esbuild cannot
// minify, also lose their comments and the whitespace around braces, semicolons, commas, child
// combinators and colons, as a CSS minifier would; quoted text (`content: ', '`) is kept as it is.
const TOKEN_CALL = /\$\{token\('(--ct-[a-z-]+)'\)\}/g;
const THEME_CALL = /\$\{themeStyles\(\)\}/g;
const TOKEN_IMPORT = /^import \{ (?:themeStyles, )?token \} from '[./]+(?:shared\/)?tokens\.js';\n/m;
const CSS_TEMPLATE = /css`((?:[^`\\]|\\.)*)`/g;
const QUOTED = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/;

const minifiedCss = (body: string) =>
  body
    // Comments first: their apostrophes are not quotes.
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(QUOTED)
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s/g, ':')))
    .join('')
    .trim();

const pastedStyles: Plugin = {
  name: 'pasted-styles',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      const contents = code
        .replace(TOKEN_IMPORT, '')
        .replace(TOKEN_CALL, (_, name: string) => {
          if (!(name in TOKENS)) throw new Error(`${path}: ${name} is not in src/shared/tokens.ts`);
          return tokenValue(name as TokenName);
        })
        .replace(THEME_CALL, () => themeCss())
        .replace(CSS_TEMPLATE, (_, body: string) => `css\`${minifiedCss(body)}\``);
      if (/\b(token|themeStyles)\(/.test(contents)) throw new Error(`${path}: a token() or themeStyles() call of an unexpected shape`);
      return { contents, loader: 'ts' };
    });
  },
};

/** One npm entry per element (`@chuongtrinh/widgets/task-list`), registering that element only. */
export const ELEMENT_ENTRIES = {
  'task-list': 'src/task-list/task-list.ts',
  'agency-card': 'src/agency-card/agency-card.ts',
  'deadline-timeline': 'src/deadline-timeline/deadline-timeline.ts',
};

/** The npm entry: ESM and types; lit and @chuongtrinh/core stay dependencies. */
export const npmBuild: Options = {
  // The JSX entries hold only types; their (empty) JS files let `import '@chuongtrinh/widgets/react'`
  // resolve in a project that imports it without `type`.
  entry: {
    index: 'src/index.ts',
    ...ELEMENT_ENTRIES,
    'embed-builder': 'src/embed-builder/embed-builder.ts',
    'status-editor': 'src/status-editor/status-editor.ts',
    'jsx-react': 'src/jsx/react.ts',
    'jsx-preact': 'src/jsx/preact.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  loader: TEXT_LOADER,
  // The JSX typings are separate, types-only entries: the main types must not require React or Preact.
  dts: {
    entry: {
      index: 'src/index.ts',
      ...ELEMENT_ENTRIES,
      'embed-builder': 'src/embed-builder/embed-builder.ts',
      'status-editor': 'src/status-editor/status-editor.ts',
      'jsx-react': 'src/jsx/react.ts',
      'jsx-preact': 'src/jsx/preact.ts',
    },
  },
  // No sourcemaps in the package: unminified ESM reads as it is, and a map would carry core's
  // dataset along with its sources.
  sourcemap: false,
  splitting: true,
  outDir: 'dist',
  // The two builds write into dist at the same time, so neither cleans it (tsup's `clean` empties
  // the whole folder, whatever patterns it is given): `npm run build` empties it first.
  clean: false,
  esbuildOptions(options) {
    options.chunkNames = 'chunks/[name]-[hash]';
  },
};

/**
 * The Node side: the `chuongtrinh-widgets` command and `prerender` (Lit SSR of the elements).
 * Every dependency stays external, so that SSR and the elements share one copy of Lit.
 */
export const nodeBuild: Options = {
  // `tokens` is read by the custom-elements manifest's plugin, which gives each CSS property its default.
  entry: { 'node/chuongtrinh-widgets': 'src/prerender/bin.ts', 'node/prerender': 'src/prerender/prerender.ts', 'node/tokens': 'src/shared/tokens.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { 'node/prerender': 'src/prerender/prerender.ts' } },
  splitting: true,
  outDir: 'dist',
  clean: false,
  esbuildOptions(options) {
    options.chunkNames = 'node/chunks/[name]-[hash]';
  },
};

/** Says so in each widget when the page's Trusted Types CSP blocks Lit (runs before Lit). */
const TRUSTED_TYPES_GUARD = fileURLToPath(new URL('./src/shared/trusted-types-guard.pasted.ts', import.meta.url));

// The guard exports nothing and this package declares its side effects file by file (for dist/):
// without this, esbuild would drop it as unused.
const keepGuard: Plugin = {
  name: 'keep-trusted-types-guard',
  setup(build) {
    build.onResolve({ filter: /trusted-types-guard\.pasted\.ts$/ }, ({ path }) => ({ path, sideEffects: true }));
  },
};

/** The lazy parts of the pasted file, each one self-contained file beside the script. */
const EMBED_BUILDER_ENTRY = { 'chuongtrinh-embed-builder': 'src/embed-builder/embed-builder.ts' };

export const LAZY_ENTRIES = {
  'chuongtrinh-search': 'src/shared/lazy-search.ts',
  'chuongtrinh-validate': 'src/shared/lazy-validate.ts',
  'chuongtrinh-status': 'src/shared/lazy-status.ts',
  'chuongtrinh-export': 'src/shared/lazy-export.ts',
  'chuongtrinh-hydrate': 'src/shared/lazy-hydrate.ts',
  'chuongtrinh-succession': 'src/shared/lazy-succession.ts',
  'chuongtrinh-en': 'src/shared/lazy-en.ts',
  'chuongtrinh-source': 'src/shared/lazy-source.ts',
  'chuongtrinh-problems': 'src/shared/lazy-problems.ts',
};

/** The iframe pages' script and the host page's resize script: small files of their own, without Lit. */
const EMBED_ENTRIES = { 'chuongtrinh-frame': 'src/embed/frame.ts', 'chuongtrinh-resize': 'src/embed/resize.ts' };

/**
 * The file a webmaster pastes, and the lazy parts beside it. Two esbuild runs: within one, esbuild
 * would move the code the script shares with the search chunk (core's query functions) into a
 * third chunk that the script imports, and the browser would discover that import only after
 * downloading the script, a round trip before the dataset is even requested. Built apart, the
 * script imports nothing before its first render; the search chunk carries its own copy of the
 * few query functions it needs.
 */
export function pastedBuilds({ outDir = 'dist', dataset = 'fetched' }: { outDir?: string; dataset?: DatasetDelivery } = {}): Options[] {
  const common: Options = {
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    minify: true,
    noExternal: [/./],
    loader: TEXT_LOADER,
    outDir,
    clean: false,
    plugins: [ownKeysExport],
    // The same page may set `Object.prototype.value`: every descriptor then inherits it.
    define: { 'Object.defineProperty': 'defineOwnProperty', 'Object.defineProperties': 'defineOwnProperties' },
    inject: [fileURLToPath(new URL('./src/shared/own-descriptors.pasted.ts', import.meta.url))],
    esbuildOptions(options) {
      options.legalComments = 'none';
      // Core's entry files keep `import './chunk-….js'` lines for module order; core declares no
      // side effects, so dropping them is right and esbuild's warning about it is noise.
      options.logOverride = { 'ignored-bare-import': 'silent' };
    },
  };
  const lazyParts: Plugin = {
    name: 'lazy-parts',
    setup(build) {
      build.onResolve({ filter: /\/lazy-(search|validate|status|export|hydrate|succession|en|source|problems)\.js$/ }, ({ path }) => ({
        path: `./chuongtrinh-${/lazy-(\w+)\.js$/.exec(path)![1]}.js`,
        external: true,
      }));
    },
  };
  // What every script that renders widgets itself needs (the four pasted files and the builder's).
  const firstRender = { inject: [...(common.inject ?? []), TRUSTED_TYPES_GUARD], esbuildPlugins: [lazyParts, pastedResolution(dataset), keepGuard, pastedStyles] };
  return [
    {
      ...common,
      ...firstRender,
      entry: { chuongtrinh: 'src/index.ts' },
      // Splitting only for the `lazy-chunk` dataset variant of the benchmark.
      splitting: true,
      esbuildOptions(options) {
        common.esbuildOptions?.(options, { format: 'esm' });
        options.chunkNames = 'chuongtrinh-[name]-[hash]';
      },
      async onSuccess() {
        if (dataset === 'fetched') {
          await copyFile(DATASET, `${outDir}/${DATASET_FILE}`);
          await copyFile(SOURCE_TEXT, `${outDir}/${SOURCE_TEXT_FILE}`);
        }
      },
    },
    // One file per element, each a run of its own for the reason above: a page showing one
    // element downloads that element only, and the lazy parts beside the script serve all four files.
    ...Object.entries(ELEMENT_ENTRIES).map(([name, path]): Options => ({ ...common, ...firstRender, entry: { [`ct-${name}`]: path }, splitting: false })),
    { ...common, entry: { ...LAZY_ENTRIES, ...EMBED_ENTRIES }, splitting: false, esbuildPlugins: [zodOwnKeys, pastedResolution(dataset), pastedStyles] },
    // The embed builder page's script: the builder with the three widgets for its preview, in
    // one file of its own so that pages showing only widgets never download the builder.
    {
      ...common,
      ...firstRender,
      entry: EMBED_BUILDER_ENTRY,
      splitting: false,
    },
    ...statusEditorBuilds(common, pastedResolution(dataset)),
  ];
}

/**
 * The status editor is a script of its own (an officer's page, not a visitor's), with its report
 * part and the Word writer (`docx`, the largest library) as further files loaded at the first click.
 */
function statusEditorBuilds(common: Options, dataset: Plugin): Options[] {
  const parts: Plugin = {
    name: 'status-editor-parts',
    setup(build) {
      build.onResolve({ filter: /\/lazy-report\.js$/ }, () => ({ path: './chuongtrinh-status-editor-report.js', external: true }));
      build.onResolve({ filter: /^@chuongtrinh\/core\/report\/docx$/ }, () => ({ path: './chuongtrinh-report-docx.js', external: true }));
    },
  };
  return [
    { ...common, entry: { 'chuongtrinh-status-editor': 'src/status-editor/status-editor.ts' }, splitting: false, esbuildPlugins: [parts, dataset, pastedStyles] },
    {
      ...common,
      entry: { 'chuongtrinh-status-editor-report': 'src/status-editor/lazy-report.ts', 'chuongtrinh-report-docx': '../core/src/report/docx-entry.ts' },
      splitting: false,
      esbuildPlugins: [parts, dataset],
    },
  ];
}

export default defineConfig([npmBuild, nodeBuild, ...pastedBuilds()]);
