import { asOfOption, UsageError } from './shared.js';
import { agencyWorkload, getAgency } from '../query.js';
import { formatDate } from '../format/dates.js';
import type { Program, Task } from '../schema.js';
import type { LegalDocument, Succession } from '../succession/schema.js';
import {
  predecessorsOf,
  successionBody,
  successorsAsOf,
  tasksCarriedBy,
  type SuccessionStep,
  type SuccessorPath,
} from '../succession/query.js';


const DOCUMENT_TYPE_VI: Record<LegalDocument['type'], string> = {
  law: 'Luật',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  decision: 'Quyết định',
};

/** "Nghị định 45/2025/NĐ-CP (28/02/2025, Chính phủ)" */
export function documentLabel(document: LegalDocument): string {
  return `${DOCUMENT_TYPE_VI[document.type]} ${document.number} (${formatDate(document.date, 'vi', 'numeric')}, ${document.issuer.vi})`;
}

/** The `--as-of` value checked (default: today, UTC): succession is always followed as of a date. */
export function asOfDate(value: string | undefined): string {
  return asOfOption(value) ?? new Date().toISOString().slice(0, 10);
}

function stepJson(program: Program, succession: Succession, step: SuccessionStep) {
  const to = step.to === null ? null : successionBody(program, succession, step.to);
  const { document, link } = step;
  return {
    from: link.from,
    kind: link.kind,
    link: link.id,
    to: to?.id ?? null,
    toName: to?.name ?? null,
    toNameEn: to?.nameEn ?? null,
    ...(step.functions ? { functions: step.functions } : {}),
    ...(link.kind === 'ended' ? { workTo: link.workTo } : {}),
    document: {
      type: document.type,
      number: document.number,
      date: document.date,
      issuer: document.issuer.vi,
      effective: document.effective,
    },
    ...(link.note ? { note: link.note } : {}),
  };
}

function pathJson(program: Program, succession: Succession, path: SuccessorPath) {
  const body = path.bodyId === null ? undefined : successionBody(program, succession, path.bodyId);
  return {
    id: path.bodyId,
    name: body?.name ?? null,
    nameEn: body?.nameEn ?? null,
    steps: path.steps.map((step) => stepJson(program, succession, step)),
  };
}

/** What `chuongtrinh agencies --format json` prints. */
export function agenciesJson(program: Program, succession: Succession, asOf: string) {
  const issuer = succession.roles.find((role) => role.role === 'issuer');
  return {
    asOf,
    issuer: {
      name: program.issuer,
      successors: issuer ? successorsAsOf(succession, issuer.agencyId, asOf).map((path) => pathJson(program, succession, path)) : [],
    },
    agencies: program.agencies.map((agency) => {
      const workload = agencyWorkload(program, agency.id)!;
      const paths = successorsAsOf(succession, agency.id, asOf);
      const ended = paths.find((path) => path.bodyId === null);
      const unconfirmed = succession.unconfirmed.find((item) => item.agencyId === agency.id);
      return {
        id: agency.id,
        name: agency.name,
        nameEn: agency.nameEn,
        roles: { lead: workload.lead, coordinating: workload.coordinating, responsible: workload.responsible, total: workload.total },
        successors: paths.filter((path) => path.bodyId !== null).map((path) => pathJson(program, succession, path)),
        ended: ended ? stepJson(program, succession, ended.steps.at(-1)!) : null,
        ...(unconfirmed ? { unconfirmed: unconfirmed.note } : {}),
      };
    }),
  };
}

function pad(text: string | number, width: number): string {
  const value = String(text);
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

/** One line per path: "→ Sở Tài chính (merged-into 2025-03-01, Nghị định 45/2025/NĐ-CP …) → …" */
function pathText(program: Program, succession: Succession, path: SuccessorPath): string {
  return path.steps
    .map((step) => {
      const target =
        step.link.kind === 'ended'
          ? `ended: ${step.link.workTo.en}`
          : `${successionBody(program, succession, step.to!)?.name ?? step.to}${step.functions ? ` [${step.functions.en}]` : ''}`;
      return `${step.link.kind} ${step.link.from} → ${target} — ${documentLabel(step.document)}`;
    })
    .join('; then ');
}

/** What `chuongtrinh agencies` prints as a table. */
export function agenciesTable(program: Program, succession: Succession, asOf: string): string {
  const data = agenciesJson(program, succession, asOf);
  const out = [`Agencies of the program as of ${asOf}`, '', `${pad('id', 40)} ${pad('name', 40)} ${pad('English name', 50)} lead coord resp total`];
  for (const agency of data.agencies) {
    const { lead, coordinating, responsible, total } = agency.roles;
    out.push(`${pad(agency.id, 40)} ${pad(agency.name, 40)} ${pad(agency.nameEn ?? '', 50)} ${pad(lead, 4)} ${pad(coordinating, 5)} ${pad(responsible, 4)} ${total}`);
    for (const path of successorsAsOf(succession, agency.id, asOf)) out.push(`    ${pathText(program, succession, path)}`);
    if (agency.unconfirmed) out.push(`    succession not confirmed: ${agency.unconfirmed}`);
  }
  const issuer = succession.roles.find((role) => role.role === 'issuer');
  for (const path of issuer ? successorsAsOf(succession, issuer.agencyId, asOf) : []) {
    out.push('', `Issuer ${program.issuer}: ${pathText(program, succession, path)}`);
  }
  return out.join('\n');
}

/**
 * `tasks --agency ID --as-of DATE` with succession: the tasks `agencyId` carries as of `asOf`
 * (its own and its predecessors'), and a line saying where they come from; or, for an agency that
 * no longer exists, its own tasks and a line saying who carries them now. Undefined when
 * succession changes nothing for that agency at that date.
 */
export function tasksAsOf(
  program: Program,
  succession: Succession,
  agencyId: string,
  asOf: string,
  filter: Parameters<typeof tasksCarriedBy>[4],
): { tasks: Task[]; roles: Map<string, string>; note: string } | undefined {
  const name = (id: string) => successionBody(program, succession, id)?.name ?? id;
  if (!successionBody(program, succession, agencyId)) throw new UsageError(`no agency or successor body has id "${agencyId}"`);
  const predecessors = predecessorsOf(succession, agencyId, asOf);
  if (predecessors.length > 0) {
    const carried = tasksCarriedBy(program, succession, agencyId, asOf, filter);
    const roles = new Map(carried.map((item) => [item.task.id, item.inherited ? 'inherited' : (item.role ?? 'all')]));
    const from = predecessors
      .map((p) => `${name(p.agencyId)} (${p.steps.map((step) => `${step.link.kind} ${step.link.from}, ${documentLabel(step.document)}`).join('; ')})`)
      .join(', ');
    return { tasks: carried.map((item) => item.task), roles, note: `as of ${asOf}, ${name(agencyId)} also carries the tasks of: ${from}` };
  }
  const paths = successorsAsOf(succession, agencyId, asOf);
  if (paths.length === 0 || !getAgency(program, agencyId)) return undefined;
  const carried = tasksCarriedBy(program, succession, agencyId, asOf, filter);
  return {
    tasks: carried.map((item) => item.task),
    roles: new Map(carried.map((item) => [item.task.id, item.role ?? 'all'])),
    note: `as of ${asOf}, ${name(agencyId)} no longer exists: ${paths.map((path) => pathText(program, succession, path)).join(' | ')}`,
  };
}
