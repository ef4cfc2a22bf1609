import { render, type RenderOptions } from 'lit';
import { languageOf, translationFor } from './language.js';
import { LazyModule } from './lazy-module.js';
import { loadDataset } from './load-dataset.js';
import { loadOverlays, overlayUrls } from './load-status.js';
import { logProblems, problemBox, problemSummary, shownDetails } from './problem-box.js';
import type { WidgetProblem } from './problems.js';

/** How the first update takes over the prerendered markup: Lit's `hydrate` (adopts it as the first render), or rendering anew. */
export type Hydrate = (value: unknown, container: HTMLElement | DocumentFragment, options?: Partial<RenderOptions>) => void;

const hydration = /* @__PURE__ */ new LazyModule(() => import('./lazy-hydrate.js'));

/** The attribute of a prerendered widget (`chuongtrinh-widgets embed`) whose first view is already on the page. */
export const DEFER_HYDRATION = 'defer-hydration';

// What a visitor does first with a prerendered widget: pointing, tabbing or typing into it.
const FIRST_INTERACTIONS = ['pointerdown', 'focusin', 'keydown'] as const;
// What the visitor did before the widget could answer, done again once it can.
const REPLAYED = ['input', 'change', 'click'] as const;

/**
 * A prerendered widget shows its first view from the page's HTML (declarative shadow DOM) and
 * stays as it is until a visitor interacts with it: only then are the dataset (and status
 * overlays) and Lit's hydration loaded, and the element hydrates the markup in place, so a page
 * load makes no request for what is already on it and nothing moves. Inputs, changes and clicks
 * made while loading are dispatched again once the widget listens, so no keystroke or choice is
 * lost. Resolves with how to take the markup over once the element may update; never, if what it
 * needs could not be loaded (the prerendered view then stays, with the problem shown).
 */
export function hydrateOnInteraction(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<Hydrate> {
  const root = element.shadowRoot!;
  const missed: Array<{ type: string; target: EventTarget; value: string | undefined }> = [];
  const record = (event: Event) => {
    const target = event.composedPath()[0];
    // Hydration sets the fields' `.value` bindings back to the prerendered values: the visitor's are kept here.
    if (event.isTrusted && target) missed.push({ type: event.type, target, value: (target as Partial<HTMLInputElement>).value });
  };
  const replay = async () => {
    for (const type of REPLAYED) root.removeEventListener(type, record, true);
    await element.updateComplete;
    for (const { type, target, value } of missed) {
      if (type === 'click') (target as HTMLElement).closest?.('button')?.click();
      else {
        if (value !== undefined) (target as HTMLInputElement).value = value;
        target.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      }
    }
  };
  return new Promise((resolve) => {
    const start = (renderAnew: boolean) => {
      for (const type of FIRST_INTERACTIONS) root.removeEventListener(type, onInteraction, true);
      void prepare(element, renderAnew).then((hydrate) => {
        if (!hydrate) return;
        resolve(hydrate);
        void replay();
      });
    };
    const onInteraction = () => start(false);
    // A fragment may name one of its tasks, which only the live widget can target and scroll to:
    // its first render differs from the prerendered one (the task is marked), so it replaces it,
    // once the dataset is there, in one go.
    if (location.hash.length > 1) return start(true);
    for (const type of REPLAYED) root.addEventListener(type, record, true);
    for (const type of FIRST_INTERACTIONS) root.addEventListener(type, onInteraction, { capture: true, passive: true });
  });
}

/** Instead of hydrating: the prerendered markup goes, and the template renders anew. */
const renderAnew: Hydrate = (value, container, options) => {
  container.replaceChildren();
  render(value, container, { ...options, renderBefore: null });
};

/**
 * Loads what the first client render needs, then lets Lit hydrate: that render must match the
 * prerendered one. If the dataset (or the overlays) cannot be had, the render would not match:
 * the prerendered view stays, with the problem box above it, and the problem is logged.
 */
async function prepare(element: HTMLElement, anew: boolean): Promise<Hydrate | undefined> {
  const urls = overlayUrls(element.getAttribute('status-src') ?? undefined);
  const [hydrate, dataset, overlays] = await Promise.all([
    anew
      ? renderAnew
      : hydration.load().then((module) => (module ? (module.hydrate as Hydrate) : (hydration.failure ?? ''))),
    loadDataset(element.getAttribute('src')?.trim() || undefined),
    urls.length > 0 ? loadOverlays(urls) : undefined,
  ]);
  const problems: WidgetProblem[] = [];
  if (typeof hydrate === 'string') problems.push({ code: 'network-error', url: 'chuongtrinh-hydrate.js', bundled: true, message: hydrate });
  if (dataset.status === 'failed') problems.push(dataset.failure);
  if (overlays?.status === 'failed') problems.push({ code: 'status-unavailable', message: overlays.message });
  if (typeof hydrate !== 'string' && problems.length === 0) {
    element.removeAttribute(DEFER_HYDRATION);
    return hydrate;
  }
  const t = translationFor(languageOf(element));
  await logProblems(element.localName, problems, t, '');
  const box = document.createElement('div');
  render(problemBox(problemSummary(problems, t), element.hasAttribute('debug') ? shownDetails(problems, t) : undefined), box);
  element.shadowRoot?.querySelector('[part~="base"]')?.prepend(box);
  return undefined;
}
