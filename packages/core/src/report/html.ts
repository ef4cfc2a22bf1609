import type { ProgressReport } from './model.js';
import { reportLayout, type LayoutOptions, type ReportBlock } from './layout.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
const lines = (text: string) => text.split('\n').map(escape).join('<br>');

// Decree 30/2020 layout for screen and print: A4 with its margins, Times New Roman 14 pt (13 pt in
// tables); a table row never breaks across pages and the heading row repeats on each page.
const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
html { background: #e8e8e8; }
body { margin: 0; font: 14pt/1.35 "Times New Roman", Times, serif; color: #000; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 1rem auto; padding: 20mm 15mm 20mm 30mm; background: #fff; }
@media print { html { background: none; } .page { width: auto; min-height: 0; margin: 0; padding: 0; } }
@media screen and (max-width: 220mm) { .page { width: auto; padding: 1rem; margin: 0; } }
.heading { display: grid; grid-template-columns: 2fr 3fr; gap: 1rem; text-align: center; font-size: 13pt; }
.heading p { margin: 0; }
.rule { width: 35%; margin: 0.1rem auto 0.4rem; border-top: 1px solid #000; }
.motto { font-size: 14pt; font-weight: bold; }
.date { font-style: italic; font-size: 14pt; margin-top: 0.4rem !important; }
h1 { text-align: center; font-size: 14pt; margin: 1.2rem 0 0; }
.subtitle { text-align: center; font-weight: bold; margin: 0 0 1rem; }
h2 { font-size: 14pt; margin: 0.8rem 0 0.4rem; }
h3 { font-size: 14pt; font-style: italic; margin: 0.6rem 0 0.3rem; break-after: avoid; }
p.body { text-align: justify; text-indent: 10mm; margin: 0.3rem 0; }
table.data { width: 100%; border-collapse: collapse; font-size: 13pt; margin: 0.4rem 0; }
table.data th, table.data td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.data th { text-align: center; }
table.data tr.task td:first-child { text-align: center; }
.heading .number, .date { white-space: pre; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
.closing { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 1.2rem; break-inside: avoid; }
.recipients { font-size: 11pt; }
.recipients strong { font-size: 12pt; font-style: italic; }
.recipients p, .signature p { margin: 0; }
.signature { text-align: center; font-weight: bold; }
.signature .name { font-weight: normal; font-style: italic; margin-top: 3rem; }
`;

function block(item: ReportBlock): string {
  if (item.kind === 'heading') return item.level === 1 ? `<h2>${escape(item.text)}</h2>` : `<h3>${escape(item.text)}</h3>`;
  if (item.kind === 'paragraph') return `<p class="body">${escape(item.text)}</p>`;
  const colgroup = item.columns.map((column) => `<col style="width:${column.width}%">`).join('');
  const head = item.columns.map((column) => `<th scope="col">${escape(column.title)}</th>`).join('');
  const rows = item.rows.map((row) => `<tr${item.tasks ? ' class="task"' : ''}>${row.map((cell) => `<td>${lines(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="data"><colgroup>${colgroup}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** The report as one HTML page, for the screen and for printing on A4 (Decree 30/2020 layout). */
export function reportToHtml(report: ProgressReport, options: LayoutOptions = {}): string {
  const layout = reportLayout(report, options);
  const [heading, ...recipients] = layout.recipients;
  const signature = layout.signature.filter((text) => text !== '');
  return `<!doctype html>
<html lang="${layout.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${layout.title} ${layout.subtitle}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="page">
<header class="heading">
<div>${layout.issuer.parent ? `<p>${escape(layout.issuer.parent)}</p>` : ''}<p><strong>${escape(layout.issuer.name)}</strong></p><div class="rule"></div><p class="number">${escape(layout.issuer.number)}</p></div>
<div><p><strong>${escape(layout.motto[0])}</strong></p><p class="motto">${escape(layout.motto[1])}</p><div class="rule"></div><p class="date">${escape(layout.dateLine)}</p></div>
</header>
<h1>${escape(layout.title)}</h1>
<p class="subtitle">${escape(layout.subtitle)}</p>
${layout.body.map(block).join('\n')}
<footer class="closing">
<div class="recipients"><p><strong>${escape(heading!)}</strong></p>${recipients.map((text) => `<p>${escape(text)}</p>`).join('')}</div>
<div class="signature">${signature.map((text, index) => `<p${index === signature.length - 1 ? ' class="name"' : ''}>${escape(text)}</p>`).join('')}</div>
</footer>
</main>
</body>
</html>
`;
}
