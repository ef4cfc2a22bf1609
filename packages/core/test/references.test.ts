import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCitation, readReferences } from '../src/parse/references.js';
import type { Program } from '../src/schema.js';

const dataset = JSON.parse(readFileSync(new URL('../data/binh-thuan-2021-2025.json', import.meta.url), 'utf8')) as Program;
const fields = ({ id, type, number, date, issuer, issuerId }: ReturnType<typeof readReferences>[number]) => ({ id, type, number, date, issuer, issuerId });

describe('readReferences', () => {
  test.each([
    [
      'Xét đề nghị tại Tờ trình số 33/TTr-SLĐTBXH ngày 16 tháng 4 năm 2020',
      { id: 'to-trinh-33-ttr-sldtbxh', type: 'submission', number: '33/TTr-SLĐTBXH', date: '2020-04-16', issuer: null, issuerId: null },
    ],
    [
      'theo Chương trình số 53-CTr/TU ngày 21-02-2018 của Ban Chấp hành Đảng bộ tỉnh khóa XV thực hiện',
      { id: 'chuong-trinh-53-ctr-tu', type: 'program', number: '53-CTr/TU', date: '2018-02-21', issuer: 'Ban Chấp hành Đảng bộ tỉnh', issuerId: 'ban-chap-hanh-dang-bo-tinh' },
    ],
    [
      'Công văn số 8935/BNV-CTTN&BĐG ngày 3/9/2019 của Bộ Nội vụ',
      { id: 'cong-van-8935-bnv-cttn-bdg', type: 'official-letter', number: '8935/BNV-CTTN&BĐG', date: '2019-09-03', issuer: 'Bộ Nội vụ', issuerId: 'bo-noi-vu' },
    ],
    [
      'thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị',
      { id: 'nghi-quyet-57-nq-tw', type: 'resolution', number: '57-NQ/TW', date: null, issuer: 'Bộ Chính trị', issuerId: 'bo-chinh-tri' },
    ],
    [
      'Quyết định số 416/QĐ-TTg  ngày 25 tháng 3 năm 2020 của Thủ tướng Chính phủ về ban hành',
      { id: 'quyet-dinh-416-qd-ttg', type: 'decision', number: '416/QĐ-TTg', date: '2020-03-25', issuer: 'Thủ tướng Chính phủ', issuerId: 'thu-tuong-chinh-phu' },
    ],
    [
      'Nghị quyết số 27/NQ- TW ngày 09/11/2022 của Ban Chấp hành\nTrung ương đảng khóa XIII về tiếp tục',
      { id: 'nghi-quyet-27-nq-tw', type: 'resolution', number: '27/NQ-TW', date: '2022-11-09', issuer: 'Ban Chấp hành Trung ương đảng', issuerId: 'ban-chap-hanh-trung-uong-dang' },
    ],
    [
      'Quyết định số 435/QĐ-UBND, ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh Kon Tum)',
      { id: 'quyet-dinh-435-qd-ubnd', type: 'decision', number: '435/QĐ-UBND', date: '2020-05-04', issuer: 'Ủy ban nhân dân tỉnh Kon Tum', issuerId: 'ubnd-tinh' },
    ],
    [
      'Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị',
      { id: 'quy-dinh-178-qd-tw', type: 'regulation', number: '178-QĐ/TW', date: '2024-06-27', issuer: 'Bộ Chính trị', issuerId: 'bo-chinh-tri' },
    ],
    [
      'Thông báo kết luận số 12-TB/TW của Ban Bí thư',
      { id: 'thong-bao-ket-luan-12-tb-tw', type: 'conclusion-notice', number: '12-TB/TW', date: null, issuer: 'Ban Bí thư', issuerId: 'ban-bi-thu-trung-uong-dang' },
    ],
    [
      'Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 03.9.2015',
      { id: 'thong-tu-lien-tich-01-2015-ttlt-bnv-btc', type: 'joint-circular', number: '01/2015/TTLT-BNV-BTC', date: '2015-09-03', issuer: null, issuerId: null },
    ],
    [
      'Luật số 77/2015/QH13 của Quốc hội',
      { id: 'luat-77-2015-qh13', type: 'law', number: '77/2015/QH13', date: null, issuer: 'Quốc hội', issuerId: 'quoc-hoi' },
    ],
    [
      'KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ',
      { id: 'ke-hoach-119-kh-tu', type: 'plan', number: '119-KH/TU', date: '2019-12-18', issuer: 'BAN THƯỜNG VỤ TỈNH ỦY', issuerId: 'ban-thuong-vu-tinh-uy' },
    ],
  ])('%s', (text, expected) => {
    const [reference, ...others] = readReferences(text);
    expect(others).toEqual([]);
    expect(fields(reference!)).toEqual(expected);
    expect(text.slice(reference!.start, reference!.end)).toBe(reference!.text);
  });

  test.each([
    ['Thông tri số 02-TT/TU của Tỉnh ủy', 'thong-tri-02-tt-tu', 'party-notice', 'Tỉnh ủy'],
    ['Hướng dẫn số 05-HD/BTGTW của Ban Tuyên giáo Trung ương', 'huong-dan-05-hd-btgtw', 'guidance', 'Ban Tuyên giáo Trung ương'],
    ['Pháp lệnh số 02/2022/UBTVQH15 của Ủy ban Thường vụ Quốc hội', 'phap-lenh-02-2022-ubtvqh15', 'ordinance', 'Ủy ban Thường vụ Quốc hội'],
    ['Đề án số 06/ĐA-UBND của UBND tỉnh Bắc Ninh', 'de-an-06-da-ubnd', 'scheme', 'UBND tỉnh Bắc Ninh'],
    ['Báo cáo số 120/BC-UBND của Ủy ban nhân dân tỉnh', 'bao-cao-120-bc-ubnd', 'report', 'Ủy ban nhân dân tỉnh'],
    ['Thông báo số 15-TB/TW của Bộ Chính trị', 'thong-bao-15-tb-tw', 'notice', 'Bộ Chính trị'],
    ['Kết luận số 54-KL/TW của Bộ Chính trị (khóa XII)', 'ket-luan-54-kl-tw', 'conclusion', 'Bộ Chính trị'],
    ['Chỉ thị số 13-CT/TW của Ban Bí thư Trung ương Đảng', 'chi-thi-13-ct-tw', 'directive', 'Ban Bí thư Trung ương Đảng'],
    ['Nghị định 45/2025/NĐ-CP của Chính phủ', 'nghi-dinh-45-2025-nd-cp', 'decree', 'Chính phủ'],
  ])('%s', (text, id, type, issuer) => {
    expect(readReferences(text).map(({ id, type, issuer }) => ({ id, type, issuer }))).toEqual([{ id, type, issuer }]);
  });

  test.each([
    'Thực hiện Kế hoạch 5 năm và Chương trình 2021-2025 của tỉnh.',
    'Luật Đầu tư công, Đề án “Tuyên truyền, phổ biến pháp luật”.',
    'báo cáo kết quả thực hiện trước ngày 15/11.',
  ])('no numbered document in "%s"', (text) => {
    expect(readReferences(text)).toEqual([]);
  });

  test('a shared issuer goes to both citations; "khóa XII" stays in the text, not in the issuer', () => {
    const found = readReferences('Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII');
    expect(found.map(({ issuer }) => issuer)).toEqual(['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng']);
    expect(found[1]!.text).toBe('Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII');
  });

  test('reads every reference of the committed dataset with the same id, number, date and text', () => {
    expect(dataset.references).toHaveLength(20);
    for (const reference of dataset.references) {
      const [read] = readReferences(reference.text);
      // An issuer shared with the next citation ("… ngày 12/9/2018 và Quyết định số … của UBND tỉnh") is not in this text.
      const issuer = reference.text.includes(' của ') ? reference.issuer : null;
      expect(read && { id: read.id, type: read.type, number: read.number, date: read.date, issuer: read.issuer, text: read.text }, reference.text).toEqual(
        { id: reference.id, type: reference.type, number: reference.number, date: reference.date, issuer, text: reference.text },
      );
    }
  });
});

describe('readCitation (one citation typed by a person)', () => {
  test('reads a full citation', () => {
    expect(readCitation(' Quyết định số 123/QĐ-UBND ngày 05/3/2024 của UBND tỉnh ')).toEqual({
      ok: true,
      reference: {
        id: 'quyet-dinh-123-qd-ubnd',
        type: 'decision',
        number: '123/QĐ-UBND',
        date: '2024-03-05',
        issuer: 'UBND tỉnh',
        issuerId: 'ubnd-tinh',
        text: 'Quyết định số 123/QĐ-UBND ngày 05/3/2024 của UBND tỉnh',
        start: 0,
        end: 'Quyết định số 123/QĐ-UBND ngày 05/3/2024 của UBND tỉnh'.length,
      },
    });
  });

  test('keeps an issuer the register does not know, and accepts a title after "về"', () => {
    expect(readCitation('Công văn số 45/SXT-VP của Sở Xúc tiến Thương mại')).toMatchObject({ ok: true, reference: { issuer: 'Sở Xúc tiến Thương mại', issuerId: null } });
    expect(readCitation('Kế hoạch số 7/KH-UBND ngày 2/1/2025 về chuyển đổi số')).toMatchObject({ ok: true, reference: { date: '2025-01-02', issuer: null } });
  });

  test.each([
    ['', 'found nothing'],
    ['Giấy mời số 12/GM-UBND', 'expected the document type first'],
    ['Quyết định ngày 05/3/2024', 'expected a document number after "Quyết định"'],
    ['Quyết định số 123/QĐ-UBND ngày 31/2/2024', '"ngày 31/2/2024" is not a date'],
    ['Quyết định số 123/QĐ-UBND ngày 29 tháng 13 năm 2024', 'is not a date'],
    ['Quyết định số 123/QĐ-UBND ngày hôm qua', 'expected a date after "ngày"'],
    ['Quyết định số 123/QĐ-UBND đã ký', 'found "đã ký"'],
  ])('"%s": a clear problem', (citation, problem) => {
    const read = readCitation(citation);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toContain(problem);
  });
});
