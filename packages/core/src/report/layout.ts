import { excerpt } from '../text.js';
import type { Agency } from '../schema.js';
import { REPORT_LABELS, type ReportLabels, type ReportLanguage } from './labels.js';
import type { ProgressReport, ReportTask } from './model.js';

/**
 * The report as a document, apart from any file format: the heading block, body and signature of
 * an administrative report in the layout of Decree 30/2020/NĐ-CP. The DOCX and HTML renderers
 * only draw this, so both say the same.
 */
export interface ReportLayout {
  lang: ReportLanguage;
  /** Left of the heading block: the superior body (if any) over the issuer, then the number. */
  issuer: { parent: string | null; name: string; number: string };
  motto: [string, string];
  dateLine: string;
  title: string;
  subtitle: string;
  body: ReportBlock[];
  recipients: string[];
  signature: string[];
}

export interface ReportTable {
  kind: 'table';
  columns: Array<{ title: string; /** Share of the text width, in per cent. */ width: number }>;
  rows: string[][];
  /** A table of tasks: one row per task (after the heading row). */
  tasks: boolean;
}

export type ReportBlock = { kind: 'heading'; level: 1 | 2; text: string } | { kind: 'paragraph'; text: string } | ReportTable;

export interface LayoutOptions {
  /** Language of the report's own words (default vi); task texts and names stay as the program has them. */
  lang?: ReportLanguage;
  /**
   * The body that issues the report (default: the program's issuer, a people's committee; for one
   * agency's report, that agency). The compiling department passes its agency.
   */
  issuer?: Agency;
  /** The year of the date line (default: the as-of year). */
  year?: number;
}

/** "Ủy ban nhân dân tỉnh Bình Thuận" → "Bình Thuận": the place of the date line. */
function placeOf(issuer: string): string {
  return issuer.replace(/^.*?\b(tỉnh|thành phố)\s+/iu, '');
}

/** Initials of a body's name as used in document numbers: "Sở Kế hoạch và Đầu tư" → "SKHĐT". */
function initials(name: string): string {
  return name
    .split(/[\s,]+/u)
    .filter((word) => word && word.toLowerCase() !== 'và')
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

function taskRow(item: ReportTask, labels: ReportLabels): string[] {
  const { progress } = item;
  const agencies = item.agencies
    .filter((named) => named.role !== 'responsible' || item.agencies.every((other) => other.role === 'responsible'))
    .map((named) => `${named.agency.name} (${labels.roles[named.role]})`)
    .join('; ');
  const status = progress.status === null ? labels.statuses.unreported : labels.statuses[progress.status];
  const completed = progress.entry?.completedOn ? `, ${labels.completedOn(progress.entry.completedOn)}` : '';
  const evidence = [progress.entry?.evidenceDocument, progress.entry?.evidenceUrl, progress.entry?.note].filter(Boolean).join('\n');
  return [
    String(item.number),
    progress.task.text,
    agencies,
    labels.deadlines(progress.task.deadlines),
    `${status}${completed}`,
    labels.timeliness[progress.timeliness],
    evidence,
  ];
}

export function reportLayout(report: ProgressReport, options: LayoutOptions = {}): ReportLayout {
  const lang = options.lang ?? 'vi';
  const labels = REPORT_LABELS[lang];
  const issuer = options.issuer ?? report.agency;
  const committee = report.program.issuer;
  const place = placeOf(committee);
  const columns = labels.columns;
  const taskColumns = [
    { title: columns.number, width: 5 },
    { title: columns.task, width: 40 },
    { title: columns.agencies, width: 14 },
    { title: columns.deadline, width: 9 },
    { title: columns.status, width: 11 },
    { title: columns.timeliness, width: 9 },
    { title: columns.evidence, width: 12 },
  ];
  const levels = Object.keys(report.counts) as Array<keyof typeof report.counts>;
  const body: ReportBlock[] = [
    { kind: 'paragraph', text: labels.scope(report.asOf, report.agency?.name ?? null) },
    { kind: 'heading', level: 1, text: labels.summaryHeading },
    { kind: 'paragraph', text: labels.intro(report.total, report.total - report.unreported.length, report.overlays) },
    {
      kind: 'table',
      tasks: false,
      columns: [{ title: labels.summaryColumns.what, width: 70 }, { title: labels.summaryColumns.count, width: 30 }],
      rows: [...levels.map((level) => [labels.timeliness[level], String(report.counts[level])]), [labels.total, String(report.total)]],
    },
  ];
  if (!report.agency) {
    body.push(
      { kind: 'heading', level: 2, text: labels.agenciesHeading },
      {
        kind: 'table',
        tasks: false,
        columns: [
          { title: labels.summaryColumns.agency, width: 34 },
          { title: labels.summaryColumns.tasks, width: 11 },
          ...(['done-on-time', 'done-late', 'open-not-due', 'open-overdue'] as const).map((level) => ({ title: labels.timeliness[level], width: 11 })),
          { title: labels.summaryColumns.unreported, width: 11 },
        ],
        rows: report.agencies.map((row) => [
          row.agency.name,
          String(row.tasks),
          ...(['done-on-time', 'done-late', 'open-not-due', 'open-overdue'] as const).map((level) => String(row.counts[level])),
          String(row.unreported),
        ]),
      },
    );
  }
  body.push({ kind: 'heading', level: 1, text: labels.detailHeading });
  for (const area of report.areas) {
    body.push(
      { kind: 'heading', level: 2, text: labels.areaHeading(area.number, area.title) },
      { kind: 'table', tasks: true, columns: taskColumns, rows: area.tasks.map((item) => taskRow(item, labels)) },
    );
  }
  body.push({ kind: 'heading', level: 1, text: labels.unreportedHeading });
  if (report.unreported.length === 0) body.push({ kind: 'paragraph', text: labels.unreportedNone });
  const areaOf = new Map(report.areas.flatMap((area) => area.tasks.map((item) => [item.progress.task.id, area.number] as const)));
  for (const item of report.unreported) {
    body.push({ kind: 'paragraph', text: `- ${areaOf.get(item.progress.task.id)}.${item.number}. ${excerpt(item.progress.task.text, 160)}` });
  }
  if (report.conflicts.length > 0 || report.issues.length > 0) {
    body.push({ kind: 'heading', level: 1, text: labels.conflictsHeading });
    for (const conflict of report.conflicts) {
      body.push({ kind: 'paragraph', text: `- ${labels.conflict(conflict.taskId, conflict.year, conflict.sources, conflict.applied)}` });
    }
    if (report.issues.length > 0) {
      body.push({ kind: 'heading', level: 2, text: labels.issuesHeading });
      for (const issue of report.issues) body.push({ kind: 'paragraph', text: `- ${issue.label}: ${issue.path}: ${issue.message}` });
    }
  }

  const issuedByCommittee = !issuer || issuer.kind === 'local-government';
  return {
    lang,
    issuer: {
      parent: issuedByCommittee ? null : `UBND ${committee.replace(/^Ủy ban nhân dân\s+/iu, '')}`.toUpperCase(),
      name: (issuer && !issuedByCommittee ? issuer.name : committee).toUpperCase(),
      number: labels.number(issuer && !issuedByCommittee ? initials(issuer.name) : 'UBND'),
    },
    motto: labels.motto,
    dateLine: labels.dateLine(place, options.year ?? Number(report.asOf.slice(0, 4))),
    title: labels.title,
    subtitle: labels.subtitle(report.program.title),
    body,
    recipients: [labels.recipients, ...labels.recipientList],
    signature: [...(issuedByCommittee ? labels.signature.committee : labels.signature.department), '', '', labels.signature.name],
  };
}
