import type { BilingualText, LegalDocument, Program, SuccessionKind, SuccessionStep, SuccessorPath } from '@chuongtrinh/core';
import type { Language } from '../translations/translation.js';
import { predecessorsOf, programRolesAsOf, successionBody, successorsAsOf } from '@chuongtrinh/core/succession';
import { succession } from '@chuongtrinh/core/succession/data';
import { formatDate } from '@chuongtrinh/core/format';

// The view model of the "now" lines, built in the lazy succession part (chuongtrinh-succession.js)
// so that the first-render script carries only the controller and the templates. For the same
// reason the words of a step's text live here rather than in the translation tables: only pages
// with `as-of` need them, and the first-render script is within a few hundred bytes of its budget.

const KIND_WORDS: Record<Language, Record<Exclude<SuccessionKind, 'ended'>, string> & { ended: string }> = {
  vi: { renamed: 'đổi tên thành', 'merged-into': 'hợp nhất vào', 'split-between': 'chia tách, một phần về', ended: 'chấm dứt hoạt động' },
  en: { renamed: 'renamed', 'merged-into': 'merged into', 'split-between': 'split; part to', ended: 'ended' },
};
const DOCUMENT_WORDS: Record<Language, Record<LegalDocument['type'], string>> = {
  vi: { law: 'Luật', resolution: 'Nghị quyết', decree: 'Nghị định', decision: 'Quyết định' },
  en: { law: 'Law', resolution: 'Resolution', decree: 'Decree', decision: 'Decision' },
};

/**
 * "1 March 2025: merged into Sở Tài chính — Decree 45/2025/NĐ-CP of 28 February 2025 (Government)";
 * "Ngày 1 tháng 3 năm 2025: hợp nhất vào Sở Tài chính — Nghị định số 45/2025/NĐ-CP ngày 28 tháng 2 năm 2025 của Chính phủ".
 */
function stepText(kind: SuccessionKind, from: string, target: string | null, document: LegalDocument): Record<Language, string> {
  const text = (language: Language) => {
    const what = kind === 'ended' ? KIND_WORDS[language].ended : `${KIND_WORDS[language][kind]} ${target}`;
    const type = DOCUMENT_WORDS[language][document.type];
    const doc =
      language === 'vi'
        ? `${type} số ${document.number} ${formatDate(document.date, 'vi')} của ${document.issuer.vi}`
        : `${type} ${document.number} of ${formatDate(document.date, 'en')} (${document.issuer.en})`;
    const when = formatDate(from, language);
    return `${when.charAt(0).toUpperCase()}${when.slice(1)}: ${what} — ${doc}`;
  };
  return { vi: text('vi'), en: text('en') };
}

/** A body as the widgets name it: both names, and for a split the functions it took. */
export interface NowBody {
  name: string;
  nameEn: string | null;
  functions: BilingualText | null;
}

/** Who carries an agency's work as of the widget's date, and the legal steps that say so. */
export interface NowLine {
  /** The successors at the end of each path; empty when the work ended with no single successor. */
  bodies: NowBody[];
  /** The `ended` step, when the work ended. */
  ended: { from: string; workTo: BilingualText; document: LegalDocument } | null;
  /** Every step of every path, each once, in date order: what the footnote lists. */
  steps: Array<{ from: string; kind: SuccessionKind; target: string | null; document: LegalDocument; text: Record<Language, string> }>;
}

/** What happened to the program's issuer by the widget's date (the province change). */
export interface IssuerLine {
  issuer: string;
  now: NowBody;
  step: NowLine['steps'][number];
}

/** The succession layer the widgets read, once loaded; `predecessors` is core's `predecessorsOf`. */
export interface SuccessionView {
  nowOf(agencyId: string): NowLine | undefined;
  issuer(): IssuerLine | undefined;
  predecessors(agencyId: string): Array<{ agencyId: string; name: string; nameEn: string | null; line: NowLine }>;
}

function lineOf(program: Program, paths: SuccessorPath[]): NowLine | undefined {
  if (paths.length === 0) return undefined;
  const body = (id: string) => successionBody(program, succession, id);
  const seen = new Set<string>();
  const steps: NowLine['steps'] = [];
  const add = (step: SuccessionStep) => {
    const key = `${step.link.id} ${step.to ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const target = step.to === null ? null : (body(step.to)?.name ?? step.to);
    steps.push({ from: step.link.from, kind: step.link.kind, target, document: step.document, text: stepText(step.link.kind, step.link.from, target, step.document) });
  };
  for (const path of paths) path.steps.forEach(add);
  steps.sort((a, b) => a.from.localeCompare(b.from));
  const endedStep = paths.find((path) => path.bodyId === null)?.steps.at(-1);
  const link = endedStep?.link;
  return {
    bodies: paths.flatMap((path) => {
      const found = path.bodyId === null ? undefined : body(path.bodyId);
      const functions = path.steps.find((step) => step.functions)?.functions ?? null;
      return found ? [{ name: found.name, nameEn: found.nameEn, functions }] : [];
    }),
    ended: link?.kind === 'ended' ? { from: link.from, workTo: link.workTo, document: endedStep!.document } : null,
    steps,
  };
}

/** The succession view of `program` as of `asOf` (YYYY-MM-DD), or undefined for another program. */
export function successionView(program: Program, asOf: string): SuccessionView | undefined {
  if (succession.programId !== program.id) return undefined;
  return {
    nowOf: (agencyId) => lineOf(program, successorsAsOf(succession, agencyId, asOf)),
    issuer: () => {
      const role = programRolesAsOf(succession, asOf).find((item) => item.role.role === 'issuer');
      const line = role && lineOf(program, role.successors);
      const now = line?.bodies[0];
      return line && now ? { issuer: program.issuer, now, step: line.steps.at(-1)! } : undefined;
    },
    predecessors: (agencyId) =>
      predecessorsOf(succession, agencyId, asOf).map((predecessor) => {
        const body = successionBody(program, succession, predecessor.agencyId);
        return {
          agencyId: predecessor.agencyId,
          name: body?.name ?? predecessor.agencyId,
          nameEn: body?.nameEn ?? null,
          line: lineOf(program, [{ bodyId: agencyId, steps: predecessor.steps }])!,
        };
      }),
  };
}
