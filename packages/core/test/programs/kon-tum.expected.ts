import type { ExpectedReading } from './reading.js';

const LDTBXH = 'so-lao-dong-thuong-binh-va-xa-hoi';
const LDLD = 'lien-doan-lao-dong-tinh';
const UBND_HUYEN = 'ubnd-cac-huyen-thi-xa-thanh-pho';
const BQL_KKT = 'ban-quan-ly-khu-kinh-te-tinh';
// "Sở LĐTBXH chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan; UBND các huyện, thành phố."
const labour = { lead: [LDTBXH], coordinating: [LDLD, UBND_HUYEN], generic: true };

/**
 * Kon Tum, Quyết định 435/QĐ-UBND (2020): a cover decision, then the program. Part II's items
 * 1.1–3.4 each end in "- Cơ quan thực hiện: …" and "- Thời gian thực hiện: …"; an item without
 * them (1.1; 3.1–3.3) shares the fields that close its run of items.
 */
export const konTum: ExpectedReading = {
  file: 'kon-tum-qd-435-2020-ctrhd.txt',
  document: { kind: 'program', number: '435/QĐ-UBND', place: 'Kon Tum', date: '2020-05-04' },
  issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
  titleStart: 'Chương trình hành động triển khai kế hoạch số 119-KH/TU',
  // The text names no period; its deadlines and its date are all in 2020.
  period: { start: 2020, end: 2020 },
  blocks: [
    {
      at: '1.1',
      responsible: [UBND_HUYEN],
      all: true,
      tasks: [['Tổ chức nghiên cứu, tuyên truyền,', ['ongoing', null], ['quarter', '2020-06-30']]],
    },
    {
      at: '1.2',
      responsible: [UBND_HUYEN],
      all: true,
      tasks: [
        ['Nâng cao vai trò, trách nhiệm', ['ongoing', null], ['quarter', '2020-06-30']],
        ['Tuyên truyền nâng cao nhận thức', ['ongoing', null], ['quarter', '2020-06-30']],
      ],
    },
    { at: '1.3', ...labour, tasks: [['Tiếp tục thực hiện hiệu quả', ['ongoing', null]]] },
    { at: '1.4', lead: [UBND_HUYEN], coordinating: [BQL_KKT], generic: true, tasks: [['Xây dựng kế hoạch và triển', ['annual', null]]] },
    { at: '2.1', ...labour, tasks: [['Rà soát, kiến nghị cấp có', ['annual', null], ['quarter', '2020-06-30']]] },
    { at: '2.2', lead: [LDTBXH], coordinating: [LDLD, BQL_KKT, UBND_HUYEN], tasks: [['Tăng cường kiểm tra, thanh tra', ['annual', null]]] },
    {
      at: '2.3',
      lead: [UBND_HUYEN],
      // "Liên đoàn Lao động cùng cấp": the union of each district, a body outside the register.
      coordinating: [BQL_KKT, 'lien-doan-lao-dong-cung-cap'],
      generic: true,
      tasks: [['Đẩy mạnh công tác xã hội', ['annual', null]]],
    },
    { at: '2.4', ...labour, tasks: [['Xây dựng cơ sở dữ liệu,', ['conditional', null]]] },
    { at: '2.5', lead: ['so-noi-vu'], coordinating: [LDTBXH, UBND_HUYEN], tasks: [['Tiếp tục rà soát tham mưu', ['annual', null]]] },
    { at: '2.6', ...labour, tasks: [['Căn cứ vào điều kiện thực', ['quarter', '2020-09-30']]] },
    // "Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị": named without "chủ trì".
    { at: '2.7', responsible: ['so-thong-tin-va-truyen-thong'], tasks: [['Đẩy mạnh công tác tuyên truyền', ['ongoing', null]]] },
    { at: '2.8', lead: ['so-ke-hoach-va-dau-tu'], generic: true, tasks: [['Hướng dẫn, tuyên tuyền, phổ biến', ['annual', null]]] },
    { at: '2.9', lead: ['so-xay-dung'], generic: true, tasks: [['Bố trí quỹ đất, có', ['annual', null]]] },
    { at: '2.10', lead: ['so-van-hoa-the-thao-va-du-lich'], coordinating: [LDLD], generic: true, tasks: [['Rà soát, đề xuất công tác', ['annual', null]]] },
    {
      at: '3.1',
      ...labour,
      tasks: [
        ['Rà soát, kiện toàn, nâng cao', ['annual', null]],
        ['Phát huy vai trò của thiết', ['annual', null]],
      ],
    },
    { at: '3.2', ...labour, tasks: [['Việc giải quyết tranh chấp lao', ['annual', null]]] },
    { at: '3.3', ...labour, tasks: [['Chỉ đạo nghiên cứu, kiện toàn', ['annual', null]]] },
    { at: '3.4', ...labour, tasks: [['Tập huấn bồi dưỡng, nâng cao', ['annual', null]]] },
  ],
  references: [
    '435/QĐ-UBND', '119-KH/TU', '37-CT/TW', '416/QĐ-TTg', '33/TTr-SLĐTBXH', '42/TTr-SLĐTBXH', '2401/KH-UBND',
    '51-CTr/TU', '18-NQ/TW', '53-CTr/TU', '19-NQ/TW', '739/KH-UBND', '740/KH-UBND',
  ],
  implementation: 5,
};
