import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { build } from 'tsup';
import { expect, test } from 'vitest';
import { buildPasted } from '../scripts/pasted-build.js';
import { tokenDefault } from '../src/shared/tokens.js';
import { ELEMENT_ENTRIES, npmBuild } from '../tsup.config.js';
import packageJson from '../package.json' with { type: 'json' };

interface Declaration {
  name: string;
  tagName?: string;
  summary?: string;
  attributes?: Array<{ name: string; description?: string }>;
  members?: Array<{ name: string; kind: string; privacy?: string; static?: boolean; description?: string }>;
  events?: Array<{ name: string; description?: string }>;
  cssParts?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string; description?: string; default?: string }>;
}

/** The analyzer's own entry (`cem analyze`), run in-process without writing anything. */
interface ManifestModule {
  path: string;
  declarations?: Declaration[];
  exports?: Array<{ kind: string; name: string; declaration: { name: string; module: string } }>;
}

async function analyze(): Promise<{ modules: ManifestModule[] }> {
  const entry = '@custom-elements-manifest/analyzer/cli.js';
  const { cli } = (await import(/* @vite-ignore */ entry)) as {
    cli: (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<{ modules: ManifestModule[] }>;
  };
  return cli({ argv: ['analyze', '--quiet'], cwd: process.cwd(), noWrite: true });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** A `sideEffects` entry (`./dist/chunks/*.js`) as a regular expression over package paths. */
const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/** `path` and every file it imports statically, transitively (a dynamic import() is a lazy part, loaded when needed). */
function loadedWith(sources: ReadonlyMap<string, string>, path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const [, specifier] of (sources.get(path) ?? '').matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?['"](\.[^'"]+)['"]/g)) {
    loadedWith(sources, `./${join(dirname(path), specifier!)}`, seen);
  }
  return seen;
}

test('the npm entry of each element registers that element only; the main entry registers all three', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'chuongtrinh-entries-'));
  try {
    const dist = join(dir, 'dist');
    await build({ ...npmBuild, outDir: dist, dts: false, sourcemap: false, config: false, silent: true });
    const sources = new Map<string, string>();
    for (const file of await filesUnder(dist)) if (file.endsWith('.js')) sources.set(`./${relative(dir, file)}`, await readFile(file, 'utf8'));
    const tagsOf = (entry: string) =>
      [...loadedWith(sources, `./dist/${entry}.js`)].flatMap((file) => [...(sources.get(file) ?? '').matchAll(/defineElement\(["'](ct-[a-z-]+)["']/g)].map(([, tag]) => tag)).sort();
    for (const entry of Object.keys(ELEMENT_ENTRIES)) {
      expect(tagsOf(entry), entry).toEqual([`ct-${entry}`]);
      expect(packageJson.exports, entry).toHaveProperty(`./${entry}`);
    }
    expect(tagsOf('index')).toEqual(['ct-agency-card', 'ct-deadline-timeline', 'ct-task-list']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('"sideEffects" covers every built file that registers elements or imports one, so bundlers keep them', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'chuongtrinh-package-'));
  try {
    const dist = join(dir, 'dist');
    await build({ ...npmBuild, outDir: dist, dts: false, sourcemap: false, config: false, silent: true });
    await buildPasted(dist);
    const sources = new Map<string, string>();
    for (const file of await filesUnder(dist)) if (file.endsWith('.js')) sources.set(`./${relative(dir, file)}`, await readFile(file, 'utf8'));
    const registers = (path: string) => [...loadedWith(sources, path)].some((file) => sources.get(file)?.includes('customElements.define'));
    const patterns = packageJson.sideEffects.map(globToRegExp);
    const needed = [...sources.keys()].filter((path) => registers(path));
    expect(needed.filter((path) => !patterns.some((pattern) => pattern.test(path)))).toEqual([]);
    for (const [index, pattern] of patterns.entries()) expect(needed.some((path) => pattern.test(path)), packageJson.sideEffects[index]).toBe(true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('custom-elements.json documents every element from its JSDoc', async () => {
  const manifest = await analyze();
  const elements = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName!, declaration]),
  );
  const attributes = Object.fromEntries([...elements].map(([tag, element]) => [tag, (element.attributes ?? []).map((attribute) => attribute.name).sort()]));
  expect(attributes).toEqual({
    'ct-task-list': ['agency', 'agency-role', 'area', 'as-of', 'controls', 'debug', 'heading-level', 'lang', 'limit', 'no-url', 'query', 'search-index-src', 'source-text', 'src', 'status', 'status-src', 'theme', 'url-key', 'year'],
    'ct-agency-card': ['agency', 'as-of', 'debug', 'heading-level', 'href', 'lang', 'source-text', 'src', 'status-src', 'subscriptions', 'theme'],
    'ct-deadline-timeline': ['agency', 'area', 'as-of', 'debug', 'heading-level', 'href', 'lang', 'source-text', 'src', 'status-src', 'theme'],
    'ct-embed-builder': ['debug', 'lang', 'script-url', 'src', 'theme'],
    'ct-status-editor': ['agency', 'as-of', 'debug', 'lang', 'src', 'theme'],
  });
  for (const [tag, element] of elements) {
    expect(element.summary, tag).toBeTruthy();
    const publicFields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static);
    const documented = [...(element.attributes ?? []), ...publicFields, ...(element.events ?? []), ...(element.cssParts ?? []), ...(element.cssProperties ?? [])];
    expect(documented.filter((item) => !item.description).map((item) => `${tag} ${item.name}`)).toEqual([]);
    expect(element.cssParts?.map((part) => part.name)).toContain('base');
    expect(element.cssProperties?.every((property) => property.name.startsWith('--ct-'))).toBe(true);
  }
  expect(elements.get('ct-task-list')?.events?.map((event) => event.name)).toEqual(['ct-filter-change', 'ct-task-select', 'ct-download']);
  // Its calm "no deadlines" line offers no button: it fires no event.
  expect(elements.get('ct-deadline-timeline')?.events ?? []).toEqual([]);
});

test('custom-elements.json describes the tarball: modules that exist in dist, a definition per tag, nothing internal, CSS defaults as `default`', async () => {
  const manifest = await analyze();
  const entries = Object.values(packageJson.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.default])).filter(Boolean);
  for (const module of manifest.modules) expect(entries, module.path).toContain(`./${module.path}`);
  const definitions = manifest.modules.flatMap((module) => module.exports ?? []).filter((item) => item.kind === 'custom-element-definition');
  expect(definitions.map((item) => [item.name, item.declaration.module]).sort()).toEqual([
    ['ct-agency-card', 'dist/index.js'],
    ['ct-deadline-timeline', 'dist/index.js'],
    ['ct-embed-builder', 'dist/embed-builder.js'],
    ['ct-status-editor', 'dist/status-editor.js'],
    ['ct-task-list', 'dist/index.js'],
  ]);
  const names = manifest.modules.flatMap((module) => [...(module.declarations ?? []).map((declaration) => declaration.name), ...(module.exports ?? []).map((item) => item.name)]);
  expect(names).not.toContain('PAGE_SIZE');
  expect(names).not.toContain('tag');
  const list = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'ct-task-list')!;
  expect(list.cssProperties?.find((property) => property.name === '--ct-color-text')).toEqual({ name: '--ct-color-text', description: 'Text colour.', default: tokenDefault('--ct-color-text') });
});

test('the token table is the one place a default is written: styles, manifest and builder agree with it', async () => {
  const { TOKENS } = await import('../src/shared/tokens.js');
  const { THEME_DEFAULTS } = await import('../src/embed-builder/snippet.js');
  const names: string[] = Object.keys(TOKENS);
  const defaultOf = (name: string) => (TOKENS as Record<string, { light: string } | undefined>)[name]?.light;
  // Styles take each token through `token()`; a hand-written fallback would be a second default.
  for (const file of (await filesUnder('src')).filter((path) => path.endsWith('.ts') && !path.endsWith('tokens.ts'))) {
    const source = await readFile(file, 'utf8');
    expect(source.match(/var\(--ct-[\w-]+\s*,/g) ?? [], file).toEqual([]);
    // `--ct-default-…` are the theme's defaults, which tokens.ts sets on the host from the same table.
    for (const [name] of source.matchAll(/--ct-(?!default-)[a-z]+(?:-[a-z]+)*/g)) expect(names, `${file}: ${name}`).toContain(name);
  }
  const manifest = await analyze();
  const documented = new Set<string>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    for (const property of declaration.cssProperties ?? []) {
      documented.add(property.name);
      expect(property.default, `${declaration.tagName} ${property.name}`).toBe(defaultOf(property.name));
    }
  }
  expect([...documented].sort()).toEqual([...names].sort());
  for (const [name, value] of Object.entries(THEME_DEFAULTS)) expect(value).toBe(defaultOf(name));
});
