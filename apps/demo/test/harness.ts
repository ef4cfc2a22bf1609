import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.js';
import { afterAll, beforeAll } from 'vitest';
import { serve } from '../scripts/server.js';

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;

export const SCREENSHOTS = new URL('../screenshots/', import.meta.url);
export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

export interface Visit {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen while the page was open. */
  problems: string[];
  /** CSP violations the page reported. */
  cspViolations: string[];
}

/** Starts the demo server and Chromium once per test file; returns accessors for the tests. */
export function useDemo() {
  let browser: Browser;
  let server: { url: string; close: () => Promise<unknown> };
  beforeAll(async () => {
    server = await serve(0);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    url: (path: string) => new URL(path, server.url).href,
    /** Opens a demo page in a fresh context and waits until every widget on it has rendered. */
    async visit(path: string, options: BrowserContextOptions = {}): Promise<Visit> {
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
      const page = await context.newPage();
      const problems: string[] = [];
      const cspViolations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.exposeFunction('__reportCspViolation', (text: string) => cspViolations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
          );
        });
      });
      await page.goto(new URL(path, server.url).href);
      // Without JavaScript there is nothing to wait for: what shows is in the HTML.
      if (options.javaScriptEnabled !== false) await waitForWidgets(page);
      return { page, problems, cspViolations };
    },
    browser: () => browser,
  };
}

/**
 * Resolves when every ct-* element on the page is defined and has finished its first update. A
 * prerendered one (`defer-hydration`) has its view from the HTML and updates only once a visitor
 * uses it: its shadow root is enough.
 */
export async function waitForWidgets(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('ct-'))
      .every(
        (element) =>
          customElements.get(element.localName) &&
          element.shadowRoot?.querySelector('[part~="base"]') &&
          !element.shadowRoot.querySelector('[aria-busy="true"]'),
      ),
  );
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('ct-') && !element.hasAttribute('defer-hydration'))
        .map((element) => (element as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    ),
  );
}

/** axe-core violations inside the page's widgets (their shadow trees included). */
/**
 * What overflows the page sideways: its width beyond the viewport's, and the elements (widgets
 * included) whose box passes the right edge. A phone reader would have to scroll sideways.
 */
export async function sidewaysOverflow(page: Page): Promise<{ overflow: number; elements: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const elements = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && getComputedStyle(element).position !== 'fixed')
      .map((element) => element.localName + (element.id ? `#${element.id}` : ''));
    return { overflow: document.documentElement.scrollWidth - width, elements: elements.slice(0, 5) };
  });
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('ct-'));
    const { violations } = await axe.run({ include: widgets.map((element) => [element.localName + (element.id ? `#${element.id}` : '')]) });
    return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
  });
}
