import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { textModules } from './scripts/text-modules.js';

// A fresh provider per project: projects sharing one provider object are all reported under
// the first project's name.
function chromium() {
  return playwright({
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  });
}

/**
 * `src` fixtures that a blob: URL cannot give: a URL that answers 404. (Vite's dev server would
 * answer an unknown path with its HTML fallback, so the 404 is made explicit.)
 */
function datasetFixtures(): Plugin {
  return {
    name: 'dataset-fixtures',
    configureServer(server) {
      server.middlewares.use('/fixtures/missing.json', (_request, response) => {
        response.statusCode = 404;
        response.statusMessage = 'Not Found';
        response.end('Not Found');
      });
    },
  };
}

/**
 * Runs `chuongtrinh status validate` (core's built CLI) on a file a test downloaded, so the test
 * checks the file with the same command a compiling department would use.
 */
const statusValidate: BrowserCommand<[overlay: string]> = async (_context, overlay) => {
  const folder = mkdtempSync(join(tmpdir(), 'ct-status-editor-'));
  const file = join(folder, 'overlay.json');
  writeFileSync(file, overlay);
  const cli = fileURLToPath(new URL('../core/dist/cli.js', import.meta.url));
  const result = spawnSync(process.execPath, [cli, 'status', 'validate', file], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** Lets a test render the page as for printing (`commands.emulateMedia('print')`), or with the visitor's colour scheme. */
const emulateMedia: BrowserCommand<[media: 'print' | 'screen', colorScheme?: 'light' | 'dark']> = async ({ page }, media, colorScheme) => {
  await page.emulateMedia({ media, ...(colorScheme ? { colorScheme } : {}) });
};

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [datasetFixtures(), textModules()],
        // The parsers the download tests read files back with, and the search part's dictionary:
        // bundled before the run, so Vite does not discover them mid-run and reload the page under a test.
        optimizeDeps: { include: ['csv-parse/browser/esm/sync', 'ical.js', 'minisearch/SearchableMap'] },
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          setupFiles: ['../../scripts/fail-on-console.ts', 'test/fresh-page.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
            commands: { emulateMedia, statusValidate },
            screenshotFailures: false,
          },
        },
      },
      {
        // Every story is a test: it renders, runs its play function, writes nothing unexpected to
        // the console (.storybook/preview.ts) and passes axe with no violation (a11y test: 'error').
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }), textModules()],
        // Imported by .storybook/preview.ts only, so Vite's first scan misses it and would reload
        // the page mid-run when it finds it.
        optimizeDeps: { include: ['@storybook/web-components/entry-preview-argtypes'] },
        test: {
          name: 'storybook',
          // After the component tests rather than beside them: two browser projects at once on a
          // busy 2-core machine made both time out. A story of all 95 tasks runs axe over all of
          // them, hence the longer timeout.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['../../scripts/fail-on-console.ts', 'test/quiet-lit.ts'],
          // These tests build the pasted file and drive Chromium.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
