import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';
import { pastedBuilds, type DatasetDelivery } from '../tsup.config.js';

/** One file of a pasted build, with its sizes and whether a page loads it before the first render. */
export interface PastedFile {
  name: string;
  raw: number;
  /** gzip -9, as a static host would serve it. */
  gzip: number;
  /** Loaded before the first render: the script itself and what it imports statically. */
  eager: boolean;
  /** The source files it bundles (paths as esbuild reports them). */
  inputs: string[];
}

interface Metafile {
  outputs: Record<string, { imports: Array<{ path: string; kind: string }>; inputs: Record<string, unknown> }>;
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
  const eager = new Set<string>();
  const visit = (name: string) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const imported of outputs.get(name)?.imports ?? []) if (imported.kind === 'import-statement') visit(basename(imported.path));
  };
  visit('chuongtrinh.js');
  const files: PastedFile[] = [];
  for (const [name, output] of outputs) {
    if (!name.endsWith('.js')) continue;
    const bytes = await readFile(join(outDir, name));
    files.push({ name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, eager: eager.has(name), inputs: Object.keys(output.inputs) });
  }
  return files;
}

/** Size of a file in `dir`, raw and gzipped. */
export async function sizeOf(dir: string, name: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(join(dir, name));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
