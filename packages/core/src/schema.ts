import * as z from 'zod/mini';
import { AGENCY_KINDS, AGENCY_ROLES, DEADLINE_KINDS, DIAGNOSTIC_SEVERITIES, DOCUMENT_KINDS, REFERENCE_TYPES } from './constants.js';

/**
 * The dataset contract. Every TypeScript type of the dataset is inferred from these schemas, and
 * `schema/program.v2.schema.json` is generated from `Program` for non-TypeScript users.
 *
 * Each object schema is built from a `…Shape` constant and annotated with `typeof` it: declaration
 * emit would otherwise print the shape inline and drop the fields' JSDoc, so editors would show no
 * doc on `agency.nameEn` for users of the published types.
 *
 * zod/mini rather than full zod: browsers that validate a `src` dataset load this file, and mini
 * keeps that lazy chunk small while `z.infer` and `safeParse` work the same.
 */

/** URL-safe, readable identifier: lowercase ASCII words joined by `-`. */
export const Id = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase ASCII id like "so-cong-thuong"'),
);

const sourceSpanShape = {
  line: z.int().check(z.minimum(1)),
  endLine: z.int().check(z.minimum(1)),
};
/** Where a record stands in the source text: 1-based, inclusive line numbers. */
export const SourceSpan: z.ZodMiniObject<typeof sourceSpanShape> = z.object(sourceSpanShape);

/** `lead`: named before "chủ trì"; `coordinating`: named after "phối hợp với"; `responsible`: named without "chủ trì". */
export const Role = z.enum(AGENCY_ROLES);

export const AgencyKind = z.enum(AGENCY_KINDS);

const agencyShape = {
  id: Id,
  /** Canonical Vietnamese name. */
  name: z.string().check(z.minLength(1)),
  /** Official English name; null when the parser met a name it does not know. */
  nameEn: z.nullable(z.string()),
  /** Every spelling of the name seen in the text (including the canonical one when it occurs). */
  aliases: z.array(z.string()),
  kind: AgencyKind,
};
export const Agency: z.ZodMiniObject<typeof agencyShape> = z.object(agencyShape);

const assignmentShape = {
  agencyId: Id,
  role: Role,
};
export const Assignment: z.ZodMiniObject<typeof assignmentShape> = z.object(assignmentShape);

const blockScopeShape = {
  /** The header also says "phối hợp với các sở, cơ quan, địa phương" (or similar) without naming them. */
  genericCoordination: z.boolean(),
  /** The block applies to all agencies: "Các sở, cơ quan và địa phương căn cứ chức năng nhiệm vụ được giao". */
  allAgencies: z.boolean(),
};
export const BlockScope: z.ZodMiniObject<typeof blockScopeShape> = z.object(blockScopeShape);

const blockShape = {
  id: Id,
  areaId: Id,
  sectionId: z.nullable(Id),
  /** The letter as written ("a", "đ"), or null for an unlettered block. */
  letter: z.nullable(z.string()),
  /** Header text as written, whitespace-normalised, without the trailing colon. */
  header: z.string(),
  assignments: z.array(Assignment),
  scope: BlockScope,
  source: SourceSpan,
};
export const Block: z.ZodMiniObject<typeof blockShape> = z.object(blockShape);

export const DeadlineKind = z.enum(DEADLINE_KINDS);

const deadlineShape = {
  kind: DeadlineKind,
  /** The year due (a period's end year); the expected year of a `conditional` one, if it names one; else null. */
  year: z.nullable(z.int()),
  /**
   * The last day it is due (ISO date): the day itself; the last day of the month, quarter or year;
   * 31 December of a period's end year or of a conditional one's expected year; null for annual and
   * ongoing work and a conditional one without a year.
   */
  due: z.nullable(z.iso.date()),
  /** The years of a `period` deadline ("Giai đoạn 2026-2030"); else null. */
  period: z.nullable(z.object({ start: z.int(), end: z.int() })),
  /** The marker as written, without its parentheses: "Năm 2021", "hàng năm", "Tháng 12/2025", "sau khi …". */
  text: z.string(),
  /** What is due: the clause or sentence the marker closes, or the task a "Thời gian thực hiện" field belongs to. */
  clause: z.string(),
  source: SourceSpan,
};
export const Deadline: z.ZodMiniObject<typeof deadlineShape> = z.object(deadlineShape);

const taskShape = {
  id: Id,
  blockId: Id,
  /** The task as written, lines joined and whitespace-normalised. */
  text: z.string().check(z.minLength(1)),
  deadlines: z.array(Deadline),
  referenceIds: z.array(Id),
  source: SourceSpan,
};
export const Task: z.ZodMiniObject<typeof taskShape> = z.object(taskShape);

const sectionShape = {
  id: Id,
  /** "1.2", or deeper ("1.2.1") */
  number: z.string().check(z.regex(/^\d+(?:\.\d+)+$/)),
  title: z.string(),
  source: SourceSpan,
};
export const Section: z.ZodMiniObject<typeof sectionShape> = z.object(sectionShape);

const areaShape = {
  id: Id,
  number: z.int().check(z.minimum(1)),
  title: z.string(),
  sections: z.array(Section),
  source: SourceSpan,
};
export const Area: z.ZodMiniObject<typeof areaShape> = z.object(areaShape);

export const ReferenceType = z.enum(REFERENCE_TYPES);

const referenceShape = {
  id: Id,
  type: ReferenceType,
  /** Document number with PDF spacing repaired: "107/2020/NĐ-CP". */
  number: z.string(),
  /** ISO date (YYYY-MM-DD) or null when the text gives none. */
  date: z.nullable(z.iso.date()),
  issuer: z.nullable(z.string()),
  /** The citation as written. */
  text: z.string(),
  source: SourceSpan,
};
export const Reference: z.ZodMiniObject<typeof referenceShape> = z.object(referenceShape);

const implementationItemShape = {
  id: Id,
  number: z.int().check(z.minimum(1)),
  text: z.string(),
  source: SourceSpan,
};
export const ImplementationItem: z.ZodMiniObject<typeof implementationItemShape> = z.object(implementationItemShape);

export const DocumentKind = z.enum(DOCUMENT_KINDS);

const documentMetaShape = {
  kind: DocumentKind,
  /** "141/KH-UBND", or null when the text gives none. */
  number: z.nullable(z.string()),
  /** "Bắc Ninh" */
  place: z.nullable(z.string()),
  /** ISO date of issue. */
  date: z.nullable(z.iso.date()),
};
/** What the document says about itself (its heading, or the cover decision that issues it); never taken from a cited document. */
export const DocumentMeta: z.ZodMiniObject<typeof documentMetaShape> = z.object(documentMetaShape);

const datasetReleaseShape = {
  /** The data's own semver: major when records' ids or the format change, minor when records are added, patch for corrections. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'expected a version like "1.0.0"')),
  /** ISO date the data was released. */
  date: z.iso.date(),
};
const DatasetRelease: z.ZodMiniObject<typeof datasetReleaseShape> = z.object(datasetReleaseShape);

const programShape = {
  /** Version of this contract; bumped with a changeset whenever the shape changes. */
  formatVersion: z.literal(2),
  /**
   * The release of a published dataset (the package's `datasetRelease`); absent from what
   * `parseProgram` returns for a document, which no one has released.
   */
  release: z.optional(DatasetRelease),
  id: Id,
  title: z.string(),
  issuer: z.string(),
  document: DocumentMeta,
  period: z.object({ start: z.int(), end: z.int() }),
  /** The resolution this program implements. */
  basis: z.nullable(z.object({ text: z.string(), referenceId: Id })),
  /** The opening paragraph before part I, or null when the text has none. */
  preamble: z.nullable(z.object({ text: z.string(), source: SourceSpan })),
  source: z.object({
    file: z.string(),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
  areas: z.array(Area),
  blocks: z.array(Block),
  tasks: z.array(Task),
  agencies: z.array(Agency),
  references: z.array(Reference),
  implementation: z.array(ImplementationItem),
};
export const Program: z.ZodMiniObject<typeof programShape> = z.object(programShape);

const diagnosticShape = {
  severity: z.enum(DIAGNOSTIC_SEVERITIES),
  /** Stable machine-readable code, e.g. "unplaced-text". */
  code: z.string(),
  line: z.int(),
  endLine: z.int(),
  /** What the parser expected, in words. */
  message: z.string(),
  /** A short excerpt of the input at that place. */
  excerpt: z.string(),
};
export const Diagnostic: z.ZodMiniObject<typeof diagnosticShape> = z.object(diagnosticShape);

export type SourceSpan = z.infer<typeof SourceSpan>;
export type Role = z.infer<typeof Role>;
export type AgencyKind = z.infer<typeof AgencyKind>;
export type Agency = z.infer<typeof Agency>;
export type Assignment = z.infer<typeof Assignment>;
export type BlockScope = z.infer<typeof BlockScope>;
export type Block = z.infer<typeof Block>;
export type DeadlineKind = z.infer<typeof DeadlineKind>;
export type Deadline = z.infer<typeof Deadline>;
export type Task = z.infer<typeof Task>;
export type Section = z.infer<typeof Section>;
export type Area = z.infer<typeof Area>;
export type ReferenceType = z.infer<typeof ReferenceType>;
export type Reference = z.infer<typeof Reference>;
export type ImplementationItem = z.infer<typeof ImplementationItem>;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type Program = z.infer<typeof Program>;
export type Diagnostic = z.infer<typeof Diagnostic>;
