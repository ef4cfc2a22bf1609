// `npm run build` writes custom-elements.json from the JSDoc of each element class.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/jsx/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest already; left on, the analyzer rewrites that field.
  packagejson: false,
};
