import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ProgressReport } from './model.js';
import { reportLayout, type LayoutOptions, type ReportLayout, type ReportTable } from './layout.js';

/** Decree 30/2020/NĐ-CP, annex I: A4, Times New Roman, margins 20–25 / 20–25 / 30–35 / 15–20 mm. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };
const FONT = 'Times New Roman';
/** Half-points: 14 pt for the body, 13 pt inside tables and for the heading block's left side. */
const BODY = 28;
const SMALL = 26;
/** Twentieths of a point, rounded (docx's own helper truncates: 20 mm would be 19.99 mm). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const TEXT_WIDTH = PAGE.width - twip(MARGIN.left) - twip(MARGIN.right);

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function line(text: string, options: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    children: text.split('\n').map((part, index) => new TextRun({ text: part, bold: options.bold, italics: options.italics, size: options.size, break: index > 0 ? 1 : 0 })),
  });
}

function headingBlock(layout: ReportLayout): Table {
  const left = [
    ...(layout.issuer.parent ? [line(layout.issuer.parent, { size: SMALL })] : []),
    line(layout.issuer.name, { bold: true, size: SMALL }),
    line('________', { size: SMALL, after: 120 }),
    line(layout.issuer.number, { size: SMALL }),
  ];
  const right = [
    line(layout.motto[0], { bold: true, size: SMALL }),
    line(layout.motto[1], { bold: true, size: BODY }),
    line('________________________', { size: SMALL, after: 120 }),
    line(layout.dateLine, { italics: true, size: BODY }),
  ];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
  const leftWidth = Math.round(TEXT_WIDTH * 0.4);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)] })],
  });
}

function table(block: ReportTable): Table {
  const widths = block.columns.map((column) => Math.round((TEXT_WIDTH * column.width) / 100));
  const cell = (text: string, index: number, header: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: [line(text, { bold: header, size: SMALL, align: header || index === 0 ? AlignmentType.CENTER : AlignmentType.LEFT })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((column, index) => cell(column.title, index, true)) }),
      // cantSplit: a row is never cut across two pages, as in the HTML's break-inside: avoid.
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, index, false)) })),
    ],
  });
}

function body(layout: ReportLayout): Array<Paragraph | Table> {
  return layout.body.map((block) => {
    if (block.kind === 'table') return table(block);
    if (block.kind === 'heading') return line(block.text, { bold: true, align: AlignmentType.LEFT, after: 120 });
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: twip(10) },
      spacing: { before: 60, after: 60 },
      children: [new TextRun(block.text)],
    });
  });
}

function closing(layout: ReportLayout): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const [heading, ...rest] = layout.recipients;
  const recipients = [
    new Paragraph({ children: [new TextRun({ text: heading!, bold: true, italics: true, size: 24 })] }),
    ...rest.map((text) => new Paragraph({ children: [new TextRun({ text, size: 22 })] })),
  ];
  const signature = layout.signature.map((text, index) => line(text, { bold: index < layout.signature.length - 1, italics: index === layout.signature.length - 1, size: BODY }));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: recipients, width: { size: half, type: WidthType.DXA }, borders: NO_BORDERS }),
          new TableCell({ children: signature, width: { size: TEXT_WIDTH - half, type: WidthType.DXA }, borders: NO_BORDERS }),
        ],
      }),
    ],
  });
}

/** The report as a Word document (DOCX) in the layout of Decree 30/2020/NĐ-CP. */
export async function reportToDocx(report: ProgressReport, options: LayoutOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const layout = reportLayout(report, options);
  const document = new Document({
    creator: layout.issuer.name,
    title: `${layout.title} ${layout.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY, language: { value: layout.lang === 'vi' ? 'vi-VN' : 'en-GB' } } } } },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: {
              top: twip(MARGIN.top),
              bottom: twip(MARGIN.bottom),
              left: twip(MARGIN.left),
              right: twip(MARGIN.right),
            },
            pageNumbers: { start: 1 },
          },
          titlePage: true,
        },
        headers: {
          // Decree 30: the page number is centred in the top margin, from the second page on.
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SMALL })] })] }),
        },
        children: [
          headingBlock(layout),
          line(layout.title, { bold: true, size: BODY, after: 0 }),
          line(layout.subtitle, { bold: true, size: BODY, after: 240 }),
          ...body(layout),
          new Paragraph({ children: [] }),
          closing(layout),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
