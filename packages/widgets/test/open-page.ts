import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  /** Paths (without the leading slash) of every request the page made. */
  requests: string[];
  /** Warnings, errors and uncaught exceptions the page logged. */
  problems: string[];
}

/**
 * Opens `url` in a fresh browser context, recording what the page fetches and anything it logs;
 * the files named in `unreachable` fail to load, as on a site where they were not uploaded.
 */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}, unreachable: readonly string[] = []): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  for (const name of unreachable) await context.route(`**/${name}`, (route) => route.abort());
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname.slice(1)));
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return { page, requests, problems };
}
