import type { AgencyKind } from '../schema.js';
import {
  classifyAgencyName,
  extendOverPlace,
  headWordKeys,
  headWordKind,
  isGenericPhrase,
  lookupRegister,
  matchRegister,
  type RegisterEntry,
  type UnregisteredAgency,
} from '../register/register.js';
import { nameKey, type Token, tokenize } from '../register/tokens.js';
import { slugify } from '../text.js';

/** An agency as the dataset records it. */
export interface AgencyEntry {
  id: string;
  name: string;
  nameEn: string | null;
  kind: AgencyKind;
}

/**
 * Comparison key for agency names: case, Unicode form, tone placement, abbreviations (UBND…),
 * punctuation and the connective "và" do not count, so "Sở Văn hóa, Thể thao và Du lịch" and
 * "Sở Văn hoá - Thể thao và Du lịch" share one key.
 */
export function agencyKey(name: string): string {
  return nameKey(name);
}

const asAgency = ({ id, name, nameEn, kind }: RegisterEntry | UnregisteredAgency): AgencyEntry => ({ id, name, nameEn, kind });

/** The register entry for a spelling of a known agency name, or undefined. */
export function lookupAgency(name: string): AgencyEntry | undefined {
  const entry = lookupRegister(name);
  return entry && asAgency(entry);
}

/** An entry for a name that is not in the register: slug id, no English name, kind from its head word. */
export function unknownAgency(name: string): AgencyEntry {
  const classified = classifyAgencyName(name);
  return 'entry' in classified ? asAgency(classified.entry) : { id: slugify(name), name, nameEn: null, kind: 'other' };
}

interface Span {
  /** As written. */
  name: string;
  start: number;
  end: number;
}

/** One body (or generic phrase) of a list, in text order. */
export type AgencyMention =
  | (Span & { generic: false; known: true; entry: RegisterEntry })
  | (Span & { generic: false; known: false; entry: UnregisteredAgency })
  /** "các sở, ban, ngành", "các cơ quan, đơn vị liên quan", "các địa phương": no body in particular. */
  | (Span & { generic: true; known: false; entry: null });

/** Text of a list that is neither a body nor a generic phrase (a sentence fragment). */
export interface RejectedFragment {
  text: string;
  start: number;
  end: number;
  reason: string;
}

export interface AgencyList {
  mentions: AgencyMention[];
  rejected: RejectedFragment[];
}

/**
 * Reads a list of bodies ("Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ và UBND các huyện, thị xã,
 * thành phố"; "Ủy ban Tài chính, Ngân sách; Ủy ban Kinh tế"; "các sở, ngành liên quan") into whole
 * bodies. Commas and "và" separate bodies but also occur inside names, so the longest register name
 * wins first; outside the register a body starts at a head word ("Sở", "Ban", "Trung tâm"…) and
 * runs on over separators while the next part does not start a body of its own ("Trung tâm Văn hóa
 * và Thể thao"). One pass over the tokens: each step looks ahead at most the longest register name.
 */
export function readAgencyList(text: string): AgencyList {
  const tokens = tokenize(text);
  const count = tokens.length;
  const reading: AgencyList = { mentions: [], rejected: [] };
  const nextWord = (from: number) => {
    while (from < count && tokens[from]!.type !== 'word') from++;
    return from;
  };
  const segmentEnd = (from: number) => {
    while (from < count && tokens[from]!.type === 'word') from++;
    return from;
  };
  const span = (start: number, end: number): Span => {
    const from = tokens[start]!.start;
    const to = tokens[end - 1]!.end;
    return { name: text.slice(from, to), start: from, end: to };
  };
  const softGap = (from: number, to: number) => tokens.slice(from, to).every((token: Token) => token.type === 'soft');
  const startsBody = (at: number, head: readonly string[]) =>
    matchRegister(tokens, at) !== undefined ||
    matchRegister(tokens, at, head) !== undefined ||
    headWordKind(tokens, at) !== undefined ||
    isGenericPhrase(tokens, at, segmentEnd(at));

  // End of the previous item and whether it was a generic phrase, so "các sở, ngành" is one phrase.
  let previousEnd = 0;
  let previousGeneric = false;
  // Head word of the last body, for a list that leaves it out: "Sở Tư pháp, Tài chính, Nội vụ".
  let head: string[] = [];
  for (let i = nextWord(0); i < count; ) {
    const registered = matchRegister(tokens, i);
    if (registered) head = headWordKeys(tokens, i);
    const elliptical = !registered && head.length > 0 && tokens[i]!.capital && !headWordKind(tokens, i) ? matchRegister(tokens, i, head) : undefined;
    if (registered || elliptical) {
      const { entry, end: matched } = (registered ?? elliptical)!;
      const end = extendOverPlace(tokens, entry, matched);
      reading.mentions.push({ ...span(i, end), generic: false, known: true, entry });
      const rest = segmentEnd(end);
      if (rest > end) {
        const trailing = span(end, rest);
        reading.rejected.push({
          text: trailing.name,
          start: trailing.start,
          end: trailing.end,
          reason: `expected a separator after "${entry.name}"; "${trailing.name}" names no agency`,
        });
      }
      previousEnd = rest;
      previousGeneric = false;
      i = nextWord(rest);
      continue;
    }
    let end = segmentEnd(i);
    const last = reading.mentions.at(-1);
    const generic = isGenericPhrase(tokens, i, end);
    if (generic) {
      head = [];
      if (previousGeneric && last?.generic && softGap(previousEnd, i)) {
        last.end = tokens[end - 1]!.end;
        last.name = text.slice(last.start, last.end);
      } else reading.mentions.push({ ...span(i, end), generic: true, known: false, entry: null });
    } else {
      const kind = headWordKind(tokens, i);
      head = kind ? headWordKeys(tokens, i) : [];
      if (kind) {
        for (let next = nextWord(end); next < count && softGap(end, next) && tokens[next]!.capital && !startsBody(next, head); next = nextWord(end)) {
          end = segmentEnd(next);
        }
        const body = span(i, end);
        reading.mentions.push({ ...body, generic: false, known: false, entry: { id: slugify(body.name), name: body.name, nameEn: null, kind } });
      } else {
        const fragment = span(i, end);
        reading.rejected.push({
          text: fragment.name,
          start: fragment.start,
          end: fragment.end,
          reason: `expected an agency name (starting with Sở, Bộ, Ban, Ủy ban, UBND, Cục…); "${fragment.name}" is not one`,
        });
      }
    }
    previousEnd = end;
    previousGeneric = generic;
    i = nextWord(end);
  }
  return reading;
}
