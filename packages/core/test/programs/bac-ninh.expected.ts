import type { ExpectedReading } from './reading.js';

const TU_PHAP = 'so-tu-phap';
const NOI_VU = 'so-noi-vu';
const KHCN = 'so-khoa-hoc-va-cong-nghe';
const XA = 'ubnd-cap-xa';
// "Đơn vị chủ trì thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã."
const everyone = { lead: [XA], all: true };

/**
 * Bắc Ninh, Kế hoạch 141/KH-UBND (2025): web-scraped hard wraps ("I. MỤC ĐÍCH," ⏎ "YÊU CẦU",
 * labels cut mid-word); part III's items hold bullets, each run closed by "Đơn vị chủ trì thực
 * hiện:", "Đơn vị phối hợp:", "Thời gian thực hiện:". Parts I (purpose) and II (targets) hold no tasks.
 */
export const bacNinh: ExpectedReading = {
  file: 'bac-ninh-kh-141-2025.txt',
  document: { kind: 'plan', number: '141/KH-UBND', place: 'Bắc Ninh', date: '2025-11-20' },
  issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh',
  titleStart: 'Kế hoạch nâng cao năng lực cho đội ngũ cán bộ',
  period: { start: 2026, end: 2030 },
  blocks: [
    { at: '1', ...everyone, coordinating: [NOI_VU, TU_PHAP], tasks: [['Thường xuyên rà soát, kiện toàn', ['ongoing', null]]] },
    { at: '2', ...everyone, coordinating: [TU_PHAP], tasks: [['Thường xuyên tuyên truyền, phổ biến,', ['ongoing', null]]] },
    {
      at: '3',
      ...everyone,
      coordinating: [TU_PHAP],
      tasks: [
        ['Các cơ quan, đơn vị, địa', ['ongoing', null]],
        ['Đề nghị người đứng đầu cấp', ['ongoing', null]],
      ],
    },
    {
      at: '4',
      ...everyone,
      coordinating: [TU_PHAP],
      tasks: [
        ['Tăng cường công tác giáo dục', ['ongoing', null]],
        ['Nâng cao nhận thức, ý thức', ['ongoing', null]],
      ],
    },
    { at: '4', lead: [TU_PHAP], generic: true, tasks: [['Tổ chức tập huấn, bồi dưỡng', ['annual', null]]] },
    { at: '4', lead: [NOI_VU], coordinating: [TU_PHAP], generic: true, tasks: [['Nâng cao kiến thức, kỹ năng', ['annual', null]]] },
    { at: '5', lead: [NOI_VU], coordinating: [TU_PHAP], generic: true, tasks: [['Nghiên cứu tham mưu UBND tỉnh', ['period', '2030-12-31']]] },
    { at: '5', all: true, coordinating: [TU_PHAP], tasks: [['Các cơ quan, đơn vị, địa', ['ongoing', null]]] },
    { at: '5', all: true, coordinating: [TU_PHAP], tasks: [['Thực hiện cơ chế đặc thù,', ['ongoing', null]]] },
    // "Từ 01/7/2025": ongoing from that day.
    { at: '6', all: true, coordinating: ['so-tai-chinh', TU_PHAP], tasks: [['Thực hiện kịp thời, đầy đủ', ['ongoing', null]]] },
    { at: '7', lead: [KHCN], coordinating: [TU_PHAP], generic: true, tasks: [['Tăng cường ưu tiên ứng dụng', ['ongoing', null]]] },
    { at: '7', lead: [KHCN], coordinating: [TU_PHAP], tasks: [['Ra mắt AI pháp luật hỗ', ['month', '2025-12-31']]] },
    { at: '7', lead: [TU_PHAP], generic: true, tasks: [['Cập nhật, khai thác, sử dụng', ['ongoing', null]]] },
    {
      at: '7',
      lead: ['bao-va-phat-thanh-truyen-hinh-tinh', TU_PHAP],
      coordinating: [KHCN, 'trung-tam-thong-tin-tinh'],
      all: true,
      generic: true,
      tasks: [['Xây dựng, duy trì thường xuyên', ['ongoing', null]]],
    },
    { at: '8', lead: [TU_PHAP], generic: true, tasks: [['Tổ chức hội nghị, hội thảo', ['annual', null]]] },
    { at: '9', lead: [TU_PHAP], coordinating: ['van-phong-ubnd-tinh'], generic: true, tasks: [['Tham mưu, đề xuất tổ chức', ['annual', null]]] },
  ],
  references: ['14-KH/TU', '24/KH-UBND', '66-NQ/TW', '27/NQ-TW', '178-QĐ/TW', '197/2025/QH15'],
  implementation: 6,
};
