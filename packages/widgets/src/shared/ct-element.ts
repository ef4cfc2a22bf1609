import { html, LitElement, nothing, ReactiveElement, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Language, Translation } from '../translations/translation.js';
import { DEFER_HYDRATION, hydrateOnInteraction, type Hydrate } from './deferred-hydration.js';
import { languageOf, loadTranslation, onLanguageChange, translationFor } from './language.js';
import type { Stage } from './dataset-controller.js';
import { problemBox } from './problem-box.js';
import { isStatusProblem, problemKey, type WidgetProblem } from './problems.js';

/**
 * Problems shown (and logged) at most, the rest counted: an overlay of 100,000 bad entries must not
 * put 100,000 lines in the page and the console.
 */
const MAX_PROBLEMS_SHOWN = 10;

/**
 * What every element of the package needs: the `src` attribute of the dataset it shows (loaded by
 * its `DatasetController`), the UI language (`lang`, with the English texts loaded on demand), the
 * prerendered markup taken over on first use, and showing and logging problems. Each element
 * works out its view in `willUpdate`, sets `problems`, and draws its `frame`.
 *
 * @internal Not an element of its own: the manifest documents what it gives each widget.
 */
export abstract class CtElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
  };

  // A host page that sets `Object.prototype.value` (some CMS scripts do) makes Lit's accessor
  // descriptor, an object literal, inherit a `value`: `defineProperty` then throws and no widget
  // renders. The same descriptor without a prototype is immune.
  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration): PropertyDescriptor | undefined {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    return descriptor && Object.assign(Object.create(null) as PropertyDescriptor, descriptor);
  }

  /** URL of another dataset of the same contract to show instead of the bundled one; it is validated before use. */
  declare src: string | undefined;

  /** What is wrong with the attributes or the dataset; shown in the widget and logged once each. */
  protected problems: WidgetProblem[] = [];

  private logged = new Set<string>();
  private stopWatchingLanguage: (() => void) | undefined;
  /** For a prerendered widget: how its first update takes the markup over, once a visitor uses it. */
  private hydration: Promise<Hydrate> | undefined;
  private hydrateWith: Hydrate | undefined;

  // `lang` stays the native attribute (so `:lang()` and assistive technology see it); the widget
  // only has to re-render when it changes.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    // A prerendered widget (declarative shadow DOM, `defer-hydration`) keeps its markup until a visitor uses it.
    if (!this.hasUpdated && !this.hydration && this.shadowRoot && this.hasAttribute(DEFER_HYDRATION)) this.hydration = hydrateOnInteraction(this);
    super.connectedCallback();
    this.stopWatchingLanguage = onLanguageChange(() => this.requestUpdate());
  }

  // What @lit-labs/ssr-client's lit-element-hydrate-support does, with `hydrate` loaded only when
  // needed instead of in every page's script: the first update waits for the visitor, then
  // adopts the prerendered markup instead of rendering it anew.
  protected override async scheduleUpdate(): Promise<unknown> {
    // The first view in English waits for the English texts rather than flash Vietnamese.
    const texts = loadTranslation(this.language);
    if (texts) await texts;
    if (this.hydration) {
      this.hydrateWith = await this.hydration;
      this.hydration = undefined;
    }
    return super.scheduleUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // LitElement renders before the root's first child, which here is the prerendered <style>;
    // hydrate() puts Lit's part on the root itself.
    if (this.hydration) this.renderOptions.renderBefore = null;
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    const hydrate = this.hydrateWith;
    if (!hydrate) return super.update(changed);
    this.hydrateWith = undefined;
    const value = this.render();
    // ReactiveElement's update (properties, reflection) without LitElement's render.
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    hydrate(value, this.renderRoot, this.renderOptions);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
  }

  /** The UI language in use: the nearest `lang`, or Vietnamese. */
  protected get language(): Language {
    return languageOf(this);
  }

  protected get t(): Translation {
    return translationFor(this.language);
  }

  /**
   * The widget's frame: the loading line while it waits, the problem box when it cannot show
   * anything, else what `ready` draws for the loaded stage.
   */
  protected frame<S extends Stage>(stage: S, ready: (stage: Extract<S, { status: 'ready' }>) => TemplateResult): TemplateResult {
    const { t } = this;
    const loading = stage.status === 'loading';
    return html`<div part="base" class="base" lang=${this.language} aria-busy=${loading ? 'true' : 'false'}>
      ${stage.status === 'loading'
        ? html`<p part="status" class="status" role="status">${t[stage.message]}</p>`
        : stage.status === 'ready'
          ? ready(stage as Extract<S, { status: 'ready' }>)
          : this.renderProblems(t)}
    </div>`;
  }

  /** The problem box: every problem except "no matches", which each widget shows in its own way. */
  protected renderProblems(t: Translation): TemplateResult | typeof nothing {
    const listed = this.problems.filter((problem) => problem.code !== 'no-matches');
    if (listed.length === 0) return nothing;
    const shown = listed.slice(0, MAX_PROBLEMS_SHOWN);
    // Wrong status overlays do not keep the view from showing: they get their own title.
    return problemBox(
      shown.every(isStatusProblem) ? t.statusProblemsTitle : t.problemsTitle,
      shown.map((problem) => t.problem(problem)),
      listed.length > shown.length ? t.moreProblems(listed.length - shown.length) : undefined,
    );
  }

  // Logged after rendering so that the console and the widget agree; a problem is logged when it
  // appears, not on every render or language switch.
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = new Set<string>();
    let unlogged = 0;
    for (const problem of this.problems) {
      const key = problemKey(problem);
      current.add(key);
      if (this.logged.has(key)) continue;
      if (current.size <= MAX_PROBLEMS_SHOWN) console.warn(`<${this.localName}> ${this.t.problem(problem)}`);
      else unlogged++;
    }
    if (unlogged > 0) console.warn(`<${this.localName}> ${this.t.moreProblems(unlogged)}`);
    this.logged = current;
  }
}
