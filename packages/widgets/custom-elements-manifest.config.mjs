// `npm run build` writes custom-elements.json from the JSDoc of each element class.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/jsx/**'],
  outdir: '.',
  litelement: true,
};
