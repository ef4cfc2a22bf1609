import { program } from '@chuongtrinh/core/data';
import { validateProgram } from '@chuongtrinh/core/validate';
import type { LitElement } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { assertSettled, served, textOf } from '../test/page.js';

/**
 * What the stories need besides the widgets: `src` datasets that fail in each way a page author's
 * own file can, a dataset that never arrives, waiting for the widgets to render, the print view,
 * and the console check. None of it needs a network or a server of ours, so it behaves the same in
 * `npm run storybook`, in the static build and in the tests.
 */

/** Answers 404, as a mistyped dataset URL on the page's own host would. */
export const MISSING_SRC = '/storybook-fixtures/missing.json';

/** Never answers, as on a very slow connection: the widget stays in its loading state. */
export const SLOW_SRC = '/storybook-fixtures/slow-network.json';

/**
 * Serves `MISSING_SRC` and `SLOW_SRC` from inside the page. (A dev-server route would give the
 * static build nothing, and Vite's dev server answers unknown paths with its HTML page, not a 404.)
 */
export function installFetchFixtures(): void {
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname === MISSING_SRC) return Promise.resolve(new Response('Not Found', { status: 404, statusText: 'Not Found' }));
    if (url.pathname === SLOW_SRC) return new Promise<Response>(() => undefined);
    return fetchOriginal(input, init);
  };
}


/** A page in place of the dataset: the server's "not found" page served with status 200. */
export const notJsonSrc = () => served('<!doctype html><html><body>Trang không tồn tại</body></html>', 'text/html');

/** The dataset with one deadline year written as text; core's validation names the field. */
export function invalidDatasetSrc(): { src: string; path: string } {
  const broken = structuredClone(program) as unknown as { tasks: Array<{ deadlines: Array<{ year: unknown }> }> };
  const index = broken.tasks.findIndex((task) => task.deadlines.length > 0);
  broken.tasks[index]!.deadlines[0]!.year = 'năm 2021';
  const checked = validateProgram(broken);
  if (checked.success) throw new Error('core accepted the broken dataset');
  return { src: served(JSON.stringify(broken)), path: checked.issues[0]!.path };
}

/** The widgets (`ct-…` elements) rendered in the story. */
export function widgetsIn(canvas: HTMLElement): LitElement[] {
  return [...canvas.querySelectorAll<LitElement>('*')].filter((element) => element.localName.startsWith('ct-') && 'updateComplete' in element);
}

/** The first widget in the story. */
export function widgetIn(canvas: HTMLElement): LitElement {
  const [widget] = widgetsIn(canvas);
  if (!widget) throw new Error('no widget in the story');
  return widget;
}

/** The element in the widget's shadow root matching `selector`, or null. */
export function partOf(widget: Element, selector: string): HTMLElement | null {
  return widget.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

export { textOf };

/** Waits until every widget in the story shows neither its loading nor its searching line. */
export async function settled(canvas: HTMLElement): Promise<void> {
  await waitFor(
    async () => {
      const widgets = widgetsIn(canvas);
      if (widgets.length === 0) throw new Error('no widget yet');
      for (const widget of widgets) await assertSettled(widget);
    },
    { timeout: 10_000, interval: 20 },
  );
}

/** The play function of most stories: the story is done once its widgets have rendered their data. */
export const settle = async ({ canvasElement }: { canvasElement: HTMLElement }) => settled(canvasElement);

/** For stories of bad input: the widget shows a problem box (one of its boxes, when it has one for its dataset and one for its status overlays) that names each of `expected`. */
export async function expectProblem(canvas: HTMLElement, ...expected: string[]): Promise<void> {
  await settled(canvas);
  const boxes = [...(widgetIn(canvas).shadowRoot?.querySelectorAll('[part~="problems"]') ?? [])];
  await expect(boxes.length).toBeGreaterThan(0);
  const text = boxes.map(textOf).join(' ');
  for (const words of expected) await expect(text).toContain(words);
}

/**
 * Shows the widgets as printed. Storybook cannot switch the page to print media, so each widget's
 * own `@media print` rules are copied out of its shadow styles and applied on screen. What the
 * story shows is therefore exactly what the widget's print styles do, not a second copy of them.
 */
export function showAsPrinted(canvas: HTMLElement): void {
  for (const widget of widgetsIn(canvas)) {
    const root = widget.shadowRoot;
    if (!root) continue;
    const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].flatMap((style) => (style.sheet ? [style.sheet] : []))];
    const rules = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'))
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    const printed = new CSSStyleSheet();
    printed.replaceSync(rules.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, printed];
  }
}

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
type Method = (typeof METHODS)[number];
const ORIGINAL: Record<Method, (...args: unknown[]) => void> = Object.fromEntries(
  METHODS.map((method) => [method, console[method]]),
) as Record<Method, (...args: unknown[]) => void>;

let calls: Record<Method, unknown[][]> | undefined;

/** Under Vitest the calls are only recorded (tests do not write to the console); in Storybook they also reach the browser's console. */
const inTests = '__vitest_browser__' in globalThis;

/**
 * Records what the story writes to the console, from before it renders until the next story.
 * Returns the function that restores the console.
 */
export function recordConsole(): () => void {
  const recorded = Object.fromEntries(METHODS.map((method) => [method, [] as unknown[][]])) as Record<Method, unknown[][]>;
  calls = recorded;
  for (const method of METHODS) {
    console[method] = (...args: unknown[]) => {
      recorded[method].push(args);
      if (!inTests) ORIGINAL[method].apply(console, args);
    };
  }
  return () => {
    for (const method of METHODS) console[method] = ORIGINAL[method];
    if (calls === recorded) calls = undefined;
  };
}

/**
 * Fails the story when it wrote to the console, except for the warnings it expects: a widget logs
 * each problem with its attributes or dataset once with `console.warn`, so a story of bad input
 * sets `parameters.expectedWarnings` to the number it shows (usually 1).
 */
export function checkConsole(expectedWarnings = 0): void {
  // Only tests fail on it: someone browsing Storybook who types a wrong agency into a control
  // should see the widget's message, not a failed story.
  if (!calls || !inTests) return;
  const written = (method: Method) => calls![method].map((args) => `console.${method}: ${args.map(String).join(' ')}`);
  const unexpected = METHODS.filter((method) => method !== 'warn').flatMap(written);
  const warnings = written('warn');
  if (unexpected.length > 0 || warnings.length !== expectedWarnings) {
    throw new Error(
      `Expected ${expectedWarnings} console.warn and nothing else, got:\n${[...warnings, ...unexpected].join('\n') || '(nothing)'}`,
    );
  }
}
