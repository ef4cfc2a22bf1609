import type { AgencyKind } from '../schema.js';
import { normalizeSpace, slugify } from '../text.js';

/**
 * Agencies of Bình Thuận province that the program names, with their official English names.
 * The text gives only Vietnamese names, so English names and kinds cannot be derived: this table
 * is the one place they are written down. `aliases` lists other spellings that mean the same body.
 */
export const KNOWN_AGENCIES: ReadonlyArray<{
  name: string;
  nameEn: string;
  kind: AgencyKind;
  aliases?: readonly string[];
}> = [
  { name: 'Sở Công Thương', nameEn: 'Department of Industry and Trade', kind: 'department' },
  {
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    nameEn: 'Department of Culture, Sports and Tourism',
    kind: 'department',
    aliases: ['Sở Văn hóa - Thể thao và Du lịch'],
  },
  { name: 'Sở Giao thông vận tải', nameEn: 'Department of Transport', kind: 'department' },
  {
    name: 'Sở Thông tin và Truyền thông',
    nameEn: 'Department of Information and Communications',
    kind: 'department',
  },
  { name: 'Sở Kế hoạch và Đầu tư', nameEn: 'Department of Planning and Investment', kind: 'department' },
  { name: 'Sở Xây dựng', nameEn: 'Department of Construction', kind: 'department' },
  {
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    nameEn: 'Department of Agriculture and Rural Development',
    kind: 'department',
  },
  {
    name: 'Sở Tài nguyên và Môi trường',
    nameEn: 'Department of Natural Resources and Environment',
    kind: 'department',
  },
  { name: 'Sở Tài chính', nameEn: 'Department of Finance', kind: 'department' },
  { name: 'Sở Giáo dục và Đào tạo', nameEn: 'Department of Education and Training', kind: 'department' },
  {
    name: 'Sở Lao động - Thương binh và Xã hội',
    nameEn: 'Department of Labour, Invalids and Social Affairs',
    kind: 'department',
  },
  { name: 'Sở Nội vụ', nameEn: 'Department of Home Affairs', kind: 'department' },
  { name: 'Sở Khoa học và Công nghệ', nameEn: 'Department of Science and Technology', kind: 'department' },
  { name: 'Sở Y tế', nameEn: 'Department of Health', kind: 'department' },
  { name: 'Sở Tư pháp', nameEn: 'Department of Justice', kind: 'department' },
  {
    name: 'Ban Quản lý các Khu công nghiệp',
    nameEn: 'Industrial Zones Management Board',
    kind: 'management-board',
  },
  {
    name: 'Liên minh các Hợp tác xã tỉnh',
    nameEn: 'Provincial Cooperative Alliance',
    kind: 'association',
  },
  {
    name: 'UBND các huyện, thị xã, thành phố',
    nameEn: "People's Committees of districts, towns and cities",
    kind: 'local-government',
    aliases: ['Ủy ban nhân dân các huyện, thị xã, thành phố'],
  },
  { name: 'Cục Thuế tỉnh', nameEn: 'Provincial Tax Department', kind: 'state-agency-branch' },
  { name: 'Bảo hiểm xã hội tỉnh', nameEn: 'Provincial Social Insurance', kind: 'state-agency-branch' },
  { name: 'Bộ Chỉ huy Quân sự tỉnh', nameEn: 'Provincial Military Command', kind: 'military' },
  { name: 'Công an tỉnh', nameEn: 'Provincial Police', kind: 'police' },
  {
    name: 'Văn phòng UBND tỉnh',
    nameEn: "Office of the Provincial People's Committee",
    kind: 'office',
    aliases: ['Văn phòng Ủy ban nhân dân tỉnh'],
  },
];

/**
 * Comparison key for agency names: lowercase, punctuation and the connective "và" dropped, so
 * "Sở Văn hóa, Thể thao và Du lịch" and "Sở Văn hóa - Thể thao và Du lịch" share one key.
 */
export function agencyKey(name: string): string {
  return normalizeSpace(
    name
      .toLowerCase()
      .replace(/[,;:.\-–()]/g, ' ')
      .replace(/(^|\s)và(?=\s|$)/g, ' '),
  );
}

export interface AgencyEntry {
  id: string;
  name: string;
  nameEn: string | null;
  kind: AgencyKind;
}

const KNOWN_BY_KEY = new Map<string, AgencyEntry>();
for (const known of KNOWN_AGENCIES) {
  const entry = { id: slugify(known.name), name: known.name, nameEn: known.nameEn, kind: known.kind };
  for (const spelling of [known.name, ...(known.aliases ?? [])]) KNOWN_BY_KEY.set(agencyKey(spelling), entry);
}

/** The registry entry for a spelling of a known agency name, or undefined. */
export function lookupAgency(name: string): AgencyEntry | undefined {
  return KNOWN_BY_KEY.get(agencyKey(name));
}

const KIND_BY_FIRST_WORDS: ReadonlyArray<[RegExp, AgencyKind]> = [
  [/^sở\s/i, 'department'],
  [/^ban quản lý\s/i, 'management-board'],
  [/^văn phòng\s/i, 'office'],
  [/^công an\s/i, 'police'],
  [/^(bộ|ban) chỉ huy\s/i, 'military'],
  [/^(ubnd|ủy ban nhân dân)\s/i, 'local-government'],
  [/^(cục|chi cục|bảo hiểm|kho bạc|ngân hàng)\s/i, 'state-agency-branch'],
  [/^(liên minh|hội|liên đoàn|mặt trận|tỉnh đoàn)\s/i, 'association'],
];

/** An entry for a name that is not in the registry: slug id, no English name, kind from its first words. */
export function unknownAgency(name: string): AgencyEntry {
  const kind = KIND_BY_FIRST_WORDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
  return { id: slugify(name), name, nameEn: null, kind };
}
