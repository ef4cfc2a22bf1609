/**
 * The shadow markup as plain light-DOM text, for browsers and readers without declarative shadow
 * DOM: styles, controls and Lit's comments go, the text and its structure (paragraphs, lists,
 * links) stay. The input is a serialisation of the widget's shadow tree by Lit SSR or by the
 * browser (well-formed, text already escaped), which is what makes tag-level rewriting safe here.
 * A widget with a default slot (the agency card) gets none: light-DOM children would show inside
 * it as well.
 */
export function fallbackText(shadow: string): string {
  if (/<slot>/.test(shadow)) return '';
  return shadow
    .replace(/<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/<(style|form|button|template)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<(\/?)([a-z][a-z0-9-]*)\b([^>]*)>/g, (_tag, close: string, name: string, attributes: string) => {
      if (!['p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'q', 'a', 'mark'].includes(name)) return close ? ' ' : '';
      // A link keeps its target unless it is a fragment, which names an element of the shadow tree.
      const href = name === 'a' && !close ? / href="([^#"][^"]*)"/.exec(attributes) : null;
      if (name === 'a') return href ? `<a href="${href[1]}">` : close ? '</a>' : '<a>';
      return `<${close}${name}>`;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

