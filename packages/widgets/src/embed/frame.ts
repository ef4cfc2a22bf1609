/**
 * The script of the iframe pages (`embed/<widget>.html`): puts the widget of the page in its body
 * with the attributes of the query string, and tells the host page its height whenever it
 * changes (`chuongtrinh-resize.js` applies it). The height is no secret, so the message goes to
 * any parent; the host checks where it comes from.
 */
import { EMBEDDABLE_WIDGETS, WIDGET_ATTRIBUTES, type EmbeddableWidget } from '../embed-builder/snippet.js';
import { attributesFromQuery, RESIZE_MESSAGE, type ResizeMessage } from './embed-parameters.js';

const widget = document.body.dataset.widget as EmbeddableWidget;
if (!(EMBEDDABLE_WIDGETS as readonly string[]).includes(widget)) throw new Error(`embed page: data-widget="${widget}" is not one of ${EMBEDDABLE_WIDGETS.join(', ')}`);
const { attributes, unknown } = attributesFromQuery(WIDGET_ATTRIBUTES[widget], location.search);
if (unknown.length > 0) console.warn(`<${widget}> embed page: ignored unknown parameter(s) ${unknown.join(', ')}`);
// Anyone can link to this page with any query: a URL attribute (a link, a dataset) must be a web
// address, never `javascript:` or `data:`.
const URL_ATTRIBUTES = new Set(['href', 'src', 'status-src']);
function isWebUrl(value: string): boolean {
  try {
    return value.split(/\s+/).filter(Boolean).every((url) => /^https?:$/.test(new URL(url, location.href).protocol));
  } catch {
    return false;
  }
}
const element = document.createElement(widget);
for (const [name, value] of attributes) {
  if (URL_ATTRIBUTES.has(name) && !isWebUrl(value)) console.warn(`<${widget}> embed page: ignored ${name}="${value}", which is not an http(s) address`);
  else element.setAttribute(name, value);
}
const lang = element.getAttribute('lang');
if (lang) document.documentElement.lang = lang;
document.body.replaceChildren(element);

if (window.parent !== window) {
  let sent = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
    window.parent.postMessage(message, '*');
  }).observe(document.body);
}
