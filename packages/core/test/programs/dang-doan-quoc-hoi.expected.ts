import type { ExpectedReading } from './reading.js';

const TO_DANG = (committee: string) => `to-dang-o-thuong-truc-${committee}`;
const lettered = (letter: string, agency: string, tasks: string[]) => ({
  at: `2.2 ${letter}`,
  responsible: [agency],
  tasks: tasks.map((words): [string] => [words]),
});

/**
 * Đảng đoàn Quốc hội, Kế hoạch 3260-KH/ĐĐQH15 (2025): a Party body's plan; part II's 2.2 has one
 * lettered block per committee ("a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT", no colon) with bullet
 * tasks; area 1 and 2.1 name the agency in the sentence or the heading.
 */
export const dangDoanQuocHoi: ExpectedReading = {
  file: 'dang-doan-quoc-hoi-kh-3260-2025.txt',
  document: { kind: 'plan', number: '3260-KH/ĐĐQH15', place: 'Hà Nội', date: '2025-01-10' },
  issuer: 'Đảng đoàn Quốc hội',
  titleStart: 'Kế hoạch khai thực hiện Nghị quyết số 57-NQ/TW',
  // No period is named; the plan's date and its one deadline are in 2025.
  period: { start: 2025, end: 2025 },
  blocks: [
    // "Đảng ở Thường trực Hội đồng Dân tộc, …, lãnh đạo các cơ quan thuộc UBTVQH, … trong phạm vi nhiệm vụ": no body can be read whole.
    { at: '1', tasks: [['Đảng ở Thường trực Hội đồng']] },
    { at: '1', lead: ['dang-doan-quoc-hoi'], coordinating: ['dang-uy-co-quan-van-phong-quoc-hoi'], tasks: [['Đảng đoàn Quốc hội phối hợp']] },
    {
      at: '2.1',
      responsible: ['dang-doan-quoc-hoi'],
      tasks: [['Khẩn trương, quyết liệt tổ chức rà', ['year', '2025-12-31']], ['Thực hiện nhiệm vụ sửa đổi,'], ['Chủ động xây dựng, triển khai']],
    },
    lettered('a', TO_DANG('uy-ban-kh-cn-mt'), [
      'Là cơ quan đầu mối, tham',
      'Chủ trì thẩm tra các dự',
      'Chủ trì thẩm tra và giám',
      'Chủ trì giám sát việc thực',
      'Chủ động tổ chức việc rà',
      'Thực hiện một số nội dung',
    ]),
    lettered('b', TO_DANG('hoi-dong-dan-toc'), ['Tham gia thẩm tra chính sách,', 'Giám sát việc thực hiện chính', 'Thực hiện một số nội dung']),
    lettered('c', TO_DANG('uy-ban-phap-luat'), ['Chủ trì thẩm tra, giám sát', 'Chủ trì thẩm tra, đề xuất', 'Thực hiện một số nội dung']),
    lettered('d', TO_DANG('uy-ban-tu-phap'), ['Chủ trì thẩm tra, giám sát', 'Thực hiện một số nội dung']),
    lettered('e', TO_DANG('uy-ban-kinh-te'), ['Chủ trì thẩm tra và giám', 'Tiếp tục rà soát, kiến nghị', 'Kiến nghị cơ chế, chính sách', 'Thực hiện một số nội dung']),
    lettered('g', TO_DANG('uy-ban-tai-chinh-ngan-sach'), ['Chủ trì thẩm tra, giám sát', 'Kiến nghị cơ chế, chính sách', 'Thực hiện một số nội dung']),
    lettered('h', TO_DANG('uy-ban-quoc-phong-va-an-ninh'), ['Chủ trì thẩm tra, giám sát', 'Tiếp tục tổ chức rà soát,', 'Thực hiện một số nội dung']),
    lettered('i', TO_DANG('uy-ban-van-hoa-giao-duc'), [
      'Chủ trì thẩm tra và giám',
      'Tiếp tục tổ chức rà soát,',
      'Kiến nghị cơ chế, chính sách',
      'Thực hiện một số nội dung',
    ]),
    lettered('k', TO_DANG('uy-ban-xa-hoi'), ['Chủ trì thẩm tra và giám', 'Tổ chức rà soát, kiến nghị', 'Thực hiện một số nội dung']),
    lettered('l', TO_DANG('uy-ban-doi-ngoai'), ['Chủ trì thẩm tra, giám sát', 'Thực hiện một số nội dung']),
    lettered('m', 'dang-uy-co-quan-van-phong-quoc-hoi', [
      'Phối hợp tổ chức phổ biến,',
      'Lãnh đạo việc tổ chức thực',
      'Bảo đảm các điều kiện về',
      'Chỉ đạo việc quy định cụ',
    ]),
    // "Lãnh đạo Ban Dân nguyện": the board's leadership, so the board.
    lettered('n', 'ban-dan-nguyen', ['Chủ trì giúp UBTVQH trong công']),
    lettered('o', 'ban-cong-tac-dai-bieu', ['Chủ trì giúp UBTVQH trong công']),
    // "Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội": every delegation and deputy, no one body.
    { at: '2.2 p', all: true, tasks: [['Giám sát tại địa phương việc']] },
  ],
  references: ['57-NQ/TW'],
  implementation: 3,
};
