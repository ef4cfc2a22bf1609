import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/run.js';
import { program } from '../src/data.js';
import { agencyTasks, applyStatus, buildReport, getAgency, REPORT_LABELS, ReportError, reportToCsv, reportToHtml } from '../src/index.js';
import { reportToDocx } from '../src/report/docx-entry.js';

const DEMO_DATA = new URL('../../../apps/demo/pages/data/', import.meta.url).pathname;
const demoFiles = readdirSync(DEMO_DATA).filter((name) => name.endsWith('.json')).map((name) => join(DEMO_DATA, name));
const demoOverlays = () => demoFiles.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown);
const TODAY = '2025-06-01';

const overlay = (entries: unknown[], extra: Record<string, unknown> = {}) => ({
  formatVersion: 1,
  programId: program.id,
  asOf: '2024-12-31',
  reporter: 'so-cong-thuong',
  entries,
  ...extra,
});
const [first, second] = agencyTasks(program, 'so-cong-thuong').map((item) => item.task.id) as [string, string];

function problemsOf(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    if (error instanceof ReportError) return error.problems;
    throw error;
  }
  throw new Error('expected a ReportError');
}

describe('the report model', () => {
  test('its counts are applyStatus’s, for the whole program and for one agency', () => {
    const overlays = demoOverlays();
    const status = applyStatus(program, overlays, { asOf: '2024-12-31' });
    const report = buildReport(program, overlays, { asOf: '2024-12-31', today: TODAY });
    expect(report.counts).toEqual(status.counts);
    expect(report.total).toBe(program.tasks.length);
    expect(report.areas.flatMap((area) => area.tasks)).toHaveLength(program.tasks.length);

    const own = new Set(agencyTasks(program, 'so-noi-vu').map((item) => item.task.id));
    const single = buildReport(program, overlays, { asOf: '2024-12-31', agency: 'so-noi-vu', today: TODAY });
    const expected = { ...status.counts };
    for (const level of Object.keys(expected) as Array<keyof typeof expected>) {
      expected[level] = status.tasks.filter((item) => own.has(item.task.id) && item.timeliness === level).length;
    }
    expect(single.counts).toEqual(expected);
    expect(single.total).toBe(own.size);
    expect(single.agencies.map((row) => row.agency.id)).toEqual(['so-noi-vu']);
  });

  test('lists the tasks no one reported on, and conflicts between overlays', () => {
    const report = buildReport(
      program,
      [
        overlay([{ taskId: first, status: 'done', updated: '2024-03-01' }]),
        overlay([{ taskId: first, status: 'in-progress', updated: '2024-05-01' }], { reporter: 'so-tai-chinh' }),
      ],
      { asOf: '2024-12-31', today: TODAY },
    );
    expect(report.unreported.map((item) => item.progress.task.id)).not.toContain(first);
    expect(report.unreported).toHaveLength(program.tasks.length - 1);
    expect(report.conflicts).toEqual([expect.objectContaining({ taskId: first, applied: 'so-tai-chinh entries[0]' })]);
  });

  test('an invalid entry is left out and named by its path; the rest apply', () => {
    const report = buildReport(
      program,
      [overlay([{ taskId: first, status: 'done', updated: '2024-03-01', evidenceDocument: 'Quyết dinh số 12/QĐ-UBND ngày 05/3/2024' }, { taskId: second, status: 'in-progress', updated: '2024-03-01' }])],
      { asOf: '2024-12-31', today: TODAY },
    );
    expect(report.issues).toEqual([expect.objectContaining({ path: 'entries[0].evidenceDocument' })]);
    expect(report.unreported.map((item) => item.progress.task.id)).toContain(first);
    expect(report.unreported.map((item) => item.progress.task.id)).not.toContain(second);
  });

  test('bad input stops the report with a message naming what is wrong', () => {
    expect(problemsOf(() => buildReport(program, [overlay([], { programId: 'another-program' })], { asOf: '2024-12-31', today: TODAY }))).toEqual([
      expect.stringMatching(/programId: expected "binh-thuan-ctrhd-2021-2025", got "another-program"/),
    ]);
    expect(problemsOf(() => buildReport(program, [overlay([])], { asOf: '2025-06-02', today: TODAY }))).toEqual([
      'as-of 2025-06-02 is in the future (today is 2025-06-01); a report describes what has happened',
    ]);
    expect(problemsOf(() => buildReport(program, [overlay([])], { asOf: '2024-12-31', agency: 'so-cong-thong', today: TODAY }))).toEqual([
      expect.stringMatching(/no agency has id "so-cong-thong"; did you mean so-cong-thuong/),
    ]);
    expect(problemsOf(() => buildReport(program, [{ hello: 1 }], { asOf: '2024-12-31', today: TODAY }))[0]).toMatch(/^overlay 1: formatVersion: /);
    expect(problemsOf(() => buildReport(program, [overlay([])], { asOf: '31/12/2024', today: TODAY }))).toEqual([
      'as-of: expected a date like 2024-12-31, got "31/12/2024"',
    ]);
  });
});

/** The text of each `w:t` of an XML part, joined, so phrases split into runs still match. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

async function docxParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  return { document: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string') };
}

describe('the DOCX report (Decree 30/2020 layout)', () => {
  test('A4, Times New Roman, the margins, the heading block and one row per task', async () => {
    const report = buildReport(program, demoOverlays(), { asOf: '2024-12-31', today: TODAY });
    const { document, styles } = await docxParts(await reportToDocx(report));
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = Object.fromEntries([...document.match(/<w:pgMar ([^>]*)\/>/)![1]!.matchAll(/w:(\w+)="(\d+)"/g)].map(([, side, twips]) => [side, (Number(twips) * 25.4) / 1440]));
    for (const [side, [min, max]] of Object.entries({ top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] })) {
      expect(margin[side], side).toBeGreaterThanOrEqual(min! - 0.05);
      expect(margin[side], side).toBeLessThanOrEqual(max!);
    }
    const text = textOf(document);
    for (const phrase of ['ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', 'Số:        /BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bình Thuận, ngày', 'BÁO CÁO', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']) {
      expect(text).toContain(phrase);
    }
    const taskTables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((match) => match[0]).filter((table) => textOf(table).startsWith(`STT${REPORT_LABELS.vi.columns.task}`));
    expect(taskTables).toHaveLength(report.areas.length);
    expect(taskTables.reduce((sum, table) => sum + table.split('<w:tr>').length - 2, 0)).toBe(program.tasks.length);
    // No task row is split over two pages.
    expect(taskTables.every((table) => table.split('<w:tr>').slice(1).every((row) => row.includes('<w:cantSplit/>')))).toBe(true);
  });

  test('a department’s report carries its name, its number initials and its signature', async () => {
    const report = buildReport(program, demoOverlays(), { asOf: '2024-12-31', today: TODAY });
    const text = textOf((await docxParts(await reportToDocx(report, { issuer: getAgency(program, 'so-ke-hoach-va-dau-tu') }))).document);
    expect(text).toContain('UBND TỈNH BÌNH THUẬN');
    expect(text).toContain('SỞ KẾ HOẠCH VÀ ĐẦU TƯ');
    expect(text).toContain('/BC-SKHĐT');
    expect(text).toContain('KT. GIÁM ĐỐC');
  });
});

describe('the HTML and CSV reports', () => {
  test('HTML: A4 page, rows never cut across pages, one row per task, English as an option', () => {
    const report = buildReport(program, demoOverlays(), { asOf: '2024-12-31', today: TODAY });
    const html = reportToHtml(report);
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
    expect(html).toMatch(/table\.data tr \{ break-inside: avoid;/);
    expect(html.match(/<tr class="task">/g)).toHaveLength(program.tasks.length);
    expect(html).toContain('<html lang="vi">');
    const english = reportToHtml(report, { lang: 'en' });
    expect(english).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(english).toContain('<html lang="en">');
  });

  test('HTML escapes what the overlays say', () => {
    const report = buildReport(program, [overlay([{ taskId: first, status: 'in-progress', updated: '2024-03-01', note: '<script>alert(1)</script>' }])], { asOf: '2024-12-31', today: TODAY });
    const html = reportToHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('CSV: one row per task with status columns, formulas neutralised', () => {
    const report = buildReport(program, [overlay([{ taskId: first, status: 'in-progress', updated: '2024-03-01', note: '=HYPERLINK("x")' }])], { asOf: '2024-12-31', agency: 'so-cong-thuong', today: TODAY });
    const rows = parseCsv(reportToCsv(program, report), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(report.total);
    const row = rows.find((item) => item['Mã nhiệm vụ'] === first)!;
    expect(row['Trạng thái']).toBe('in-progress');
    expect(row['Ghi chú']).not.toMatch(/^=/);
  });
});

describe('chuongtrinh report', () => {
  const folder = mkdtempSync(join(tmpdir(), 'chuongtrinh-report-'));
  async function cli(...argv: string[]) {
    const err: string[] = [];
    const code = await run(argv, () => {}, (text) => err.push(text));
    return { code, stderr: err.join('\n') };
  }

  test('writes a DOCX from the demo’s overlays whose counts are applyStatus’s', async () => {
    const output = join(folder, 'report.docx');
    const { code, stderr } = await cli('report', '--status', ...demoFiles, '--as-of', '2024-12-31', '--format', 'docx', '--output', output);
    expect(stderr).toContain(`wrote the report on ${program.tasks.length} tasks`);
    expect(code).toBe(0);
    const { document } = await docxParts(readFileSync(output));
    const summary = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((match) => textOf(match[0])).find((text) => text.startsWith(REPORT_LABELS.vi.summaryColumns.what))!;
    const counts = applyStatus(program, demoOverlays(), { asOf: '2024-12-31' }).counts;
    for (const [level, count] of Object.entries(counts)) expect(summary).toContain(`${REPORT_LABELS.vi.timeliness[level as keyof typeof counts]}${count}`);
  });

  test('html and csv for one agency; bad input writes nothing and says why', async () => {
    const html = join(folder, 'agency.html');
    expect((await cli('report', '--status', demoFiles[0]!, '--as-of', '2024-12-31', '--agency', 'so-noi-vu', '--format', 'html', '--output', html)).code).toBe(0);
    expect(readFileSync(html, 'utf8').match(/<tr class="task">/g)).toHaveLength(agencyTasks(program, 'so-noi-vu').length);
    const csv = join(folder, 'all.csv');
    expect((await cli('report', '--status', ...demoFiles, '--as-of', '2024-12-31', '--format', 'csv', '--lang', 'en', '--output', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('Timeliness');

    const missing = join(folder, 'never.docx');
    const future = await cli('report', '--status', demoFiles[0]!, '--as-of', '2999-01-01', '--format', 'docx', '--output', missing);
    expect(future.code).toBe(1);
    expect(future.stderr).toMatch(/as-of 2999-01-01 is in the future/);
    expect(future.stderr).toContain('no report written');
    const usage = await cli('report', '--status', demoFiles[0]!, '--as-of', '2024-12-31', '--format', 'pdf', '--output', missing);
    expect(usage).toEqual({ code: 2, stderr: expect.stringContaining('--format expects docx, html, csv, got "pdf"') });
    expect(() => readFileSync(missing)).toThrow();
  });

  const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync('which', [name]).status === 0);
  test.skipIf(!soffice)('LibreOffice opens the DOCX and converts it to PDF (skipped: no soffice or libreoffice on PATH)', async () => {
    const output = join(folder, 'convert.docx');
    await cli('report', '--status', ...demoFiles, '--as-of', '2024-12-31', '--format', 'docx', '--output', output);
    execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', folder, output], { stdio: 'ignore' });
    expect(readFileSync(join(folder, 'convert.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  });
});
