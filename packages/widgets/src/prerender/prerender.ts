import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { CtAgencyCard, CtDeadlineTimeline, CtTaskList } from '../index.js';
import { attributeText, besideScript, embedAttributes, escapeAttribute, themeLink, type EmbedConfig, type EmbeddableWidget } from '../embed-builder/snippet.js';
import { isoDate } from '../shared/dates.js';
import { defineElement } from '../shared/define.js';
import { fallbackText } from '../shared/fallback-text.js';
import { problemDetailsPart } from '../shared/problem-box.js';
import { DEFER_HYDRATION } from '../shared/deferred-hydration.js';
import { loadTranslation } from '../shared/language.js';
import { loadDataset } from '../shared/load-dataset.js';

// Registered here as well as in each element's module: the package declares its source free of
// side effects, so a bundle of this module would drop a bare `import '../index.js'`.
const ELEMENTS: Record<EmbeddableWidget, CustomElementConstructor> = {
  'ct-task-list': CtTaskList,
  'ct-agency-card': CtAgencyCard,
  'ct-deadline-timeline': CtDeadlineTimeline,
};

/** What `prerenderSnippet` needs besides the widget's configuration. */
export interface PrerenderOptions {
  /** URL of `chuongtrinh.js` as the host page will load it; the lazy parts are beside it. */
  scriptUrl: string;
  /** For a widget that takes `as-of` without one in its configuration: the date to write. Default: today. */
  asOf?: Date;
}

/** The widget's first view would show a problem box: the snippet is not written. */
export class PrerenderError extends Error {
  override name = 'PrerenderError';
}

// Lit SSR wraps the rendered template in markers for a client `hydrate()` of the template
// itself; only the element's own shadow root is hydrated (by the element), so they go.
const OUTER_MARKERS = /^<!--lit-part [^>]*-->(?:<!--lit-node 0-->)?([\s\S]*)<!--\/lit-part-->$/;
const SHADOW = /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decodeText = (markup: string) =>
  markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, ' ')
    .trim();

/** The problems the rendered widget shows, as text, or none. */
function problemsIn(shadow: string): string[] {
  const box = /<div part="problems"[\s\S]*?<\/ul>/.exec(shadow)?.[0];
  if (!box) return [];
  return [...box.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => decodeText(match[1]!));
}

/**
 * The HTML to paste for a widget whose first view is already in it: the element with its
 * declarative shadow DOM (styles included) rendered by Lit's own SSR, so the markup is exactly
 * what the element renders and hydrates; light-DOM fallback text; `modulepreload` hints for the
 * script; and the script tag. The element is marked `defer-hydration`: it loads the dataset only
 * when a visitor interacts with it (see `shared/deferred-hydration.ts`).
 *
 * The light-DOM fallback is left out for a widget with a default slot (the agency card), where it
 * would show inside the widget as well.
 *
 * The widget gets an explicit `lang` (default `vi`): the prerendered view is in one language; and
 * a timeline an explicit `as-of` (default today): the view is of one date.
 * Throws `PrerenderError` when the widget would show a problem (an unknown agency, a malformed
 * year…), naming each one, rather than write a snippet that shows an error box.
 */
export async function prerenderSnippet(config: EmbedConfig, options: PrerenderOptions): Promise<string> {
  defineElement(config.widget, ELEMENTS[config.widget]);
  const attributes = embedAttributes(config, options.scriptUrl);
  if (!attributes.some(([name]) => name === 'lang')) attributes.push(['lang', 'vi']);
  // "Today" would be the day of the render in the HTML and another day when it hydrates: the date is written down.
  if (config.widget === 'ct-deadline-timeline' && !attributes.some(([name]) => name === 'as-of')) attributes.push(['as-of', isoDate(options.asOf ?? new Date())]);
  const src = attributes.find(([name]) => name === 'src')?.[1];
  // The SSR render is synchronous: the dataset must be loaded (and validated, for a `src`) first.
  const dataset = await loadDataset(typeof src === 'string' ? src : undefined);
  // So is the English table, which a browser loads on demand.
  await loadTranslation('en');
  if (dataset.status === 'failed') throw new PrerenderError(`the dataset could not be used: ${JSON.stringify(dataset.failure)}`);
  const written = attributeText(attributes);
  const tag = unsafeStatic(config.widget);
  // First with `debug`, which shows each problem's details, to refuse a widget that has any; then the snippet's own.
  await problemDetailsPart.load();
  const renderShadow = (extra: string) => {
    const rendered = collectResultSync(render(html`<${tag}${unsafeStatic(written + extra)} ${unsafeStatic(DEFER_HYDRATION)}></${tag}>`));
    const element = OUTER_MARKERS.exec(rendered)?.[1];
    const shadow = element && SHADOW.exec(element)?.[1];
    if (!element || shadow === undefined) throw new PrerenderError(`Lit SSR did not render <${config.widget}> with a shadow root`);
    return { element, shadow };
  };
  const problems = problemsIn(renderShadow(' debug').shadow);
  if (problems.length > 0) throw new PrerenderError(`<${config.widget}${written}> shows problems: ${problems.join('; ')}`);
  const { element, shadow } = renderShadow('');
  const closing = `</${config.widget}>`;
  const withFallback = `${element.slice(0, -closing.length)}${fallbackText(shadow)}${closing}`;
  const script = escapeAttribute(options.scriptUrl);
  // The first interaction needs the script and Lit's hydration; with controls, a search needs the search part too.
  const preloads = [
    options.scriptUrl,
    besideScript(options.scriptUrl, 'chuongtrinh-hydrate.js'),
    ...(attributes.some(([name]) => name === 'controls') ? [besideScript(options.scriptUrl, 'chuongtrinh-search.js')] : []),
  ];
  return [
    ...preloads.map((url) => `<link rel="modulepreload" href="${escapeAttribute(url)}">`),
    ...themeLink(config, options.scriptUrl),
    withFallback,
    `<script type="module" src="${script}"></script>`,
  ].join('\n');
}
