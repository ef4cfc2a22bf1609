import { slugify } from '../text.js';
import { REGISTER_SOURCES } from './entries.js';
import type { AgencyKind } from '../schema.js';
import type { AgencyLevel } from './kinds.js';
import { nameKey, type Token, tokenize, wordKey } from './tokens.js';

/** A body of the register. */
export interface RegisterEntry {
  /** `slugify(name)`. */
  id: string;
  name: string;
  nameEn: string;
  kind: AgencyKind;
  level: AgencyLevel;
  aliases: readonly string[];
  validFrom: string | null;
  validTo: string | null;
}

/** A body outside the register, recognised by its head word ("Sở …", "Trung tâm …"). */
export interface UnregisteredAgency {
  id: string;
  name: string;
  nameEn: null;
  kind: AgencyKind;
}

export const AGENCY_REGISTER: readonly RegisterEntry[] = REGISTER_SOURCES.map((source) => ({
  id: slugify(source.name),
  name: source.name,
  nameEn: source.nameEn,
  kind: source.kind,
  level: source.level,
  aliases: source.aliases ?? [],
  validFrom: source.validFrom ?? null,
  validTo: source.validTo ?? null,
}));

interface TrieNode {
  children: Map<string, TrieNode>;
  value?: unknown;
}

/** A trie over word keys: a name is found by walking its words, so a text is matched in one pass. */
class KeyTrie<T> {
  private readonly root: TrieNode = { children: new Map() };

  add(keys: readonly string[], value: T): void {
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
    node.value = value;
  }

  /**
   * The longest name starting at word token `start`: soft separators ("," "và" "&") are skipped
   * inside a name, a hard one (";") ends it. `end` is the index after its last word token.
   */
  longest(tokens: readonly Token[], start: number, prefix: readonly string[] = []): { value: T; end: number } | undefined {
    let node: TrieNode | undefined = this.root;
    for (const key of prefix) node = node?.children.get(key);
    let best: { value: T; end: number } | undefined;
    for (let i = start; i < tokens.length && node; i++) {
      const token = tokens[i]!;
      if (token.type === 'hard') break;
      if (token.type === 'soft') continue;
      for (const key of token.keys) {
        node = node?.children.get(key);
      }
      if (node?.value !== undefined) best = { value: node.value as T, end: i + 1 };
    }
    return best;
  }
}

const keysOf = (name: string) => nameKey(name).split(' ').filter(Boolean);

const PROVINCIAL_SUFFIX = /\s+tỉnh$/u;

/**
 * Every spelling the register matches for an entry: its name, its aliases and, for a provincial
 * body, the "thành phố" form a centrally-run city uses ("Công an thành phố").
 */
export function registerSpellings(entry: RegisterEntry): string[] {
  const spellings = [entry.name, ...entry.aliases];
  if (entry.level !== 'province' || entry.kind === 'local-government') return spellings;
  return [...spellings, ...spellings.filter((spelling) => PROVINCIAL_SUFFIX.test(spelling)).map((spelling) => spelling.replace(PROVINCIAL_SUFFIX, ' thành phố'))];
}

/** Builds a trie on first use, so importing the register (a status editor reading citations) costs nothing until it reads. */
function lazyTrie<T>(fill: (trie: KeyTrie<T>) => void): () => KeyTrie<T> {
  let trie: KeyTrie<T> | undefined;
  return () => {
    if (!trie) fill((trie = new KeyTrie<T>()));
    return trie;
  };
}

const registerTrie = lazyTrie<RegisterEntry>((trie) => {
  for (const entry of AGENCY_REGISTER) {
    for (const spelling of registerSpellings(entry)) trie.add(keysOf(spelling), entry);
  }
});

/** Head words of bodies outside the register, longest first where one begins another. */
const HEAD_WORDS: ReadonlyArray<readonly [string, AgencyKind]> = [
  ['Sở', 'department'],
  ['Bộ', 'ministry'],
  ['Bộ Chỉ huy', 'military'],
  ['Bộ Tư lệnh', 'military'],
  ['Ban Quản lý', 'management-board'],
  ['Ban Chỉ đạo', 'other'],
  ['Ban Thường vụ', 'party'],
  ['Ban Chấp hành', 'party'],
  ['Ban Cán sự đảng', 'party'],
  ['Ban', 'other'],
  ['Ủy ban nhân dân', 'local-government'],
  ['Ủy ban Mặt trận Tổ quốc', 'fatherland-front'],
  ['Ủy ban Kiểm tra', 'party'],
  ['Ủy ban', 'other'],
  ['Chủ tịch Ủy ban nhân dân', 'local-government'],
  ['Hội đồng nhân dân', 'people-council'],
  ['Thường trực Hội đồng nhân dân', 'people-council'],
  ['Thường trực', 'other'],
  ['Hội đồng', 'other'],
  ['Hội', 'association'],
  ['Cục', 'state-agency-branch'],
  ['Chi cục', 'state-agency-branch'],
  ['Tổng cục', 'state-agency-branch'],
  ['Văn phòng', 'office'],
  ['Trung tâm', 'public-service-unit'],
  ['Công an', 'police'],
  ['Đoàn đại biểu Quốc hội', 'national-assembly'],
  ['Đoàn', 'association'],
  ['Tỉnh đoàn', 'association'],
  ['Liên đoàn', 'association'],
  ['Liên minh', 'association'],
  ['Mặt trận', 'fatherland-front'],
  ['Tổ đảng', 'party'],
  ['Đảng ủy', 'party'],
  ['Đảng đoàn', 'party'],
  ['Đảng bộ', 'party'],
  ['Chi bộ', 'party'],
  ['Tỉnh ủy', 'party'],
  ['Huyện ủy', 'party'],
  ['Thành ủy', 'party'],
  ['Thanh tra', 'inspectorate'],
  ['Tòa án', 'court'],
  ['Viện Kiểm sát', 'procuracy'],
  ['Viện', 'public-service-unit'],
  ['Học viện', 'public-service-unit'],
  ['Kho bạc', 'state-agency-branch'],
  ['Ngân hàng', 'state-agency-branch'],
  ['Bảo hiểm', 'state-agency-branch'],
  ['Kiểm toán', 'state-agency-branch'],
  ['Đài', 'public-service-unit'],
  ['Báo', 'public-service-unit'],
  ['Trường', 'public-service-unit'],
  ['Đại học', 'public-service-unit'],
  ['Bệnh viện', 'public-service-unit'],
  ['Phòng', 'department'],
  ['Chi nhánh', 'state-agency-branch'],
  ['Ban Chỉ huy Quân sự', 'military'],
  ['Tổng công ty', 'enterprise'],
  ['Công ty', 'enterprise'],
];

const headTrie = lazyTrie<AgencyKind>((trie) => {
  for (const [words, kind] of HEAD_WORDS) trie.add(keysOf(words), kind);
});

/**
 * Words of generic phrases ("các sở, ban, ngành", "các cơ quan, đơn vị liên quan", "các địa
 * phương"): a segment made only of these names no body in particular.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'các những mọi toàn sở ban bộ ngành cơ quan đơn vị địa phương liên có tổ chức doanh nghiệp ' +
    'trung ương tỉnh huyện xã phường thị trấn thành phố cấp đoàn thể chính trị hội khác trực thuộc ' +
    'cùng của được giao theo chức năng nhiệm vụ'
  )
    .split(' ')
    .map(wordKey),
);
const PLURAL = new Set(['các', 'những'].map(wordKey));
/** First words of a generic phrase that may go on in lowercase: "địa phương có liên quan tham mưu thực hiện". */
const GENERIC_NOUNS = new Set(['cơ', 'đơn', 'địa', 'sở', 'ngành', 'doanh'].map(wordKey));

/**
 * The register entry starting at word token `start`, with the tokens it covers. `head` (word keys)
 * stands before the tokens when a list leaves a repeated head word out: after "Sở Tư pháp", the
 * item "Tài chính" is read with the head "Sở".
 */
export function matchRegister(
  tokens: readonly Token[],
  start: number,
  head: readonly string[] = [],
): { entry: RegisterEntry; end: number } | undefined {
  const match = registerTrie().longest(tokens, start, head);
  return match && { entry: match.value, end: match.end };
}

/** The kind given by the head word at word token `start`, if it starts like a body. */
export function headWordKind(tokens: readonly Token[], start: number): AgencyKind | undefined {
  return headTrie().longest(tokens, start)?.value;
}

/** The word keys of the head word at word token `start` ("Sở" → ["sở"], "Ủy ban" → ["ủy", "ban"]). */
export function headWordKeys(tokens: readonly Token[], start: number): string[] {
  const end = headTrie().longest(tokens, start)?.end ?? start;
  return tokens.slice(start, end).flatMap((token) => token.keys);
}

/** Whether word tokens `start`..`end` (exclusive) form a generic phrase rather than a name. */
export function isGenericPhrase(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start]!;
  if (first.keys.length === 1 && PLURAL.has(first.keys[0]!)) return true;
  let lowercase = first.keys.length === 1 && GENERIC_NOUNS.has(first.keys[0]!);
  let genericWords = true;
  for (let i = start + 1; i < end && (lowercase || genericWords); i++) {
    const token = tokens[i]!;
    if (token.type !== 'word') continue;
    if (token.capital) lowercase = false;
    if (!token.keys.every((key) => GENERIC_WORDS.has(key))) genericWords = false;
  }
  return (genericWords && first.keys.every((key) => GENERIC_WORDS.has(key))) || lowercase;
}

// One-word head words that also occur in place names ("Hải Phòng", "Hội An") do not end a place.
const PLACE_WORDS = new Set(['phòng', 'hội', 'đoàn', 'đài', 'báo', 'viện', 'trường'].map(wordKey));

/** Whether a body starts at word token `at` (and so the place name before it has ended). */
function startsAnotherBody(tokens: readonly Token[], at: number): boolean {
  if (matchRegister(tokens, at)) return true;
  const head = headTrie().longest(tokens, at);
  return head !== undefined && (head.end - at > 1 || tokens[at]!.keys.length > 1 || !PLACE_WORDS.has(tokens[at]!.keys[0]!));
}

const PROVINCE_WORD = wordKey('tỉnh');
const COLLECTIVE = /\s(?:các|cấp)\s/u;
const CITY_WORDS = [wordKey('thành'), wordKey('phố')] as const;

/**
 * Extends a register match over the place name that follows it: "Công an tỉnh| Bình Thuận",
 * "Sở Tài chính| tỉnh Kon Tum", "UBND huyện| Hàm Thuận Bắc". Returns the new end.
 */
export function extendOverPlace(tokens: readonly Token[], entry: RegisterEntry, end: number): number {
  // Central bodies and collective ones ("UBND các huyện, thị xã, thành phố", "UBND cấp xã") name no place.
  if (entry.level === 'central' || COLLECTIVE.test(entry.name)) return end;
  let next = end;
  const at = (i: number) => (tokens[i]?.type === 'word' && tokens[i]!.spaced ? tokens[i]!.keys : undefined);
  const namesItsPlace = /\s(tỉnh|thành phố|huyện|thị xã|xã|phường|thị trấn|đặc khu)$/u.test(entry.name) || entry.name === 'Tỉnh ủy';
  if (!namesItsPlace) {
    if (at(next)?.[0] === PROVINCE_WORD) next += 1;
    else if (at(next)?.[0] === CITY_WORDS[0] && at(next)?.[1] === CITY_WORDS[1]) next += 1;
    else if (at(next)?.[0] === CITY_WORDS[0] && at(next + 1)?.[0] === CITY_WORDS[1]) next += 2;
    else return end;
  }
  let placeEnd = next;
  while (at(placeEnd) && tokens[placeEnd]!.capital && !startsAnotherBody(tokens, placeEnd)) {
    placeEnd++;
  }
  return placeEnd;
}

/** The reading of one whole name. */
export type NameClassification =
  | { entry: RegisterEntry; known: true }
  | { entry: UnregisteredAgency; known: false }
  | { rejected: string };

/**
 * Classifies a name: a register body (any spelling, a province name after it allowed), a body
 * outside the register by its head word, or not an agency (a generic phrase or a sentence fragment).
 */
export function classifyAgencyName(name: string): NameClassification {
  const trimmed = name.trim();
  const tokens = tokenize(trimmed);
  const words = tokens.filter((token) => token.type === 'word');
  if (words.length === 0) return { rejected: 'expected an agency name; found no words' };
  const first = tokens.indexOf(words[0]!);
  const match = matchRegister(tokens, first);
  if (match) {
    const end = extendOverPlace(tokens, match.entry, match.end);
    if (!tokens.slice(end).some((token) => token.type === 'word')) return { entry: match.entry, known: true };
  }
  if (isGenericPhrase(tokens, first, tokens.length)) {
    return { rejected: `"${trimmed}" names no agency in particular (a generic phrase)` };
  }
  const kind = headWordKind(tokens, first);
  if (!kind) return { rejected: `"${trimmed}" does not start with an agency head word (Sở, Bộ, Ban, Ủy ban, UBND, Cục…)` };
  return { entry: { id: slugify(trimmed), name: trimmed, nameEn: null, kind }, known: false };
}

/**
 * No body's name with its place runs this long ("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Bà
 * Rịa - Vũng Tàu" is 66 characters), so a longer text is not a spelling and costs nothing to reject.
 */
const MAX_NAME_LENGTH = 200;

/** The register entry for a spelling of a body's name, or undefined. */
export function lookupRegister(name: string): RegisterEntry | undefined {
  if (name.trim().length > MAX_NAME_LENGTH) return undefined;
  const classified = classifyAgencyName(name);
  return 'known' in classified && classified.known ? classified.entry : undefined;
}
