import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lookupAgency, unknownAgency } from '../src/parse/agencies.js';
import { AGENCY_KINDS } from '../src/constants.js';
import { AGENCY_LEVELS } from '../src/register/kinds.js';
import { AGENCY_REGISTER, classifyAgencyName, lookupRegister, registerSpellings } from '../src/register/register.js';
import { nameKey, wordKey } from '../src/register/tokens.js';
import type { Agency } from '../src/schema.js';
import { slugify } from '../src/text.js';

const dataset = JSON.parse(readFileSync(new URL('../data/binh-thuan-2021-2025.json', import.meta.url), 'utf8')) as { agencies: Agency[] };

describe('the agency register', () => {
  test('no spelling (alias key) belongs to two entries, and no id to two names', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of AGENCY_REGISTER) {
      for (const spelling of registerSpellings(entry)) {
        const owner = owners.get(nameKey(spelling));
        if (owner !== undefined && owner !== entry.name) clashes.push(`${spelling}: ${owner} / ${entry.name}`);
        owners.set(nameKey(spelling), entry.name);
      }
    }
    expect(clashes).toEqual([]);
    expect(new Set(AGENCY_REGISTER.map((entry) => entry.id)).size).toBe(AGENCY_REGISTER.length);
  });

  test('every entry has an English name, a kind, a level and ordered ISO validity dates', () => {
    for (const entry of AGENCY_REGISTER) {
      expect(entry.nameEn.trim(), entry.name).not.toBe('');
      expect(AGENCY_KINDS, entry.name).toContain(entry.kind);
      expect(AGENCY_LEVELS, entry.name).toContain(entry.level);
      expect(entry.id).toBe(slugify(entry.name));
      for (const date of [entry.validFrom, entry.validTo]) if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (entry.validFrom && entry.validTo) expect(entry.validFrom < entry.validTo, entry.name).toBe(true);
      // Each spelling finds its own entry again.
      for (const spelling of registerSpellings(entry)) expect(lookupRegister(spelling)?.id, spelling).toBe(entry.id);
    }
  });

  test("keeps the committed dataset's agencies: same id, canonical name, English name and kind", () => {
    expect(dataset.agencies).toHaveLength(23);
    for (const agency of dataset.agencies) {
      for (const spelling of [agency.name, ...agency.aliases]) {
        expect(lookupAgency(spelling), spelling).toEqual({ id: agency.id, name: agency.name, nameEn: agency.nameEn, kind: agency.kind });
      }
    }
  });

  test('covers the 2025 reorganisation on both sides', () => {
    expect(lookupRegister('Bộ Kế hoạch và Đầu tư')).toMatchObject({ kind: 'ministry', validTo: '2025-02-28' });
    expect(lookupRegister('Bộ Nông nghiệp và Môi trường')).toMatchObject({ nameEn: 'Ministry of Agriculture and Environment', validFrom: '2025-03-01' });
    expect(lookupRegister('Sở Nông nghiệp và Môi trường')).toMatchObject({ id: 'so-nong-nghiep-va-moi-truong', validFrom: '2025-03-01' });
    expect(lookupRegister('Sở Dân tộc và Tôn giáo')?.kind).toBe('department');
    expect(lookupRegister('Ủy ban Pháp luật và Tư pháp')).toMatchObject({ kind: 'national-assembly', validFrom: '2025-03-01' });
    expect(lookupRegister('Ủy ban Tài chính, Ngân sách')).toMatchObject({ kind: 'national-assembly', validTo: '2025-02-28' });
    expect(lookupRegister('UBND các huyện, thị xã, thành phố')?.validTo).toBe('2025-06-30');
    expect(lookupRegister('UBND các xã, phường, đặc khu')?.id).toBe('ubnd-cap-xa');
  });
});

describe('name normalisation', () => {
  test.each([
    ['Uỷ ban nhân dân tỉnh', 'ubnd-tinh'],
    ['Ủy ban nhân dân tỉnh', 'ubnd-tinh'],
    ['UBND tỉnh Bắc Ninh', 'ubnd-tinh'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'so-van-hoa-the-thao-va-du-lich'],
    ['Sở Văn hóa - Thể thao và Du lịch', 'so-van-hoa-the-thao-va-du-lich'],
    ['Sở Văn hóa – Thể thao & Du lịch', 'so-van-hoa-the-thao-va-du-lich'],
    ['Sở Văn hóa, Thể thao và Du lịch'.normalize('NFD'), 'so-van-hoa-the-thao-va-du-lich'],
    ['Sở  Lao động – Thương binh và xã hội', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['Sở LĐ-TB&XH', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['Công an tỉnh Bình Thuận', 'cong-an-tinh'],
    ['Công an thành phố Hà Nội', 'cong-an-tinh'],
    ['Sở Tài chính tỉnh Kon Tum', 'so-tai-chinh'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'uy-ban-mat-tran-to-quoc-viet-nam-tinh'],
    ['HĐND tỉnh', 'hdnd-tinh'],
    ['Hội đồng nhân dân tỉnh', 'hdnd-tinh'],
    ['Ủy ban KH,CN&MT', 'uy-ban-khoa-hoc-cong-nghe-va-moi-truong'],
    ['Ban quản lý Khu kinh tế tỉnh', 'ban-quan-ly-khu-kinh-te-tinh'],
    ['Bộ Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng', 'bo-chi-huy-bo-doi-bien-phong-tinh'],
  ])('"%s" is %s', (spelling, id) => {
    expect(lookupRegister(spelling)?.id).toBe(id);
  });

  test('old and new tone placement give one key', () => {
    for (const [oldStyle, newStyle] of [['hoà', 'hòa'], ['thuỷ', 'thủy'], ['khoẻ', 'khỏe'], ['Uỷ', 'Ủy'], ['toà', 'tòa']] as const) {
      expect(wordKey(oldStyle)).toBe(wordKey(newStyle));
    }
    expect(wordKey('hoàn')).not.toBe(wordKey('hoan'));
  });

  test('text after a name that is not its place makes it a different name', () => {
    expect(lookupRegister('Sở Tài chính chủ trì')).toBeUndefined();
    expect(lookupRegister('Công an tỉnh. Tăng cường')).toBeUndefined();
    expect(lookupRegister(`Công an tỉnh ${'A '.repeat(100)}`)).toBeUndefined();
    expect(lookupRegister(`  Công an tỉnh${' '.repeat(300)}`)?.id).toBe('cong-an-tinh');
  });
});

describe('names outside the register', () => {
  test.each([
    ['Sở Xúc tiến Thương mại', 'department'],
    ['Trung tâm Y tế huyện Tuy Phong', 'public-service-unit'],
    ['Chi cục Kiểm lâm', 'state-agency-branch'],
    ['Tổ đảng ở Thường trực Hội đồng Dân tộc', 'party'],
    ['Đảng ủy cơ quan Văn phòng Quốc hội', 'party'],
    ['Bộ Tư lệnh Vùng Cảnh sát biển 3', 'military'],
    ['Thường trực Hội đồng nhân dân huyện', 'people-council'],
    ['Trường Đại học Quy Nhơn', 'public-service-unit'],
    ['Hội Luật gia tỉnh', 'association'],
  ])('"%s" is an unregistered %s', (name, kind) => {
    expect(classifyAgencyName(name)).toEqual({ entry: { id: slugify(name), name, nameEn: null, kind }, known: false });
  });

  test('a sentence fragment or a generic phrase is rejected with the reason', () => {
    expect(classifyAgencyName('đôn đốc, hướng dẫn các đơn vị')).toEqual({ rejected: expect.stringContaining('head word') });
    expect(classifyAgencyName('Tăng cường công tác tuyên truyền')).toEqual({ rejected: expect.stringContaining('head word') });
    expect(classifyAgencyName('các sở, ban, ngành')).toEqual({ rejected: expect.stringContaining('generic') });
    expect(classifyAgencyName('  ')).toEqual({ rejected: expect.stringContaining('no words') });
  });

  test("the contract (format 2) holds the register's kinds and keeps an unknown name's slug", () => {
    expect(lookupAgency('Bộ Công an')).toEqual({ id: 'bo-cong-an', name: 'Bộ Công an', nameEn: 'Ministry of Public Security', kind: 'ministry' });
    expect(unknownAgency('Sở Xúc tiến Thương mại')).toEqual({ id: 'so-xuc-tien-thuong-mai', name: 'Sở Xúc tiến Thương mại', nameEn: null, kind: 'department' });
    expect(unknownAgency('Tăng cường')).toEqual({ id: 'tang-cuong', name: 'Tăng cường', nameEn: null, kind: 'other' });
  });
});
