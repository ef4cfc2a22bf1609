import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const IMPORT = /^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms;

/** Every module `entry` loads at run time (type-only imports are erased and do not count). */
function runtimeImports(entry: URL, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(entry.href)) return seen;
  const source = readFileSync(entry, 'utf8');
  const specifiers = [...source.matchAll(IMPORT)].filter((match) => !/^(?:import|export)\s+type\s/.test(match[0])).map((match) => match[1]!);
  seen.set(entry.href, specifiers);
  for (const specifier of specifiers) {
    if (specifier.startsWith('.')) runtimeImports(new URL(specifier.replace(/\.js$/, '.ts'), entry), seen);
  }
  return seen;
}

test('the format entry loads no zod, no node: module and no agency register, so pasted widgets can import it', () => {
  const graph = runtimeImports(new URL('../src/format/index.ts', import.meta.url));
  const modules = [...graph.keys()].map((href) => href.replace(/^.*\/src\//, ''));
  expect(modules).toContain('format/timeline.ts');
  const external = [...graph.values()].flat().filter((specifier) => !specifier.startsWith('.'));
  expect(external).toEqual([]);
  expect(modules.filter((module) => /register|schema\.ts$/.test(module))).toEqual([]);
});
