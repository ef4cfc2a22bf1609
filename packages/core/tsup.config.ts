import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/data.ts', 'src/cli.ts'],
  format: ['esm'],
  target: 'es2022',
  dts: { entry: ['src/index.ts', 'src/data.ts'] },
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
});
