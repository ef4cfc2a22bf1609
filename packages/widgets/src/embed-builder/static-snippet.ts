import type { LitElement } from 'lit';
import { fallbackText } from '../shared/fallback-text.js';
import { attributeText, embedAttributes, themeLink, type EmbedConfig } from './snippet.js';

/**
 * The plain-HTML form: the widget as the preview shows it now, frozen into declarative shadow DOM
 * with its styles and light-DOM fallback text, and no script. For editors that keep neither
 * scripts nor iframes; it does not update, filter or search.
 */
export function staticSnippet(config: EmbedConfig, scriptUrl: string, widget: LitElement): string {
  const root = widget.shadowRoot;
  if (!root) throw new Error(`<${widget.localName}> has no shadow root to copy`);
  const styles = (widget.constructor as typeof LitElement).elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
  // Lit's markers are comments; they mean nothing without the script.
  const shadow = root.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
  const attributes = attributeText(embedAttributes(config, scriptUrl));
  const element = `<${config.widget}${attributes}><template shadowrootmode="open"><style>${styles}</style>${shadow}</template>${fallbackText(shadow)}</${config.widget}>`;
  return [...themeLink(config, scriptUrl), element].join('\n');
}
