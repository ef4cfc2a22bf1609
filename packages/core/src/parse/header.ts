import type { BlockScope, Role } from '../schema.js';
import { normalizeSpace } from '../text.js';
import { type AgencyEntry, lookupAgency, unknownAgency } from './agencies.js';

export interface NamedAgency {
  agency: AgencyEntry;
  /** The name exactly as the header spells it. */
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

// Words of the generic phrases ("các sở, ban ngành", "cơ quan liên quan", "địa phương", "đơn vị"):
// a list item made only of these names no agency in particular.
const GENERIC_WORDS = new Set(['các', 'sở', 'ban', 'ngành', 'cơ', 'quan', 'liên', 'có', 'địa', 'phương', 'đơn', 'vị']);

const MANDATE = /\s*,?\s*(?:căn cứ|theo)\s+chức năng,?\s*nhiệm vụ(?:,?\s*quyền hạn)?(?:\s+(?:đã\s+)?được\s+(?:giao|phân công))?\s*$/i;
const LEAD = /(?:^|\s)chủ trì(?=[\s,]|$)/i;
const COORDINATION = /^,?\s*phối hợp(?:\s+với)?\s+/i;
const SEPARATOR = /\s*,\s*|\s+và\s+/g;

function isGeneric(item: string): boolean {
  const words = item.toLowerCase().split(/\s+/);
  return words.length > 0 && words.every((word) => GENERIC_WORDS.has(word));
}

interface ListReading {
  agencies: Array<{ agency: AgencyEntry; spelling: string; known: boolean }>;
  generic: boolean;
  unread: string[];
}

/**
 * Reads a list such as "Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ, các sở, cơ quan và địa phương".
 * Commas and "và" separate items but also occur inside names, so items are joined greedily: the
 * longest run of items that spells a known agency wins.
 */
function readList(list: string): ListReading {
  const items: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const separator of list.matchAll(SEPARATOR)) {
    items.push({ start, end: separator.index });
    start = separator.index + separator[0].length;
  }
  items.push({ start, end: list.length });
  const nonEmpty = items.filter((item) => item.end > item.start);

  const reading: ListReading = { agencies: [], generic: false, unread: [] };
  for (let i = 0; i < nonEmpty.length; ) {
    let matched = false;
    for (let j = nonEmpty.length - 1; j >= i; j--) {
      const spelling = list.slice(nonEmpty[i]!.start, nonEmpty[j]!.end);
      const agency = lookupAgency(spelling);
      if (agency) {
        reading.agencies.push({ agency, spelling, known: true });
        i = j + 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const item = list.slice(nonEmpty[i]!.start, nonEmpty[i]!.end);
    if (isGeneric(item)) reading.generic = true;
    else if (/^\p{Lu}/u.test(item)) reading.agencies.push({ agency: unknownAgency(item), spelling: item, known: false });
    else reading.unread.push(item);
    i++;
  }
  return reading;
}

/**
 * Reads an assignment header ("Sở Công Thương chủ trì, phối hợp với các sở, cơ quan, địa phương:")
 * into named agencies with roles and the generic scope.
 */
export function readAssignmentHeader(header: string): AssignmentHeader {
  let text = normalizeSpace(header).replace(/\s*:$/, '');
  text = text.replace(MANDATE, '');

  const result: AssignmentHeader = {
    named: [],
    scope: { genericCoordination: false, allAgencies: false },
    unread: [],
  };
  const add = (reading: ListReading, role: Role) => {
    for (const { agency, spelling, known } of reading.agencies) result.named.push({ agency, spelling, role, known });
    result.unread.push(...reading.unread);
  };

  const lead = LEAD.exec(text);
  if (!lead) {
    const reading = readList(text);
    add(reading, 'responsible');
    result.scope.allAgencies = reading.generic;
    return result;
  }

  const leads = readList(text.slice(0, lead.index).trim());
  add(leads, 'lead');
  if (leads.generic) result.unread.push(text.slice(0, lead.index).trim());

  const rest = text.slice(lead.index + lead[0].length);
  const coordination = COORDINATION.exec(rest);
  if (coordination) {
    const coordinating = readList(rest.slice(coordination[0].length).trim());
    add(coordinating, 'coordinating');
    result.scope.genericCoordination = coordinating.generic;
  } else if (rest.replace(/^[\s,]+/, '') !== '') {
    result.unread.push(rest.replace(/^[\s,]+/, ''));
  }
  return result;
}

/** Whether a paragraph ending in ":" reads as an assignment header (names an agency or all agencies). */
export function isAssignmentHeader(text: string): boolean {
  const trimmed = normalizeSpace(text);
  if (!trimmed.endsWith(':')) return false;
  const header = readAssignmentHeader(trimmed);
  return (
    header.unread.length === 0 &&
    // An unknown name still counts when it starts like an agency ("Sở …", "Ban Quản lý …").
    header.named.every((named) => named.known || named.agency.kind !== 'other') &&
    (header.named.length > 0 || header.scope.allAgencies)
  );
}
