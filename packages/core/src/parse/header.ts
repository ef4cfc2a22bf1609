import type { AgencyKind, BlockScope, Role } from '../schema.js';
import { normalizeSpace } from '../text.js';
import { readAgencyList } from './agencies.js';

/** A body as the parser records it: register entry or a name read by its head word. */
export interface AgencyEntry {
  id: string;
  name: string;
  nameEn: string | null;
  kind: AgencyKind;
}

export interface NamedAgency {
  agency: AgencyEntry;
  /** The name exactly as the text spells it. */
  spelling: string;
  role: Role;
  known: boolean;
}

export interface AssignmentHeader {
  named: NamedAgency[];
  scope: BlockScope;
  /** Fragments that are neither an agency name nor a generic phrase. */
  unread: string[];
}

const MANDATE = /\s*,?\s*(?:căn cứ|theo)\s+(?:vào\s+)?chức năng,?\s*nhiệm vụ(?:,?\s*quyền hạn)?(?:\s+(?:đã\s+)?được\s+(?:giao|phân công))?\s*$/iu;
/** "Lãnh đạo Ban Dân nguyện", "Thủ trưởng các sở": the body is what is led. */
const LEADERSHIP = /^(?:Lãnh đạo|Thủ trưởng|Người đứng đầu|Thường trực)\s+(?=\p{Lu}|các\s)/u;
const LEAD = /(?:^|\s)chủ trì(?=[\s,]|$)/iu;
const COORDINATION = /^,?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+/iu;
/** Words that close a list of agencies in a field or a sentence ("… tham mưu thực hiện", "… triển khai"). */
const LIST_TAIL = /\s+(?:tham mưu|thực hiện|triển khai|đôn đốc|hướng dẫn|tổ chức|theo dõi|có trách nhiệm)(?:[\s,].*)?$/iu;

export interface ListReading {
  agencies: Array<{ agency: AgencyEntry; spelling: string; known: boolean }>;
  generic: boolean;
  unread: string[];
}

/** The agencies of a list ("Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ, các sở, ngành liên quan"), read whole by the register. */
export function readList(list: string): ListReading {
  const reading: ListReading = { agencies: [], generic: false, unread: [] };
  const { mentions, rejected } = readAgencyList(list);
  for (const mention of mentions) {
    if (mention.generic) reading.generic = true;
    else reading.agencies.push({ agency: mention.entry, spelling: mention.name, known: mention.known });
  }
  for (const fragment of rejected) reading.unread.push(fragment.text);
  return reading;
}

/**
 * Reads an assignment header ("Sở Công Thương chủ trì, phối hợp với các sở, cơ quan, địa phương:")
 * or the value of a "Cơ quan thực hiện:" field into named agencies with roles and the generic scope.
 * `role` is the role of the names when the text has no "chủ trì".
 */
export function readAssignmentHeader(header: string, role: Role = 'responsible'): AssignmentHeader {
  let text = normalizeSpace(header).replace(/[\s.;:,]+$/u, '');
  text = text.replace(MANDATE, '').replace(LEADERSHIP, '');

  const result: AssignmentHeader = { named: [], scope: { genericCoordination: false, allAgencies: false }, unread: [] };
  const add = (reading: ListReading, as: Role) => {
    for (const { agency, spelling, known } of reading.agencies) result.named.push({ agency, spelling, role: as, known });
    result.unread.push(...reading.unread);
  };

  const lead = LEAD.exec(text);
  if (!lead) {
    const coordination = /\s+(?:và\s+)?phối hợp(?:\s+với)?\s+/iu.exec(text);
    const reading = readList((coordination ? text.slice(0, coordination.index) : text).replace(LIST_TAIL, ''));
    add(reading, role);
    if (role === 'coordinating') result.scope.genericCoordination = reading.generic;
    else result.scope.allAgencies = reading.generic;
    if (coordination) {
      const coordinating = readList(text.slice(coordination.index + coordination[0].length).replace(LIST_TAIL, ''));
      add(coordinating, 'coordinating');
      result.scope.genericCoordination = coordinating.generic;
    }
    return result;
  }

  const before = text.slice(0, lead.index).trim();
  const leads = readList(before);
  add(leads, 'lead');
  if (leads.generic) result.unread.push(before);

  const rest = text.slice(lead.index + lead[0].length).replace(/^\s*(?:thực hiện|tham mưu(?: thực hiện)?)\b/iu, '');
  const coordination = COORDINATION.exec(rest);
  if (coordination) {
    const coordinating = readList(rest.slice(coordination[0].length).replace(LIST_TAIL, '').trim());
    add(coordinating, 'coordinating');
    result.scope.genericCoordination = coordinating.generic;
  } else if (rest.replace(/^[\s,]+/, '').replace(LIST_TAIL, '') !== '' && !LIST_TAIL.test(` ${rest.replace(/^[\s,]+/, '')}`)) {
    result.unread.push(rest.replace(/^[\s,]+/, ''));
  }
  return result;
}

/** Whether a paragraph ending in ":" reads as an assignment header (names an agency or all agencies, nothing else). */
export function isAssignmentHeader(text: string): boolean {
  const trimmed = normalizeSpace(text);
  if (!trimmed.endsWith(':') || trimmed.length > 400) return false;
  const header = readAssignmentHeader(trimmed);
  return header.unread.length === 0 && (header.named.length > 0 || header.scope.allAgencies);
}

const INLINE_LEAD = /\bdo\s+(.{3,160}?)\s+chủ trì(?:\s+thực hiện)?(?:,?\s+phối hợp với\s+(.{3,200}?))?(?=[.;)]|\s*$|\s+(?:thực hiện|triển khai))/iu;

// The subject of a sentence that assigns itself work: "Đảng đoàn Quốc hội phối hợp với Đảng ủy … tổ chức …".
const ACTION_VERBS = 'tổ chức|thực hiện|triển khai|xây dựng|rà soát|nghiên cứu|tham mưu|hướng dẫn|kiểm tra|xác định|chỉ đạo|theo dõi|phổ biến|tuyên truyền';
const SUBJECT_COORDINATES = new RegExp(`^(\\p{Lu}.{2,150}?)\\s+(?:chủ trì,?\\s+)?phối hợp với\\s+(.{3,200}?)\\s+(?=(?:${ACTION_VERBS})\\s)`, 'u');
const CLAUSE_SUBJECT = new RegExp(`(?:^|,\\s+)(\\p{Lu}[^,;.]{2,100}?)\\s+(?=(?:${ACTION_VERBS})\\s)`, 'gu');

function fullyRead(header: AssignmentHeader): AssignmentHeader | null {
  return header.unread.length === 0 && header.named.length > 0 && header.named.every((named) => named.known || named.agency.kind !== 'other') ? header : null;
}

/**
 * An agency named inside a task or heading ("… do Sở Tư pháp chủ trì thực hiện", "Đảng đoàn Quốc
 * hội phối hợp với … tổ chức …", "Để …, Đảng đoàn Quốc hội xác định …"), or null. Subjects count
 * only when the register knows every name, so a sentence fragment is never made an agency.
 */
export function readInlineAssignment(text: string): AssignmentHeader | null {
  const head = text.slice(0, 2000);
  const lead = INLINE_LEAD.exec(head);
  if (lead) {
    const header = readAssignmentHeader(`${lead[1]} chủ trì${lead[2] ? `, phối hợp với ${lead[2]}` : ''}`);
    if (header.unread.length === 0 && header.named.length > 0) return header;
  }
  const coordinates = SUBJECT_COORDINATES.exec(head);
  if (coordinates) {
    const header = fullyRead(readAssignmentHeader(`${coordinates[1]} chủ trì, phối hợp với ${coordinates[2]}`));
    if (header) return header;
  }
  for (const subject of head.matchAll(CLAUSE_SUBJECT)) {
    const header = fullyRead(readAssignmentHeader(subject[1]!));
    if (header) return header;
  }
  return null;
}
