import { render } from 'lit';
import { languageOf, translationFor } from './language.js';
import { loadDataset } from './load-dataset.js';
import { loadOverlays, overlayUrls } from './load-status.js';
import { problemBox } from './problem-box.js';
import type { WidgetProblem } from './problems.js';

/** The attribute of a prerendered widget (`chuongtrinh-widgets embed`) whose first view is already on the page. */
export const DEFER_HYDRATION = 'defer-hydration';

// What a visitor does first with a prerendered widget: pointing, tabbing or typing into it.
const FIRST_INTERACTIONS = ['pointerdown', 'focusin', 'keydown'] as const;
// What the visitor did before the widget could answer, done again once it can.
const REPLAYED = ['input', 'change', 'click'] as const;

/**
 * A prerendered widget shows its first view from the page's HTML (declarative shadow DOM) and
 * stays as it is until a visitor interacts with it: only then are the dataset (and status
 * overlays) loaded, and Lit hydrates the markup in place, so a page load makes no request for
 * what is already on it and nothing moves. Inputs, changes and clicks made while loading are
 * dispatched again once the widget listens, so no keystroke or choice is lost.
 *
 * Without a declarative shadow root (a browser that does not support it, or `defer-hydration`
 * written by hand), there is nothing to hydrate: the widget renders as usual at once.
 */
export function hydrateOnInteraction(element: HTMLElement & { updateComplete: Promise<boolean> }): void {
  const root = element.shadowRoot;
  if (!root) {
    element.removeAttribute(DEFER_HYDRATION);
    return;
  }
  if (location.hash.length > 1) {
    // A fragment may name one of its tasks, which only the live widget can scroll to.
    void hydrate(element);
    return;
  }
  const missed: Array<{ type: string; target: EventTarget; value: string | undefined }> = [];
  const record = (event: Event) => {
    const target = event.composedPath()[0];
    // Hydration sets the fields' `.value` bindings back to the prerendered values: the visitor's are kept here.
    if (event.isTrusted && target) missed.push({ type: event.type, target, value: (target as Partial<HTMLInputElement>).value });
  };
  for (const type of REPLAYED) root.addEventListener(type, record, true);
  const start = () => {
    for (const type of FIRST_INTERACTIONS) root.removeEventListener(type, start, true);
    void hydrate(element).then(async (hydrated) => {
      for (const type of REPLAYED) root.removeEventListener(type, record, true);
      if (!hydrated) return;
      await element.updateComplete;
      for (const { type, target, value } of missed) {
        if (type === 'click') (target as HTMLElement).closest?.('button')?.click();
        else {
          if (value !== undefined) (target as HTMLInputElement).value = value;
          target.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
        }
      }
    });
  };
  for (const type of FIRST_INTERACTIONS) root.addEventListener(type, start, { capture: true, passive: true });
}

/**
 * Loads what the first client render needs, then lets Lit hydrate: that render must match the
 * prerendered one. If the dataset (or the overlays) cannot be had, the render would not match:
 * the prerendered view stays, with the problem box above it, and the problem is logged.
 */
async function hydrate(element: HTMLElement): Promise<boolean> {
  const urls = overlayUrls(element.getAttribute('status-src') ?? undefined);
  const [dataset, overlays] = await Promise.all([
    loadDataset(element.getAttribute('src')?.trim() || undefined),
    urls.length > 0 ? loadOverlays(urls) : undefined,
  ]);
  const problems: WidgetProblem[] = [];
  if (dataset.status === 'failed') problems.push(dataset.failure);
  if (overlays?.status === 'failed') problems.push({ code: 'status-unavailable', message: overlays.message });
  if (problems.length === 0) {
    element.removeAttribute(DEFER_HYDRATION);
    return true;
  }
  const t = translationFor(languageOf(element));
  const messages = problems.map((problem) => t.problem(problem));
  for (const message of messages) console.warn(`<${element.localName}> ${message}`);
  const box = document.createElement('div');
  render(problemBox(t.problemsTitle, messages), box);
  element.shadowRoot?.querySelector('[part~="base"]')?.prepend(box);
  return false;
}
