import { EMBEDDABLE_WIDGETS, escapeAttribute, type EmbeddableWidget } from '../embed-builder/snippet.js';
import { viBuilder } from '../translations/vi.builder.js';

export { embedPageUrl } from '../embed/embed-parameters.js';

/**
 * The iframe page of a widget, `embed/<widget>.html`: a blank, transparent page that loads the
 * pasted script from the folder above and `chuongtrinh-frame.js`, which puts the widget in it
 * with the attributes of the query string and reports its height to the host page.
 */
export function embedPage(widget: EmbeddableWidget, programTitle: string): string {
  const title = escapeAttribute(`${viBuilder.widgets[widget]}: ${programTitle}`);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="modulepreload" href="../chuongtrinh.js">
<style>html, body { margin: 0; background: transparent; }</style>
<script type="module" src="../chuongtrinh.js"></script>
<script type="module" src="../chuongtrinh-frame.js"></script>
</head>
<body data-widget="${widget}"><noscript><p>${title}</p></noscript></body>
</html>
`;
}

/** Every iframe page, by path relative to the folder of the pasted files. */
export function embedPages(programTitle: string): Map<string, string> {
  return new Map(EMBEDDABLE_WIDGETS.map((widget) => [`embed/${widget}.html`, embedPage(widget, programTitle)]));
}
