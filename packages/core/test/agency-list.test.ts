import { describe, expect, test, vi } from 'vitest';
import { type AgencyMention, readAgencyList } from '../src/parse/agencies.js';

/** Each mention as "REG id" (register), "NEW kind name" (by head word) or "ALL name" (generic). */
const summary = (mentions: AgencyMention[]) =>
  mentions.map((mention) =>
    mention.generic ? `ALL ${mention.name}` : mention.known ? `REG ${mention.entry.id}` : `NEW ${mention.entry.kind} ${mention.name}`,
  );

describe('readAgencyList', () => {
  test.each([
    [
      'Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ và UBND các huyện, thị xã, thành phố',
      ['REG so-van-hoa-the-thao-va-du-lich', 'REG so-noi-vu', 'REG ubnd-cac-huyen-thi-xa-thanh-pho'],
    ],
    ['Các Sở, ngành, đơn vị, UBND cấp xã.', ['ALL Các Sở, ngành, đơn vị', 'REG ubnd-cap-xa']],
    ['Ủy ban Tài chính, Ngân sách; Ủy ban Kinh tế', ['REG uy-ban-tai-chinh-ngan-sach', 'REG uy-ban-kinh-te']],
    ['Bộ Công an, Bộ Quốc phòng & các cơ quan liên quan', ['REG bo-cong-an', 'REG bo-quoc-phong', 'ALL các cơ quan liên quan']],
    [
      'Liên đoàn Lao động tỉnh; các sở, ngành liên quan; Uỷ ban nhân dân các huyện, thành phố.',
      ['REG lien-doan-lao-dong-tinh', 'ALL các sở, ngành liên quan', 'REG ubnd-cac-huyen-thi-xa-thanh-pho'],
    ],
    [
      'Hội đồng Dân tộc, các Ủy ban của Quốc hội, Văn phòng Quốc hội, các cơ quan thuộc UBTVQH',
      ['REG hoi-dong-dan-toc', 'ALL các Ủy ban của Quốc hội', 'REG van-phong-quoc-hoi', 'ALL các cơ quan thuộc UBTVQH'],
    ],
    ['Sở Dân tộc và Tôn giáo, Sở Nông nghiệp và Môi trường', ['REG so-dan-toc-va-ton-giao', 'REG so-nong-nghiep-va-moi-truong']],
    [
      'Công an tỉnh Bình Thuận, Trung tâm Văn hóa và Thể thao, Ban Quản lý Khu Kinh tế tỉnh',
      ['REG cong-an-tinh', 'NEW public-service-unit Trung tâm Văn hóa và Thể thao', 'REG ban-quan-ly-khu-kinh-te-tinh'],
    ],
    ['Tổ đảng ở Thường trực Ủy ban KH,CN&MT', ['NEW party Tổ đảng ở Thường trực Ủy ban KH,CN&MT']],
    ['các địa phương', ['ALL các địa phương']],
    ['Sở Tư pháp, Tài chính, Kế hoạch và Đầu tư', ['REG so-tu-phap', 'REG so-tai-chinh', 'REG so-ke-hoach-va-dau-tu']],
    ['Bộ Công an, Quốc phòng; Ủy ban Kinh tế, Xã hội', ['REG bo-cong-an', 'REG bo-quoc-phong', 'REG uy-ban-kinh-te', 'REG uy-ban-xa-hoi']],
    ['Công an thành phố Hải Phòng, Phòng Tư pháp huyện Hàm Tân', ['REG cong-an-tinh', 'NEW department Phòng Tư pháp huyện Hàm Tân']],
    ['các đơn vị, địa phương có liên quan tham mưu thực hiện.', ['ALL các đơn vị, địa phương có liên quan tham mưu thực hiện']],
    [
      'Báo và Phát thanh, Truyền hình tỉnh; Sở Tư pháp, các cơ quan, đơn vị, địa phương.',
      ['REG bao-va-phat-thanh-truyen-hinh-tinh', 'REG so-tu-phap', 'ALL các cơ quan, đơn vị, địa phương'],
    ],
  ])('%s', (text, expected) => {
    const { mentions, rejected } = readAgencyList(text);
    expect(summary(mentions)).toEqual(expected);
    expect(rejected).toEqual([]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.name);
  });

  test('the same body spelled two ways is one id', () => {
    const { mentions } = readAgencyList('Sở Văn hoá - Thể thao và Du lịch; Sở VHTTDL');
    expect(new Set(mentions.map((mention) => mention.entry?.id))).toEqual(new Set(['so-van-hoa-the-thao-va-du-lich']));
  });

  test('sentence fragments are listed apart, with offsets and the reason', () => {
    const text = 'Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị';
    const { mentions, rejected } = readAgencyList(text);
    expect(summary(mentions)).toEqual(['REG so-thong-tin-va-truyen-thong']);
    expect(rejected.map((fragment) => fragment.text)).toEqual(['đôn đốc', 'hướng dẫn các đơn vị']);
    for (const fragment of rejected) {
      expect(text.slice(fragment.start, fragment.end)).toBe(fragment.text);
      expect(fragment.reason).toContain(fragment.text);
    }
  });

  test('a collective body names no place: a capitalised word after it is not absorbed', () => {
    const { mentions, rejected } = readAgencyList('UBND các huyện, thị xã, thành phố Chủ động');
    expect(summary(mentions)).toEqual(['REG ubnd-cac-huyen-thi-xa-thanh-pho']);
    expect(rejected.map((fragment) => fragment.text)).toEqual(['Chủ động']);
  });

  const names = (count: number) => Array.from({ length: count }, (_, i) => `Sở X${i}`).join(', ');

  test('reads 640 bodies of one list, each by its head word', () => {
    const { mentions, rejected } = readAgencyList(names(640));
    expect(mentions).toHaveLength(640);
    expect(mentions.every((mention) => !mention.known && mention.entry?.kind === 'department')).toBe(true);
    expect(rejected).toEqual([]);
  });

  test('does work in proportion to the list: twice the names, about twice the lookups', () => {
    const lookups = (text: string) => {
      const get = vi.spyOn(Map.prototype, 'get');
      readAgencyList(text);
      const count = get.mock.calls.length;
      get.mockRestore();
      return count;
    };
    const small = lookups(names(640));
    const large = lookups(names(1280));
    expect(small).toBeGreaterThan(640);
    expect(large / small).toBeLessThan(2.2);
  });
});
