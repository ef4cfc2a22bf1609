export {
  BilingualText,
  Body,
  LEGAL_DOCUMENT_TYPES,
  LegalDocument,
  LegalDocumentType,
  ProgramRole,
  SUCCESSION_KINDS,
  Succession,
  SuccessionKind,
  SuccessionLink,
} from './schema.js';
export {
  predecessorsOf,
  programRolesAsOf,
  successionBody,
  successorsAsOf,
  tasksCarriedBy,
  type CarriedTask,
  type Predecessor,
  type ProgramRoleAsOf,
  type SuccessionStep,
  type SuccessorPath,
} from './query.js';
