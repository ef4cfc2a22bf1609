// `npm run build` writes custom-elements.json from the JSDoc of each element class.

/** The published module each element ships in: what `import '@chuongtrinh/widgets…'` loads. */
const ENTRIES = [
  { module: 'dist/index.js', sources: ['src/task-list/task-list.ts', 'src/agency-card/agency-card.ts', 'src/deadline-timeline/deadline-timeline.ts'] },
  { module: 'dist/embed-builder.js', sources: ['src/embed-builder/embed-builder.ts'] },
  { module: 'dist/status-editor.js', sources: ['src/status-editor/status-editor.ts'] },
];

// Built by tsup before the analyzer runs (`npm run build`): the one table of the tokens' defaults.
const { TOKENS } = await import('./dist/node/tokens.js');
const TOKEN_DEFAULTS = new Map(Object.entries(TOKENS).map(([name, token]) => [name, token.light]));

/**
 * The analyzer describes the sources; the package ships `dist/`. This rewrites the manifest for
 * the tarball: one module per published entry with the elements it registers (the analyzer
 * cannot see the `customElements.define` behind `defineElement`), nothing internal (helpers,
 * constants such as `PAGE_SIZE`), and each CSS property's default, from the token table, in `default`.
 */
function publishedModules() {
  return {
    name: 'published-modules',
    packageLinkPhase({ customElementsManifest }) {
      const modules = new Map(customElementsManifest.modules.map((module) => [module.path, module]));
      customElementsManifest.modules = ENTRIES.map(({ module, sources }) => {
        const declarations = sources.flatMap((source) => {
          const found = modules.get(source);
          if (!found) throw new Error(`custom-elements manifest: no module ${source}`);
          return found.declarations.filter((declaration) => declaration.customElement);
        });
        for (const declaration of declarations) {
          delete declaration.superclass;
          for (const member of declaration.members ?? []) delete member.inheritedFrom;
          for (const attribute of declaration.attributes ?? []) delete attribute.inheritedFrom;
          for (const property of declaration.cssProperties ?? []) {
            // Each element says what a token does in it; the default is the table's, written nowhere else.
            if (!TOKEN_DEFAULTS.has(property.name)) throw new Error(`custom-elements manifest: ${declaration.tagName} documents ${property.name}, which src/shared/tokens.ts does not list`);
            if (/\bDefault\b/.test(property.description ?? '')) throw new Error(`custom-elements manifest: ${declaration.tagName} writes a default for ${property.name}; it comes from src/shared/tokens.ts`);
            property.default = TOKEN_DEFAULTS.get(property.name);
          }
        }
        return {
          kind: 'javascript-module',
          path: module,
          declarations,
          exports: declarations.flatMap((declaration) => [
            { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module } },
            { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module } },
          ]),
        };
      });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/jsx/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest already; left on, the analyzer rewrites that field.
  packagejson: false,
  plugins: [publishedModules()],
};
