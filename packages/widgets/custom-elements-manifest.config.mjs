// `npm run build` writes custom-elements.json from the JSDoc of each element class.

/** The published module each element ships in: what `import '@chuongtrinh/widgets…'` loads. */
const ENTRIES = [
  { module: 'dist/index.js', sources: ['src/task-list/task-list.ts', 'src/agency-card/agency-card.ts', 'src/deadline-timeline/deadline-timeline.ts'] },
  { module: 'dist/embed-builder.js', sources: ['src/embed-builder/embed-builder.ts'] },
  { module: 'dist/status-editor.js', sources: ['src/status-editor/status-editor.ts'] },
];

/** "Default `#1f2328`." or "Default: 15px." at the end of a description. */
const DEFAULT = /\s*Default:?\s*`?([^`]+?)`?\.?\s*$/;

/**
 * The analyzer describes the sources; the package ships `dist/`. This rewrites the manifest for
 * the tarball: one module per published entry with the elements it registers (the analyzer
 * cannot see the `customElements.define` behind `defineElement`), nothing internal (helpers,
 * constants such as `LONG_TEXT`), and each CSS property's default in `default`.
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
            const match = DEFAULT.exec(property.description ?? '');
            if (match) {
              property.default = match[1];
              property.description = property.description.slice(0, match.index);
            }
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
