import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDeadlineField, readDeadlines } from '../src/parse/deadlines.js';

/** The markers in parentheses, the only kind the seed writes. */
const parenthesised = (text: string) => readDeadlines(text).filter((match) => match.marker === 'parenthesis');
import type { Program } from '../src/schema.js';

const dataset = JSON.parse(readFileSync(new URL('../data/binh-thuan-2021-2025.json', import.meta.url), 'utf8')) as Program;

const reading = (kind: string, year: number | null, due: string | null, period: { start: number; end: number } | null = null) => ({
  kind,
  year,
  due,
  period,
});
const readings = (matches: ReturnType<typeof readDeadlines>) => matches.map(({ kind, year, due, period }) => ({ kind, year, due, period }));

describe('readDeadlineField (the value of "Thời gian thực hiện:")', () => {
  test.each([
    ['Hoàn thành trong quý III/2020.', [reading('quarter', 2020, '2020-09-30')]],
    ['Quý II/2022', [reading('quarter', 2022, '2022-06-30')]],
    ['Tháng 12/2025.', [reading('month', 2025, '2025-12-31')]],
    ['tháng 6 năm 2025', [reading('month', 2025, '2025-06-30')]],
    ['Trước ngày 30/6/2025', [reading('day', 2025, '2025-06-30')]],
    ['ngày 15 tháng 3 năm 2024', [reading('day', 2024, '2024-03-15')]],
    ['Năm 2026', [reading('year', 2026, '2026-12-31')]],
    ['Trong năm 2025', [reading('year', 2025, '2025-12-31')]],
    ['Đến năm 2030', [reading('year', 2030, '2030-12-31')]],
    ['6 tháng đầu năm 2025', [reading('month', 2025, '2025-06-30')]],
    ['Hằng năm.', [reading('annual', null, null)]],
    ['Thực hiện định kỳ hằng năm', [reading('annual', null, null)]],
    ['Thường xuyên hằng năm.', [reading('annual', null, null)]],
    ['Quý IV hằng năm', [reading('annual', null, null)]],
    ['Theo kế hoạch công tác tư pháp hàng năm.', [reading('annual', null, null)]],
    ['Thường xuyên, theo yêu cầu nhiệm vụ.', [reading('ongoing', null, null)]],
    ['Thực hiện thường xuyên trong năm.', [reading('ongoing', null, null)]],
    ['Giai đoạn 2026–2030', [reading('period', 2030, '2030-12-31', { start: 2026, end: 2030 })]],
    ['Giai đoạn 2026-2030 và những năm tiếp theo.', [reading('period', 2030, '2030-12-31', { start: 2026, end: 2030 })]],
    ['2021-2025', [reading('period', 2025, '2025-12-31', { start: 2021, end: 2025 })]],
    [
      'Sau khi có hướng dẫn của Bộ Lao động – Thương binh và Xã hội và các Bộ, ngành trung ương.',
      [reading('conditional', null, null)],
    ],
    ['Sau khi Nghị định được ban hành, dự kiến năm 2021', [reading('conditional', 2021, '2021-12-31')]],
    [
      'Thực hiện định kỳ hằng năm; Riêng năm 2020 hoàn thành trong quý II/2020.',
      [reading('annual', null, null), reading('quarter', 2020, '2020-06-30')],
    ],
    [
      'Thực hiện thường xuyên, riêng việc tuyên truyền, quán triệt Chỉ thị số 37-CT/TW và các Văn bản có liên quan hoàn thành trong quý II/2020.',
      [reading('ongoing', null, null), reading('quarter', 2020, '2020-06-30')],
    ],
    ['năm 2023, 2024', [reading('year', 2023, '2023-12-31'), reading('year', 2024, '2024-12-31')]],
    ['Định kỳ hằng quý', [reading('ongoing', null, null)]],
    ['Theo yêu cầu', []],
    ['', []],
  ])('%s', (value, expected) => {
    expect(readings(readDeadlineField(value))).toEqual(expected);
  });

  test('the whole value is the marker; work that starts on a day keeps the day', () => {
    const value = ' Từ\n01/7/2025. ';
    expect(readDeadlineField(value)).toEqual([
      { kind: 'ongoing', year: null, due: null, period: null, from: '2025-07-01', text: 'Từ 01/7/2025', start: 1, end: 13, marker: 'field', clause: null },
    ]);
  });

  test('a day that does not exist is no deadline', () => {
    expect(readDeadlineField('Trước ngày 31/2/2024')).toEqual([]);
  });
});

describe('readDeadlines (running text)', () => {
  test('parenthesised markers, with the marker text and the offsets of the parentheses', () => {
    const text = 'Xây dựng Đề án (năm 2021). Rà soát (Quý II/2022); báo cáo (hàng năm), (năm 2023, 2024), (năm 2025 và các năm tiếp theo).';
    const found = readDeadlines(text);
    expect(found.map(({ kind, text: marker }) => `${kind}:${marker}`)).toEqual([
      'year:năm 2021',
      'quarter:Quý II/2022',
      'annual:hàng năm',
      'year:năm 2023, 2024',
      'year:năm 2023, 2024',
      'year:năm 2025 và các năm tiếp theo',
    ]);
    for (const match of found) expect(text.slice(match.start, match.end)).toBe(`(${match.text})`);
  });

  test('deadline phrases in prose and inline fields', () => {
    const text =
      'Các cơ quan triển khai xong trong tháng 12/2025. Gửi báo cáo trước ngày 30 tháng 11 hằng năm; hoàn thành trước ngày 30/6/2025.\n' +
      '- Cơ quan thực hiện: Sở Văn hóa - Thể thao và Du lịch chủ trì -Thời gian thực hiện: Thực hiện thường xuyên hằng năm.\n';
    const found = readDeadlines(text);
    expect(found.map(({ kind, due, text: marker }) => `${kind}:${due}:${marker}`)).toEqual([
      'month:2025-12-31:tháng 12/2025',
      'annual:null:ngày 30 tháng 11 hằng năm',
      'day:2025-06-30:ngày 30/6/2025',
      'annual:null:Thực hiện thường xuyên hằng năm',
    ]);
    for (const match of found) expect(text.slice(match.start, match.end).replace(/\s+/g, ' ')).toBe(match.text);
  });

  test('each deadline keeps the clause it closes', () => {
    const text =
      'Rà soát quy hoạch. Xây dựng Đề án phát triển kinh tế ban đêm tỉnh Bình Thuận (năm 2021), ban hành Kế hoạch thực hiện ' +
      '(năm 2023, 2024); các cơ quan triển khai xong trong tháng 12/2025. Tiếp tục';
    const clauses = readDeadlines(text).map((match) => `${match.text}: ${match.clause && text.slice(match.clause.start, match.clause.end)}`);
    expect(clauses).toEqual([
      'năm 2021: Xây dựng Đề án phát triển kinh tế ban đêm tỉnh Bình Thuận',
      'năm 2023, 2024: ban hành Kế hoạch thực hiện',
      'năm 2023, 2024: ban hành Kế hoạch thực hiện',
      'tháng 12/2025: các cơ quan triển khai',
    ]);
  });

  test.each([
    'Đến năm 2025, tỷ lệ đô thị hóa đạt 45%.',
    'Triển khai Kế hoạch giai đoạn 2021-2025 của tỉnh.',
    'Thực hiện Nghị quyết số 08/2021/NQ-HĐND của HĐND tỉnh (khóa XII).',
    'Báo cáo kết quả năm 2024 và phương hướng năm 2025.',
    'Tổng kết (KCN) theo Quyết định (ngày ký).',
    'Định kỳ báo cáo (trước ngày 15 tháng 11) hoặc theo đề nghị.',
  ])('no deadline in "%s"', (text) => {
    expect(readDeadlines(text)).toEqual([]);
  });

  test("reads the seed's tasks as the committed dataset has them", () => {
    const expected = dataset.tasks.flatMap((task) => task.deadlines.map(({ kind, year, text }) => ({ kind, year, text })));
    const read = dataset.tasks.flatMap((task) => parenthesised(task.text).map(({ kind, year, text }) => ({ kind, year, text })));
    expect(expected).toHaveLength(28);
    expect(read).toEqual(expected);
    for (const task of dataset.tasks) {
      for (const match of parenthesised(task.text)) expect(task.text.slice(match.start, match.end)).toBe(`(${match.text})`);
    }
  });

  test("the seed's three marker forms keep their kinds", () => {
    const text = 'A (Năm 2021). B (hàng năm). C (sau khi có quyết định của Thủ tướng, dự kiến năm 2021).';
    const at = (marker: string) => [text.indexOf(`(${marker})`), text.indexOf(`(${marker})`) + marker.length + 2];
    const conditional = 'sau khi có quyết định của Thủ tướng, dự kiến năm 2021';
    expect(parenthesised(text).map(({ kind, year, text: marker, start, end }) => [kind, year, marker, start, end])).toEqual([
      ['year', 2021, 'Năm 2021', ...at('Năm 2021')],
      ['annual', null, 'hàng năm', ...at('hàng năm')],
      ['conditional', 2021, conditional, ...at(conditional)],
    ]);
  });
});
