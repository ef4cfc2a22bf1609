import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** `.txt` files imported as a string, as esbuild's `text` loader does in the package build (tsup.config.ts). */
export function textModules(): Plugin {
  return {
    name: 'chuongtrinh:text-modules',
    // Before Vite's asset plugin, which would give `.txt` files their URL.
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith('.txt')) return undefined;
      return `export default ${JSON.stringify(await readFile(id, 'utf8'))};`;
    },
  };
}
