import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A fresh provider per project: projects sharing one provider object are all reported under
// the first project's name.
function chromium() {
  return playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
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

/** Lets a test render the page as for printing (`commands.emulateMedia('print')`). */
const emulateMedia: BrowserCommand<[media: 'print' | 'screen']> = async ({ page }, media) => {
  await page.emulateMedia({ media });
};

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [datasetFixtures()],
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          setupFiles: ['test/fail-on-console.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
            commands: { emulateMedia },
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
