import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type * as z from 'zod/mini';
import { buildDataset, DATA_FILE, SCHEMA_FILE, SOURCE_TEXT_FILE, STATUS_SCHEMA_FILE } from '../scripts/dataset.js';
import { program } from '../src/data.js';
import { getBlock, getTask, validateProgram, type Deadline, type Task } from '../src/index.js';
import type { Task as TaskSchema } from '../src/schema.js';
import { normalizeSpace } from '../src/text.js';

const seedLines = readFileSync(new URL('../../../seeds/binh-thuan-ctrhd-2021-2025.txt', import.meta.url), 'utf8').split('\n');
/** The seed's lines `line`..`endLine` joined as the parser joins them. */
const sourceText = (span: { line: number; endLine: number }) =>
  seedLines
    .slice(span.line - 1, span.endLine)
    .map(normalizeSpace)
    .filter(Boolean)
    .reduce((text, line) => (text === '' ? line : /\S-$/.test(text) ? text + line : `${text} ${line}`), '');
const roles = (blockId: string) => getBlock(program, blockId)?.assignments.map(({ agencyId, role }) => `${agencyId}:${role}`);

describe('the committed dataset', () => {
  test('is what the parser produces from the seed now (run `npm run generate` after a parser change)', () => {
    const built = buildDataset();
    expect(readFileSync(DATA_FILE, 'utf8')).toBe(built.json);
    expect(readFileSync(SOURCE_TEXT_FILE, 'utf8')).toBe(built.sourceText);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(built.schemaJson);
    expect(readFileSync(STATUS_SCHEMA_FILE, 'utf8')).toBe(built.statusSchemaJson);
  });

  test('passes its own contract', () => {
    expect(validateProgram(JSON.parse(readFileSync(DATA_FILE, 'utf8')))).toMatchObject({ success: true });
  });

  test('the seed parses with only the four quirks of the document reported', () => {
    expect(buildDataset().diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`)).toEqual([
      'info undashed-paragraph 199',
      'info repeated-letter 1411',
      'info skipped-letter 1519',
      'info repeated-heading 1600',
    ]);
  });

  test('types are inferred from the schema', () => {
    expectTypeOf<Task>().toEqualTypeOf<z.infer<typeof TaskSchema>>();
    expectTypeOf<Deadline['kind']>().toEqualTypeOf<'day' | 'month' | 'quarter' | 'year' | 'period' | 'annual' | 'ongoing' | 'conditional'>();
  });
});

describe('the document', () => {
  test('has the program metadata', () => {
    expect(program).toMatchObject({
      id: 'binh-thuan-ctrhd-2021-2025',
      period: { start: 2021, end: 2025 },
      basis: { referenceId: 'nghi-quyet-06-nq-dh' },
      source: { file: 'seeds/binh-thuan-ctrhd-2021-2025.txt' },
    });
    expect(program.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('has 10 areas and 12 sections', () => {
    expect(program.areas.map((area) => area.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(program.areas.flatMap((area) => area.sections.map((section) => section.number))).toEqual([
      '1.1', '1.2', '1.3', '2.1', '2.2', '6.1', '6.2', '6.3', '6.4', '10.1', '10.2', '10.3',
    ]);
  });

  test('keeps wrapped headings whole and the repeated 10.2 heading once', () => {
    expect(program.areas[0]!.title).toMatch(/^Tập trung thúc đẩy .* do ảnh hưởng bởi dịch Covid-19$/);
    expect(program.areas[9]!.sections[1]!.title).toBe(
      'Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền, các cơ quan hành chính nhà nước và các cơ quan tư pháp.',
    );
  });

  test('has every assignment block, lettered or not, with the repeated "c)" of area 8 kept apart', () => {
    expect(program.blocks.map((block) => block.id)).toEqual([
      'block-1-1-a', 'block-1-1-b',
      'block-1-2-a', 'block-1-2-b', 'block-1-2-c', 'block-1-2-d', 'block-1-2-dd', 'block-1-2-e', 'block-1-2-g',
      'block-1-3',
      'block-2-1-a', 'block-2-1-b', 'block-2-1-c', 'block-2-2',
      'block-3-a', 'block-3-b', 'block-3-c', 'block-3-d', 'block-3-dd', 'block-3-e', 'block-3-g', 'block-3-h', 'block-3-i',
      'block-4-a', 'block-4-b', 'block-4-c',
      'block-5',
      'block-6-1', 'block-6-2', 'block-6-3', 'block-6-4-a', 'block-6-4-b', 'block-6-4-c',
      'block-7',
      'block-8-a', 'block-8-b', 'block-8-c', 'block-8-c-2',
      'block-9-a', 'block-9-b', 'block-9-c', 'block-9-d', 'block-9-e',
      'block-10-1-a', 'block-10-1-b', 'block-10-1-c', 'block-10-2-a', 'block-10-2-b', 'block-10-2-c', 'block-10-3',
    ]);
    expect(getBlock(program, 'block-8-c-2')).toMatchObject({ letter: 'c', areaId: 'area-8', sectionId: null });
    expect(getBlock(program, 'block-1-2-dd')).toMatchObject({ letter: 'đ', sectionId: 'section-1-2' });
  });

  test('reads agencies and roles from the headers', () => {
    expect(roles('block-1-1-a')).toEqual(['so-cong-thuong:lead']);
    expect(getBlock(program, 'block-1-1-a')!.scope).toEqual({ genericCoordination: true, allAgencies: false });
    expect(roles('block-1-1-b')).toEqual(['ban-quan-ly-cac-khu-cong-nghiep:responsible']);
    expect(roles('block-1-2-g')).toEqual([]);
    expect(getBlock(program, 'block-1-2-g')!.scope).toEqual({ genericCoordination: false, allAgencies: true });
    expect(roles('block-3-c')).toEqual(['so-tai-nguyen-va-moi-truong:responsible', 'so-cong-thuong:responsible']);
    expect(roles('block-3-d')).toEqual(['so-xay-dung:responsible', 'ubnd-cac-huyen-thi-xa-thanh-pho:responsible']);
    expect(roles('block-3-h')).toEqual(['ubnd-cac-huyen-thi-xa-thanh-pho:responsible']);
    expect(roles('block-3-i')).toEqual(['so-tai-chinh:lead', 'cuc-thue-tinh:lead']);
    expect(roles('block-4-b')).toEqual([
      'so-giao-duc-va-dao-tao:responsible',
      'so-lao-dong-thuong-binh-va-xa-hoi:responsible',
      'so-noi-vu:responsible',
    ]);
    expect(getBlock(program, 'block-4-b')!.scope).toEqual({ genericCoordination: false, allAgencies: true });
    expect(roles('block-5')).toEqual(['so-khoa-hoc-va-cong-nghe:lead', 'so-thong-tin-va-truyen-thong:coordinating']);
    expect(getBlock(program, 'block-5')!.scope.genericCoordination).toBe(true);
    expect(roles('block-6-2')).toEqual(['so-van-hoa-the-thao-va-du-lich:lead']);
    expect(roles('block-6-4-b')).toEqual(['bao-hiem-xa-hoi-tinh:responsible']);
    expect(roles('block-6-4-c')).toEqual([
      'so-lao-dong-thuong-binh-va-xa-hoi:responsible',
      'so-noi-vu:responsible',
      'so-van-hoa-the-thao-va-du-lich:responsible',
    ]);
    expect(roles('block-10-1-b')).toEqual(['van-phong-ubnd-tinh:lead']);
    expect(roles('block-10-2-c')).toEqual(['so-tu-phap:responsible']);
    expect(getBlock(program, 'block-10-2-c')!.scope.allAgencies).toBe(true);
  });

  test('merges the two spellings of the culture department into one agency', () => {
    const culture = program.agencies.find((agency) => agency.id === 'so-van-hoa-the-thao-va-du-lich');
    expect(culture).toMatchObject({
      name: 'Sở Văn hóa, Thể thao và Du lịch',
      nameEn: 'Department of Culture, Sports and Tourism',
      aliases: ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa - Thể thao và Du lịch'],
      kind: 'department',
    });
    expect(program.agencies).toHaveLength(23);
    expect(program.agencies.every((agency) => agency.nameEn !== null)).toBe(true);
  });

  test('has one task per bullet, or per paragraph where a block has none', () => {
    expect(program.tasks).toHaveLength(95);
    expect(program.tasks.filter((task) => task.blockId === 'block-1-3')).toHaveLength(7);
    expect(program.tasks.filter((task) => task.blockId === 'block-1-1-b')).toHaveLength(1);
    // "2022. Thường xuyên…" starts a line but is the middle of a sentence, not an area heading.
    expect(getTask(program, 'task-6-2-2')!.text).toContain('lần thứ IX năm 2022. Thường xuyên đăng cai');
    // Words wrapped at a hyphen are rejoined without a space.
    expect(getTask(program, 'task-7-4')!.text).toContain('giai đoạn 2021-2030');
  });

  test('has every parenthesised deadline, including ones that wrap across lines', () => {
    const deadlines = program.tasks.flatMap((task) => task.deadlines);
    expect(deadlines).toHaveLength(28);
    expect(getTask(program, 'task-1-3-1')!.deadlines).toEqual([
      expect.objectContaining({ kind: 'year', year: 2021, due: '2021-12-31', text: 'Năm 2021', source: { line: 327, endLine: 327 } }),
      expect.objectContaining({
        kind: 'conditional',
        year: 2021,
        due: '2021-12-31',
        text: 'sau khi có quyết định của Thủ tướng, dự kiến năm 2021',
        clause: 'Kế hoạch cơ cấu lại ngành nông nghiệp giai đoạn 2021-2025',
        source: { line: 329, endLine: 331 },
      }),
      expect.objectContaining({ kind: 'year', year: 2022, text: 'năm 2022', source: { line: 339, endLine: 339 } }),
    ]);
    expect(getTask(program, 'task-4-c-1')!.deadlines[0]!.source).toEqual({ line: 793, endLine: 795 });
    expect(getTask(program, 'task-8-a-2')!.deadlines.map((d) => d.kind)).toEqual(['annual', 'year', 'year']);
    expect(getTask(program, 'task-10-1-a-1')!.deadlines).toEqual([
      expect.objectContaining({ kind: 'conditional', year: null, due: null, text: 'sau khi Trung ương có kết quả công bố', source: { line: 1555, endLine: 1555 } }),
    ]);
    // "giai đoạn 2021-2025" and "đến năm 2025" are not deadlines.
    expect(getTask(program, 'task-1-1-a-2')!.deadlines).toEqual([]);
  });

  test('has every numbered legal reference, with numbers repaired and shared issuers applied', () => {
    expect(program.references.map((reference) => reference.number)).toEqual([
      '06-NQ/ĐH', '08-NQ/TW', '54-KL/TW', '12-NQ/TW', '10-NQ/TW', '80/NĐ-CP', '1361/KH-UBND', '27-CT/TW',
      '238/KH-UBND', '88/2019/QH14', '120/2020/QH14', '912/QĐ-UBND', '156/2018/NĐ-CP', '13-CT/TW',
      '2376/QĐ-UBND', '2290/QĐ-UBND', '18-NQ/TW', '19-NQ/TW', '39-NQ/TW', '107/2020/NĐ-CP',
    ]);
    const byNumber = new Map(program.references.map((reference) => [reference.number, reference]));
    expect(byNumber.get('08-NQ/TW')).toMatchObject({ type: 'resolution', date: '2017-01-16', issuer: 'Bộ Chính trị' });
    expect(byNumber.get('238/KH-UBND')).toMatchObject({ type: 'plan', text: expect.stringContaining('238 /KH-UBND') });
    expect(byNumber.get('107/2020/NĐ-CP')).toMatchObject({ type: 'decree', issuer: null, text: 'Nghị định số 107/2020/NĐ- CP' });
    expect(byNumber.get('2376/QĐ-UBND')!.issuer).toBe('UBND tỉnh');
    expect(byNumber.get('18-NQ/TW')!.issuer).toBe('Ban Chấp hành Trung ương Đảng');
    expect(getTask(program, 'task-10-2-a-2')!.referenceIds).toEqual([
      'nghi-quyet-18-nq-tw', 'nghi-quyet-19-nq-tw', 'nghi-quyet-39-nq-tw', 'nghi-dinh-107-2020-nd-cp',
    ]);
  });

  test('has the three items of part II and not the signature', () => {
    expect(program.implementation.map((item) => item.number)).toEqual([1, 2, 3]);
    expect(program.implementation[2]!.text).toMatch(/quyết định\.\/\.$/);
  });

  test('ids are unique and URL-safe', () => {
    const ids = [
      ...program.areas.flatMap((area) => [area.id, ...area.sections.map((section) => section.id)]),
      ...program.blocks.map((block) => block.id),
      ...program.tasks.map((task) => task.id),
      ...program.agencies.map((agency) => agency.id),
      ...program.references.map((reference) => reference.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(encodeURIComponent(id)).toBe(id);
  });
});

describe('source lines', () => {
  test('every task, block header, deadline and reference is found on the lines it cites', () => {
    const records = [
      ...program.tasks.map((task) => ({ text: task.text, source: task.source })),
      ...program.blocks.map((block) => ({ text: block.header, source: block.source })),
      ...program.tasks.flatMap((task) => task.deadlines.map((d) => ({ text: `(${d.text})`, source: d.source }))),
      ...program.references.map((reference) => ({ text: reference.text, source: reference.source })),
      ...program.implementation.map((item) => ({ text: item.text, source: item.source })),
    ];
    for (const { text, source } of records) expect(sourceText(source)).toContain(text);
  });

  test('areas and sections cite their heading lines', () => {
    for (const area of program.areas) {
      expect(sourceText(area.source)).toMatch(new RegExp(`^${area.number}\\. `));
      for (const section of area.sections) expect(sourceText(section.source).startsWith(`${section.number}. `)).toBe(true);
    }
  });
});
