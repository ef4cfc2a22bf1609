import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/web-components-vite/node';
import type { Plugin } from 'vite';
import { textModules } from '../scripts/text-modules.js';

const SOURCES = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The package's `sideEffects` lists only the built files that register the elements, so a
 * production bundle of the *sources* (the static Storybook) would drop each element's
 * `customElements.define` as dead code and show bare tags. The sources keep their side effects.
 */
function sourcesHaveSideEffects(): Plugin {
  return {
    name: 'chuongtrinh:sources-have-side-effects',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.startsWith(SOURCES) ? { ...resolved, moduleSideEffects: true } : resolved;
    },
  };
}

export default defineMain({
  framework: '@storybook/web-components-vite',
  // Pages (introduction, theming) and theme stories in stories/; each element's stories beside it.
  stories: ['../stories/*.mdx', '../stories/*.stories.ts', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    disableTelemetry: true,
  },
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), sourcesHaveSideEffects(), textModules()] }),
});
