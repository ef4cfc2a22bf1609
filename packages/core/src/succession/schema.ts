import * as z from 'zod/mini';
import { Id } from '../schema.js';

/**
 * The succession contract: who carries an agency's tasks after the 2025 reorganisation. It is a
 * layer of its own over a program (the program's text and roles never change), versioned apart
 * with `formatVersion`; `schema/succession.v1.schema.json` is generated from `Succession`.
 */

/** A text in both languages of the widgets and the CLI. */
export const BilingualText = z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

export const LEGAL_DOCUMENT_TYPES = ['law', 'resolution', 'decree', 'decision'] as const;
export const LegalDocumentType = z.enum(LEGAL_DOCUMENT_TYPES);

export const SUCCESSION_KINDS = ['renamed', 'merged-into', 'split-between', 'ended'] as const;
export const SuccessionKind = z.enum(SUCCESSION_KINDS);

/** The legal document that made a link, as published. */
export const LegalDocument = z.object({
  id: Id,
  type: LegalDocumentType,
  /** As published: "45/2025/NĐ-CP". */
  number: z.string().check(z.minLength(1)),
  /** Date of issue (ISO). */
  date: z.iso.date(),
  issuer: BilingualText,
  /** The date it took effect, or null where the sources consulted did not confirm it. */
  effective: z.nullable(z.iso.date()),
  title: z.string(),
  /** Where the number, date and content were checked: public pages (URLs) or a description. */
  sources: z.array(z.string()),
  /** What the sources leave open about the document. */
  note: z.optional(z.string()),
});

/** A body that carries tasks after a link and is not an agency of the program. */
export const Body = z.object({
  /** `slugify(name)`. */
  id: Id,
  name: z.string().check(z.minLength(1)),
  nameEn: z.string().check(z.minLength(1)),
  kind: z.enum(['department', 'office', 'people-committee']),
});

const linkBase = {
  id: Id,
  /** First day the successor carries the work (ISO). */
  from: z.iso.date(),
  /** The program agency or body that stopped carrying the work. */
  agencyId: Id,
  documentId: Id,
  /** What the sources leave open about this link (e.g. the provincial decision's number). */
  note: z.optional(z.string()),
};

export const SuccessionLink = z.discriminatedUnion('kind', [
  z.object({ ...linkBase, kind: z.literal('renamed'), to: Id }),
  z.object({ ...linkBase, kind: z.literal('merged-into'), to: Id }),
  z.object({
    ...linkBase,
    kind: z.literal('split-between'),
    /** Who took which functions; the first part is the body that took the agency itself. */
    parts: z.array(z.object({ to: Id, functions: BilingualText })).check(z.minLength(2)),
  }),
  z.object({
    ...linkBase,
    kind: z.literal('ended'),
    /** Where its work went, when no single body succeeds it. */
    workTo: BilingualText,
  }),
]);

/** A role the program gives by name outside its task blocks. */
export const ProgramRole = z.object({
  role: z.enum(['issuer', 'compiler']),
  /** The program agency or body holding it in the program's own text. */
  agencyId: Id,
  /** Where the program says so: `issuer` (the metadata) or an implementation item's id. */
  source: z.string(),
});

export const Succession = z.object({
  formatVersion: z.literal(1),
  /** The program this layer applies to. */
  programId: Id,
  documents: z.array(LegalDocument),
  bodies: z.array(Body),
  links: z.array(SuccessionLink),
  roles: z.array(ProgramRole),
  /** Links left out because the sources consulted did not confirm them. */
  unconfirmed: z.array(z.object({ agencyId: Id, note: z.string() })),
});

export type BilingualText = z.infer<typeof BilingualText>;
export type LegalDocumentType = z.infer<typeof LegalDocumentType>;
export type SuccessionKind = z.infer<typeof SuccessionKind>;
export type LegalDocument = z.infer<typeof LegalDocument>;
export type Body = z.infer<typeof Body>;
export type SuccessionLink = z.infer<typeof SuccessionLink>;
export type ProgramRole = z.infer<typeof ProgramRole>;
export type Succession = z.infer<typeof Succession>;
