import { html, LitElement, nothing, ReactiveElement, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Language, Translation } from '../translations/translation.js';
import { DEFER_HYDRATION, hydrateOnInteraction, type Hydrate } from './deferred-hydration.js';
import { languageOf, loadTranslation, onLanguageChange, translationFor } from './language.js';
import type { Stage } from './dataset-controller.js';
import { logProblems, problemBox, problemSummary, shownDetails } from './problem-box.js';
import type { WidgetProblem } from './problems.js';
import { isTheme, type Theme } from './theme.js';

/**
 * What every element of the package needs: the `src` attribute of the dataset it shows (loaded by
 * its `DatasetController`), the UI language (`lang`, with the English texts loaded on demand), the
 * prerendered markup taken over on first use, the `theme`, and showing and logging problems. Each element
 * works out its view in `willUpdate`, sets `problems`, and draws its `frame`.
 *
 * @internal Not an element of its own: the manifest documents what it gives each widget.
 */
export abstract class CtElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    theme: { reflect: true },
    debug: { type: Boolean, reflect: true },
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

  /** Colours: `light`, `dark`, or `auto` (the default), which follows the visitor's system setting. */
  declare theme: Theme | undefined;
  /** Shows the details of a problem (URLs, JSON paths) in the widget too, not only in the console: for the page's author. */
  declare debug: boolean;

  /** What is wrong with the attributes or the dataset; one line for visitors in the widget, the details logged once. */
  protected problems: WidgetProblem[] = [];

  /** The problem set last logged (its `ProblemDetails.key`). */
  private logged = '';
  /** The details part on its way, for problems to log; `updateComplete` waits for it. */
  private logging: Promise<unknown> | undefined;
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

  /** Problems with the attributes every element has, reported with the element's own. */
  protected attributeProblems(): WidgetProblem[] {
    const theme = this.getAttribute('theme');
    return theme === null || isTheme(theme) ? [] : [{ code: 'malformed-attribute', field: 'theme', value: theme }];
  }

  private get reported(): WidgetProblem[] {
    return [...this.attributeProblems(), ...this.problems];
  }

  /** The problem box: every problem except "no matches", which each widget shows in its own way. */
  protected renderProblems(t: Translation): TemplateResult | typeof nothing {
    const listed = this.reported.filter((problem) => problem.code !== 'no-matches');
    if (listed.length === 0) return nothing;
    return problemBox(problemSummary(listed, t), this.debug ? shownDetails(listed, t) : undefined);
  }

  // Logged after rendering so that the console and the widget agree; a set of problems is logged
  // once when it appears, not on every render or language switch. Their details are a part of
  // their own, loaded with the first problem; one logging waits for the one before.
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.reported.length === 0 && !this.logging) {
      this.logged = '';
      return;
    }
    this.logging = (this.logging ?? Promise.resolve())
      .then(() => logProblems(this.localName, this.reported, this.t, this.logged))
      .then((key) => {
        // With `debug`, the box shows the details once they are there.
        if (this.debug && key !== this.logged) this.requestUpdate();
        this.logged = key;
      });
  }

  // A test or a page awaiting `updateComplete` sees the problems logged (and, with `debug`, detailed).
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    const { logging } = this;
    await logging;
    if (this.logging === logging) this.logging = undefined;
    return super.getUpdateComplete();
  }
}
