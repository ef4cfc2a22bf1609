import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';
import { ELEMENT_ENTRIES, pastedBuilds, type DatasetDelivery } from '../tsup.config.js';

/** The scripts a webmaster pastes: one per element, named after its tag, and one for all three. */
export const PASTED_SCRIPTS = ['chuongtrinh.js', ...Object.keys(ELEMENT_ENTRIES).map((name) => `ct-${name}.js`)];

/** One file of a pasted build, with its sizes and whether a page loads it before the first render. */
export interface PastedFile {
  name: string;
  raw: number;
  /** gzip -9, as a static host would serve it. */
  gzip: number;
  /** Loaded before the first render of one of `PASTED_SCRIPTS`: the script itself or a file one imports statically. */
  eager: boolean;
  /** The files it imports statically (each costs a round trip before it runs). */
  staticImports: string[];
  /** The source files it bundles (paths as esbuild reports them). */
  inputs: string[];
  /** Minified bytes each source file contributes, for the size benchmark's breakdown. */
  inputBytes: Record<string, number>;
}

interface Metafile {
  outputs: Record<string, { imports: Array<{ path: string; kind: string }>; inputs: Record<string, { bytesInOutput: number }> }>;
}

/**
 * Builds the pasted file into `outDir` with tsup.config.ts's own settings and reports every file.
 * Sizes are deterministic: same sources, same bytes.
 */
export async function buildPasted(outDir: string, dataset: DatasetDelivery = 'fetched'): Promise<PastedFile[]> {
  const outputs = new Map<string, Metafile['outputs'][string]>();
  // One after the other: each run writes its own metafile-esm.json.
  for (const options of pastedBuilds({ outDir, dataset })) {
    await build({ ...options, config: false, silent: true, metafile: true });
    const meta = JSON.parse(await readFile(join(outDir, 'metafile-esm.json'), 'utf8')) as Metafile;
    for (const [path, output] of Object.entries(meta.outputs)) outputs.set(basename(path), output);
  }
  const staticImports = (name: string) => (outputs.get(name)?.imports ?? []).filter((imported) => imported.kind === 'import-statement').map((imported) => basename(imported.path));
  const eager = new Set(PASTED_SCRIPTS.flatMap((script) => firstLoadOf(script, staticImports)));
  const files: PastedFile[] = [];
  for (const [name, output] of outputs) {
    if (!name.endsWith('.js')) continue;
    const bytes = await readFile(join(outDir, name));
    files.push({
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      eager: eager.has(name),
      staticImports: staticImports(name),
      inputs: Object.keys(output.inputs),
      inputBytes: Object.fromEntries(Object.entries(output.inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput])),
    });
  }
  return files;
}

/** `script` and every file it imports statically, directly or not: what a page loads before its first render. */
function firstLoadOf(script: string, staticImports: (name: string) => string[]): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    staticImports(name).forEach(visit);
  };
  visit(script);
  return [...seen];
}

/** The files of `files` a page pasting `script` loads before its first render. */
export function firstLoad(files: PastedFile[], script: string): PastedFile[] {
  const byName = new Map(files.map((file) => [file.name, file]));
  return firstLoadOf(script, (name) => byName.get(name)?.staticImports ?? []).map((name) => byName.get(name)!);
}

/** Size of a file in `dir`, raw and gzipped. */
export async function sizeOf(dir: string, name: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(join(dir, name));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
