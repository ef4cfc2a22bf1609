import { describe, expect, test } from 'vitest';
import { isAssignmentHeader, readAssignmentHeader, readInlineAssignment } from '../src/parse/header.js';
import { cleanText, JoinedText, readLines } from '../src/parse/lines.js';
import { readDocument } from '../src/parse/metadata.js';
import { readParagraphs } from '../src/parse/paragraphs.js';
import { buildTree, partRole, type TreeNode } from '../src/parse/tree.js';

const paragraphsOf = (text: string) => readParagraphs(readLines(cleanText(text)), { isLeadIn: isAssignmentHeader }).map((p) => p.lines.map((l) => l.text).join(' '));
const treeOf = (text: string) => buildTree(readParagraphs(readLines(cleanText(text)), { isLeadIn: isAssignmentHeader }), { isLeadIn: isAssignmentHeader });
/** A tree as nested [kind, number or letter, text] for comparison. */
const shape = (node: TreeNode): unknown[] => [
  node.kind + (node.number ? ` ${node.number}` : node.letter ? ` ${node.letter}` : node.field ? ` ${node.field}` : ''),
  new JoinedText(node.content).text,
  ...node.children.map(shape),
];

describe('lines', () => {
  test('every line break of the genre counts, blank lines are remembered, numbers are the input’s', () => {
    const lines = readLines('a\r\nb\rc\u2028d\u2029e\u0085f\n\ng');
    expect(lines.map((line) => [line.number, line.text])).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd'], [5, 'e'], [6, 'f'], [8, 'g']]);
    expect(lines.at(-1)!.blankBefore).toBe(true);
  });

  test('NFC, and zero-width characters and soft hyphens removed', () => {
    expect(cleanText('Co\u0302ng\u200B Thư\u200Dơng\u00AD\uFEFF')).toBe('Công Thương');
  });

  test('joined text maps offsets back to lines, and rejoins a hyphen wrapped inside a compound', () => {
    const joined = new JoinedText(readLines('Nghị quyết số 39-\nNQ/TW và\nkinh tế -\nxã hội'));
    expect(joined.text).toBe('Nghị quyết số 39-NQ/TW và kinh tế - xã hội');
    expect(joined.span(joined.text.indexOf('xã'), joined.text.length)).toEqual({ line: 4, endLine: 4 });
  });
});

describe('paragraphs', () => {
  test('hard wraps are undone: a heading, a label, a date, a field value', () => {
    expect(paragraphsOf('III. NHIỆM VỤ,\nGIẢI PHÁP\n\nSố:\n7360/KH-UBND\n\nBắc Ninh, ngày 20\ntháng 11 năm 2025\n\nĐơn vị chủ trì thực hiện: Các\nSở, ngành, đơn vị.')).toEqual([
      'III. NHIỆM VỤ, GIẢI PHÁP',
      'Số: 7360/KH-UBND',
      'Bắc Ninh, ngày 20 tháng 11 năm 2025',
      'Đơn vị chủ trì thực hiện: Các Sở, ngành, đơn vị.',
    ]);
  });

  test('an item number glued to the end of its heading, or alone on its line, goes with its text', () => {
    expect(paragraphsOf('1. Tăng cường sự lãnh đạo 1.1.\nTổ chức nghiên cứu.\n1.2.\nNâng cao vai trò.\nIII. TỔ CHỨC THỰC HIỆN 1.\nCác sở xây dựng kế hoạch.')).toEqual([
      '1. Tăng cường sự lãnh đạo',
      '1.1. Tổ chức nghiên cứu.',
      '1.2. Nâng cao vai trò.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các sở xây dựng kế hoạch.',
    ]);
  });

  test('several labelled fields on one line, lettered or dashed, are one paragraph each', () => {
    expect(paragraphsOf('a) Cơ quan chủ trì: Sở Nội vụ. b) Cơ quan phối hợp: Sở Tư pháp c) Thời gian thực hiện: Năm 2026')).toEqual([
      'a) Cơ quan chủ trì: Sở Nội vụ.',
      'b) Cơ quan phối hợp: Sở Tư pháp',
      'c) Thời gian thực hiện: Năm 2026',
    ]);
    expect(paragraphsOf('- Cơ quan thực hiện: Sở Y tế và địa phương -Thời gian thực hiện: Hằng năm.')).toEqual([
      '- Cơ quan thực hiện: Sở Y tế và địa phương',
      '-Thời gian thực hiện: Hằng năm.',
    ]);
  });

  test('a range wrapped before its dash is not a bullet', () => {
    expect(paragraphsOf('4. Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10%.')).toEqual(['4. Trong giai đoạn 2026 - 2030 phấn đấu có ít nhất 10%.']);
  });
});

describe('document tree', () => {
  test('part roles come from the heading words, not the position', () => {
    expect(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'NỘI DUNG', 'NHỮNG NHIỆM VỤ CỤ THỂ', 'PHÂN CÔNG NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN', 'KINH PHÍ'].map(partRole)).toEqual([
      'purpose', 'tasks', 'tasks', 'tasks', 'tasks', 'organisation', 'other',
    ]);
  });

  test('items nest by their numbers; letters, bullets and fields sit under their item', () => {
    const tree = treeOf(
      ['QUYẾT ĐỊNH', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.', 'Nơi nhận:', '- Như Điều 1;', 'TM. ỦY BAN NHÂN DÂN', 'I. NHIỆM VỤ', '1. Một', '1.1. Một một', 'a) Sở Y tế chủ trì:', '- Việc a.', '+ ý của việc a', '1.2. Một hai', '• Việc b.', '* Cơ quan chủ trì: Sở Nội vụ.', 'Nơi nhận:', '- Lưu VT.'].join('\n'),
    );
    expect(tree.front).toHaveLength(5);
    expect(tree.back).toHaveLength(2);
    expect(tree.parts.map(shape)).toEqual([
      ['part I', 'NHIỆM VỤ',
        ['item 1', 'Một',
          ['item 1.1', 'Một một', ['letter a', 'Sở Y tế chủ trì:', ['bullet', 'Việc a.', ['bullet', 'ý của việc a']]]],
          ['item 1.2', 'Một hai', ['bullet', 'Việc b.'], ['field lead', 'Sở Nội vụ.']]]],
    ]);
  });

  test('a repeated or skipped number is text or a note; a document without parts starts at "1."', () => {
    const tree = treeOf('Mở đầu.\n1. Một\n- Việc.\n3. Ba\n2022. Không phải mục');
    expect(tree.notes.map((note) => note.code)).toEqual(['missing-part-heading', 'skipped-number']);
    expect(tree.parts[0]!.children.map((child) => child.number)).toEqual(['1', '3']);
  });
});

describe('extractors', () => {
  test('header: lead and coordinating agencies, the generic scope, field values with their role', () => {
    expect(readAssignmentHeader('Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và các sở, ngành liên quan:')).toMatchObject({
      named: [expect.objectContaining({ role: 'lead', spelling: 'Sở Nội vụ' }), expect.objectContaining({ role: 'coordinating', spelling: 'Sở Tư pháp' })],
      scope: { genericCoordination: true, allAgencies: false },
      unread: [],
    });
    expect(readAssignmentHeader('Sở Tư pháp; các cơ quan, đơn vị, địa phương liên quan.', 'coordinating').scope.genericCoordination).toBe(true);
    expect(readAssignmentHeader('Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị').named.map((n) => n.role)).toEqual(['responsible']);
  });

  test('inline agencies: "do … chủ trì", a subject that coordinates, a subject after the opening clause', () => {
    expect(readInlineAssignment('Xây dựng đề án do Sở Tư pháp chủ trì thực hiện.')?.named.map((n) => `${n.agency.id}:${n.role}`)).toEqual(['so-tu-phap:lead']);
    expect(readInlineAssignment('Sở Y tế phối hợp với Sở Tài chính tổ chức kiểm tra.')?.named.map((n) => `${n.agency.id}:${n.role}`)).toEqual([
      'so-y-te:lead',
      'so-tai-chinh:coordinating',
    ]);
    expect(readInlineAssignment('Tăng cường kiểm tra, giám sát thực hiện.')).toBeNull();
  });

  test('metadata from the front matter: kind, number, place, date, issuer, title, period', () => {
    expect(readDocument(['UỶ BAN NHÂN DÂN', 'TỈNH BẮC NINH', '-------', 'Số: 141/KH-UBND', 'Bắc Ninh, ngày 20 tháng 11 năm 2025', 'KẾ HOẠCH', 'NÂNG CAO NĂNG LỰC GIAI ĐOẠN 2026 - 2030', 'Thực hiện Kế hoạch số 14-KH/TU giai đoạn 2021-2025 của Tỉnh ủy'])).toEqual({
      kind: 'plan',
      number: '141/KH-UBND',
      place: 'Bắc Ninh',
      date: '2025-11-20',
      issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh',
      title: 'Kế hoạch nâng cao năng lực giai đoạn 2026 - 2030',
      period: { start: 2026, end: 2030 },
    });
  });
});
