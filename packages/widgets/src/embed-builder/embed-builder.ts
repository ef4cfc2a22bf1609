import type { Program } from '@chuongtrinh/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CtAgencyCard, CtDeadlineTimeline, CtTaskList } from '../index.js';
import { emit } from '../events.js';
import { CtElement } from '../shared/ct-element.js';
import { defineElement } from '../shared/define.js';
import { DatasetController, type Stage } from '../shared/dataset-controller.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { LANGUAGES, type BuilderTranslation, type Language } from '../translations/translation.js';
import { embedBuilderStyles } from './embed-builder.styles.js';
import { viBuilder } from '../translations/vi.builder.js';
import { enBuilder } from '../translations/en.builder.js';
import { agencyOptions, areaOptions, filterSelect, roleOptions, yearOptions } from '../shared/filter-select.js';
import { THEMES } from '../shared/theme.js';
import { isLinkable } from '../shared/safe-url.js';
import { calendarPath, feedPath } from '../shared/subscription-paths.js';
import { staticSnippet } from './static-snippet.js';
import {
  besideScript,
  EMBED_FORMS,
  EMBEDDABLE_WIDGETS,
  type EmbedConfig,
  type EmbeddableWidget,
  type EmbedForm,
  embedAttributes,
  embedCommand,
  embedSnippet,
  iframeSnippet,
  embedTheme,
  folderOf,
  scriptInFolder,
  THEME_COLORS,
  THEME_FILE,
  themeStylesheet,
  THEME_DEFAULTS,
  type ThemeColor,
  WIDGET_ATTRIBUTES,
  type WidgetAttribute,
  ATTRIBUTE_KINDS,
  type BuilderField,
  SHARED_FIELDS,
} from './snippet.js';

/**
 * The widgets the preview shows. The builder registers them itself, so that one script tag is
 * enough for a builder page; if a `chuongtrinh.js` on the same page registered them first, those
 * are used.
 */
const PREVIEW_ELEMENTS: Record<EmbeddableWidget, CustomElementConstructor> = {
  'ct-task-list': CtTaskList,
  'ct-agency-card': CtAgencyCard,
  'ct-deadline-timeline': CtDeadlineTimeline,
};

/** Tasks the preview of a list shows at most: the code and the form stay in reach. */
export const PREVIEW_TASKS = 5;

/**
 * @tag ct-embed-builder
 * @summary A form for webmasters: pick a widget, an agency, filters, a language and colours, see
 * the widget live, and copy the exact HTML to paste into their own page, as a script, an iframe or
 * plain HTML. With `src`, it lists that dataset's agencies and writes the same `src` into the
 * snippet.
 *
 * @attr lang - UI language of the builder: `vi` (default) or `en`. The widget's own language is chosen in the form.
 *
 * @csspart base - The outer box.
 * @csspart form - The form with the choices.
 * @csspart preview - The box that shows the widget as configured (a list, its first five tasks).
 * @csspart output - The code, its copy button and the files that go with it; beside the form (and sticky) when wide, first when narrow.
 * @csspart forms - The choice of the form of the code: script, iframe or plain HTML.
 * @csspart snippet - The text area with the code to paste.
 * @csspart command - The `chuongtrinh-widgets embed` command of the prerendered snippet (script form).
 * @csspart subscriptions - The list of the chosen agency's (or the program's) calendar and feed.
 * @csspart copy-button - The button that copies the code.
 * @csspart theme - The theme stylesheet to save beside the script, with its download link (when colours were chosen).
 *
 * @cssproperty --ct-color-accent - Buttons and focus.
 * @cssproperty --ct-color-border - Borders of the form and preview.
 *
 * @event ct-snippet-copy - The visitor copied the snippet; `detail.snippet` is the code.
 */
export class CtEmbedBuilder extends CtElement {
  static override styles = [sharedStyles, embedBuilderStyles];

  static override properties = {
    scriptUrl: { type: String, attribute: 'script-url' },
    config: { state: true, attribute: false },
    form: { state: true, attribute: false },
    plainHtml: { state: true, attribute: false },
    folder: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
  };

  /** URL of `chuongtrinh.js` to write in the snippet until the visitor names a folder. Default: the file beside this script. */
  declare scriptUrl: string | undefined;

  /** What the visitor typed as the folder of the files; undefined until they do. */
  private declare folder: string | undefined;
  private declare config: EmbedConfig;
  private declare form: EmbedForm;
  /** The plain-HTML form, copied from the preview once it has rendered; empty until then. */
  private declare plainHtml: string;
  private declare copyState: 'idle' | 'copied' | 'failed';
  /** The configuration the preview element was last built from, as the snippet text. */
  private previewed = '';

  constructor() {
    super();
    this.config = { widget: 'ct-task-list', attributes: { controls: true, lang: 'vi' }, colors: {}, pageFont: false };
    this.copyState = 'idle';
    this.form = 'script';
    this.plainHtml = '';
  }

  private readonly datasets = new DatasetController(this);
  private stage: Stage = { status: 'loading', message: 'loading' };

  protected override willUpdate(): void {
    this.stage = this.datasets.stage;
    this.problems = this.stage.status === 'failed' ? this.stage.problems : [];
  }

  protected override render(): TemplateResult {
    return this.frame(this.stage, ({ program }) => this.renderReady(program));
  }

  /** The configuration of the snippet: the visitor's choices, and the builder's own `src` if it has one. */
  private get embedConfig(): EmbedConfig {
    return { ...this.config, attributes: { ...this.config.attributes, src: this.src ?? '' } };
  }

  private get defaultScriptUrl(): string {
    return this.scriptUrl || new URL('./chuongtrinh.js', import.meta.url).href;
  }

  /** Whether the folder typed can stand in a `src` (a path or an http(s) address). */
  private get folderValid(): boolean {
    return this.folder === undefined || (this.folder.trim() !== '' && isLinkable(scriptInFolder(this.folder)));
  }

  /** The script the snippet loads: in the folder the visitor named, else the default. */
  private get resolvedScriptUrl(): string {
    return this.folder !== undefined && this.folderValid ? scriptInFolder(this.folder) : this.defaultScriptUrl;
  }

  /** The code to paste for the current choices, in the chosen form. */
  get snippet(): string {
    if (this.form === 'iframe') {
      const agency = this.stage.status === 'ready' ? this.stage.program.agencies.find((item) => item.id === this.config.attributes.agency) : undefined;
      return iframeSnippet(this.embedConfig, this.resolvedScriptUrl, this.words.frameTitle(this.words.widgets[this.config.widget], agency?.name));
    }
    if (this.form === 'html') return this.plainHtml;
    return embedSnippet(this.embedConfig, this.resolvedScriptUrl);
  }

  private get words(): BuilderTranslation {
    return this.language === 'en' ? enBuilder : viBuilder;
  }

  private offers(attribute: WidgetAttribute): boolean {
    return (WIDGET_ATTRIBUTES[this.config.widget] as readonly string[]).includes(attribute);
  }

  private set(change: Partial<EmbedConfig>): void {
    this.config = { ...this.config, ...change };
    this.copyState = 'idle';
    this.plainHtml = '';
  }

  /** Switches widget; the agency card cannot show without an agency, so it gets the first one. */
  private chooseWidget(widget: EmbeddableWidget, program: Program): void {
    const attributes = { ...this.config.attributes };
    if (widget === 'ct-agency-card' && !attributes.agency) attributes.agency = this.agenciesByName(program)[0]?.id ?? '';
    this.set({ widget, attributes });
  }

  private agenciesByName(program: Program) {
    return [...program.agencies].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  private readonly onAttributeInput = (event: Event) => {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    const value = field instanceof HTMLInputElement && field.type === 'checkbox' ? field.checked : field.value;
    const attributes = { ...this.config.attributes, [field.name]: value };
    if (field.name === 'agency' && value === '') attributes['agency-role'] = '';
    this.set({ attributes });
  };

  private readonly onFolderInput = (event: Event) => {
    this.folder = (event.target as HTMLInputElement).value;
    this.copyState = 'idle';
    this.plainHtml = '';
  };

  private readonly onColorInput = (event: Event) => {
    const field = event.target as HTMLInputElement;
    this.set({ colors: { ...this.config.colors, [field.name]: field.value } });
  };

  private renderReady(program: Program): TemplateResult {
    const { words, t } = this;
    const { config } = this;
    const value = (name: WidgetAttribute) => String(config.attributes[name] ?? '');
    const missingAgency = config.widget === 'ct-agency-card' && value('agency') === '';
    return html`<div class="layout">
      ${this.renderOutput(program)}
      <form part="form" class="form" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>${words.filesLegend}</legend>
          <label for="folder">${words.folder}</label>
          <p class="hint" id="folder-help">${words.folderHelp}</p>
          <input
            type="text"
            id="folder"
            name="folder"
            inputmode="url"
            spellcheck="false"
            .value=${this.folder ?? folderOf(this.defaultScriptUrl)}
            aria-describedby=${this.folderValid ? 'folder-help' : 'folder-help folder-invalid'}
            aria-invalid=${this.folderValid ? 'false' : 'true'}
            @input=${this.onFolderInput}
          />
          ${this.folderValid ? nothing : html`<p class="hint invalid" id="folder-invalid">${words.folderInvalid}</p>`}
        </fieldset>
        <fieldset>
          <legend>${words.widgetLegend}</legend>
          ${EMBEDDABLE_WIDGETS.map(
            (widget) => html`<label class="choice">
              <input type="radio" name="widget" value=${widget} .checked=${config.widget === widget} @change=${() => this.chooseWidget(widget, program)} />
              ${words.widgets[widget]}
            </label>`,
          )}
        </fieldset>
        <fieldset>
          <legend>${words.dataLegend}</legend>
          ${filterSelect({ name: 'agency', label: t.agencyLabel, any: config.widget === 'ct-agency-card' ? '—' : t.anyAgency, value: value('agency'), options: agencyOptions(this.agenciesByName(program), false), onChange: this.onAttributeInput })}
          ${missingAgency ? html`<p class="hint" id="agency-required">${words.agencyRequired}</p>` : nothing}
          ${this.offers('agency-role')
            ? filterSelect({ name: 'agency-role', label: t.roleLabel, any: t.anyRole, value: value('agency-role'), options: roleOptions(t), onChange: this.onAttributeInput, disabled: value('agency') === '' })
            : nothing}
          ${this.offers('area') ? filterSelect({ name: 'area', label: t.areaLabel, any: t.anyArea, value: value('area'), options: areaOptions(program), onChange: this.onAttributeInput }) : nothing}
          ${this.offers('year') ? filterSelect({ name: 'year', label: t.yearLabel, any: t.anyYear, value: value('year'), options: yearOptions(Array.from({ length: program.period.end - program.period.start + 1 }, (_, index) => program.period.start + index)), onChange: this.onAttributeInput }) : nothing}
          ${WIDGET_ATTRIBUTES[config.widget].filter((name): name is BuilderField => !(SHARED_FIELDS as readonly string[]).includes(name)).map((name) => this.renderField(name))}
        </fieldset>
        <fieldset>
          <legend>${words.lookLegend}</legend>
          <label>${words.widgetLanguage}
            <select name="lang" @change=${this.onAttributeInput}>
              ${LANGUAGES.map((language: Language) => html`<option value=${language} ?selected=${value('lang') === language}>${words.languages[language]}</option>`)}
            </select>
          </label>
          ${THEME_COLORS.map(
            (property: ThemeColor) => html`<label class="color">
              <input type="color" name=${property} .value=${config.colors[property] ?? THEME_DEFAULTS[property]} @input=${this.onColorInput} />
              ${words.colors[property]}
            </label>`,
          )}
          <label class="choice">
            <input type="checkbox" name="page-font" .checked=${config.pageFont} @change=${(event: Event) => this.set({ pageFont: (event.target as HTMLInputElement).checked })} />
            ${words.pageFont}
          </label>
          <button type="button" @click=${() => this.set({ colors: {}, pageFont: false })}>${words.resetColors}</button>
        </fieldset>
      </form>
      <section part="preview" class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading" class="heading">${words.preview}</h2>
        ${this.previewCapped ? html`<p class="hint">${words.previewCapped(PREVIEW_TASKS)}</p>` : nothing}
        <div class="preview-frame"></div>
      </section>
      <div class="freezer" hidden></div>
    </div>`;
  }

  /** The field of an attribute the widgets' filters do not ask for, by its kind in the manifest. */
  private renderField(name: BuilderField): TemplateResult {
    const { words } = this;
    const value = this.config.attributes[name];
    const label = words.fields[name];
    if (name === 'status-src') {
      return html`<label for="status-src">${label}</label>
        <p class="hint" id="status-src-help">${words.statusSrcHelp}</p>
        <input type="text" id="status-src" name="status-src" spellcheck="false" aria-describedby="status-src-help" .value=${String(value ?? '')} @change=${this.onAttributeInput} />`;
    }
    if (name === 'as-of') return html`<label>${label} <input type="date" name="as-of" .value=${String(value ?? '')} @input=${this.onAttributeInput} /></label>`;
    if (name === 'theme') {
      const themes = THEMES.map((theme) => ({ value: theme, label: words.themes[theme] }));
      return filterSelect({ name, label, any: '—', value: String(value ?? ''), options: themes, onChange: this.onAttributeInput });
    }
    switch (ATTRIBUTE_KINDS[name]) {
      case 'boolean':
        return html`<label class="choice"><input type="checkbox" name=${name} .checked=${value === true} @change=${this.onAttributeInput} /> ${label}</label>`;
      case 'number':
        return html`<label>${label} <input type="number" name=${name} min="1" step="1" .value=${String(value ?? '')} @input=${this.onAttributeInput} /></label>`;
      default:
        return html`<label>${label} <input type="text" name=${name} spellcheck="false" .value=${String(value ?? '')} @input=${this.onAttributeInput} /></label>`;
    }
  }

  /** The code, its copy button first, then the files that go with it. */
  private renderOutput(program: Program): TemplateResult {
    const words = this.words;
    const stylesheet = this.form === 'iframe' ? undefined : themeStylesheet(this.config);
    return html`<section part="output" class="output" aria-labelledby="snippet-label">
      <label class="heading" id="snippet-label" for="snippet">${words.snippet}</label>
      <textarea part="snippet" id="snippet" readonly rows="8" spellcheck="false" aria-describedby="snippet-help" .value=${this.snippet}></textarea>
      <div class="copy">
        <button type="button" part="copy-button" @click=${this.copy}>${words.copy}</button>
        <p class="copy-status" role="status">${this.copyState === 'copied' ? words.copied : this.copyState === 'failed' ? words.copyFailed : ''}</p>
      </div>
      <fieldset part="forms" class="forms">
        <legend>${words.formLegend}</legend>
        ${EMBED_FORMS.map(
          (form) => html`<label class="choice">
            <input type="radio" name="form" value=${form} .checked=${this.form === form} @change=${() => this.chooseForm(form)} />
            ${words.forms[form]}
          </label>`,
        )}
      </fieldset>
      <p class="hint" id="snippet-help">${words.snippetHelp} ${words.formHelp[this.form]}</p>
      ${stylesheet === undefined
        ? nothing
        : html`<div part="theme" class="theme">
            <label class="heading" for="theme">${words.themeFile}</label>
            <p class="hint" id="theme-help">${words.themeFileHelp(THEME_FILE)}</p>
            <textarea id="theme" readonly rows="6" spellcheck="false" aria-describedby="theme-help" .value=${stylesheet}></textarea>
            <a href=${`data:text/css;charset=utf-8,${encodeURIComponent(stylesheet)}`} download=${THEME_FILE}>${words.downloadTheme}</a>
          </div>`}
      ${this.form === 'script'
        ? html`<label class="hint" for="command">${words.command}</label>
            <textarea part="command" id="command" class="command" readonly rows="3" spellcheck="false" .value=${embedCommand(this.embedConfig, this.resolvedScriptUrl)}></textarea>`
        : nothing}
      ${this.renderSubscriptions(program)}
    </section>`;
  }

  /** Whether the preview shows fewer tasks than the pasted list would. */
  private get previewCapped(): boolean {
    if (this.config.widget !== 'ct-task-list') return false;
    const limit = Number(this.config.attributes.limit);
    return !(Number.isInteger(limit) && limit > 0 && limit <= PREVIEW_TASKS);
  }

  /** The subscription files of the chosen agency (or of the program), beside the script. */
  private renderSubscriptions(program: Program): TemplateResult {
    const words = this.words;
    const id = program.agencies.some((agency) => agency.id === this.config.attributes.agency) ? String(this.config.attributes.agency) : program.id;
    const url = (path: string) => besideScript(this.resolvedScriptUrl, path);
    return html`<p class="heading">${words.subscriptions}</p>
      <p class="hint">${words.subscriptionsHelp}</p>
      <ul part="subscriptions" class="subscriptions">
        <li><a href=${url(calendarPath(id))} type="text/calendar">${words.calendar}</a>: <code>${url(calendarPath(id))}</code></li>
        <li><a href=${url(feedPath(id))} type="application/atom+xml">${words.feed}</a>: <code>${url(feedPath(id))}</code></li>
      </ul>`;
  }

  private chooseForm(form: EmbedForm): void {
    this.form = form;
    this.copyState = 'idle';
    if (form === 'html') void this.copyPreview();
  }

  /**
   * Freezes the widget into the plain-HTML form once it shows its view (not its loading line).
   * The frozen one is built apart from the preview, uncapped: the pasted HTML shows every task.
   */
  private async copyPreview(): Promise<void> {
    const freezer = this.renderRoot.querySelector('.freezer');
    if (!freezer) return;
    const widget = this.widgetFor(this.embedConfig, false) as CtElement;
    freezer.replaceChildren(widget);
    for (let tries = 0; tries < 100; tries++) {
      await widget.updateComplete;
      // The loading and searching lines are the widgets' only `status` parts.
      if (widget.shadowRoot?.querySelector('[aria-busy="false"]') && !widget.shadowRoot.querySelector('[part~="status"]')) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    if (this.form === 'html' && widget.isConnected) this.plainHtml = staticSnippet(this.config, this.resolvedScriptUrl, widget);
    widget.remove();
  }

  /**
   * The widget exactly as the snippet writes it (attributes, and the theme's properties set
   * through the CSSOM, which no CSP blocks); the preview's list `capped` to its first tasks.
   */
  private widgetFor(config: EmbedConfig, capped: boolean): HTMLElement {
    const tag = config.widget;
    defineElement(tag, PREVIEW_ELEMENTS[tag]);
    const widget = document.createElement(tag);
    for (const [name, value] of embedAttributes(config, this.resolvedScriptUrl)) widget.setAttribute(name, value === true ? '' : value);
    if (capped && this.previewCapped) widget.setAttribute('limit', String(PREVIEW_TASKS));
    for (const [property, value] of embedTheme(config)) widget.style.setProperty(property, value);
    return widget;
  }

  // The preview is a real widget built from the attributes and properties the snippet writes, so
  // what the builder shows is what the pasted code renders (a long list only shortened).
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const frame = this.renderRoot.querySelector('.preview-frame');
    const snippet = embedSnippet(this.embedConfig, this.resolvedScriptUrl);
    if (!frame || snippet === this.previewed) return;
    this.previewed = snippet;
    frame.replaceChildren(this.widgetFor(this.embedConfig, true));
    if (this.form === 'html') void this.copyPreview();
  }

  private readonly copy = async () => {
    const snippet = this.snippet;
    try {
      await navigator.clipboard.writeText(snippet);
      this.copyState = 'copied';
      emit(this, 'ct-snippet-copy', { snippet });
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet')?.select();
      this.copyState = 'failed';
    }
  };
}

defineElement('ct-embed-builder', CtEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'ct-embed-builder': CtEmbedBuilder;
  }
}
