import { readCitation, type ReferenceMatch } from '../parse/references.js';

/** An official document cited as evidence, read, or the reason it could not be read. */
export type EvidenceDocumentReading = { ok: true; document: ReferenceMatch } | { ok: false; message: string };

/**
 * Reads one citation of an official document ("Quyết định số 123/QĐ-UBND ngày 05/3/2024") with the
 * parser's single-citation reader, so a typo in the kind, the number or the date is caught when the
 * evidence is entered rather than when someone looks the document up. Evidence must be dated: a
 * number alone does not identify a document across years.
 */
export function readEvidenceDocument(text: string): EvidenceDocumentReading {
  const reading = readCitation(text);
  if (!reading.ok) return { ok: false, message: reading.problem };
  if (reading.reference.date === null) return { ok: false, message: `add the date of ${reading.reference.text} ("ngày 05/3/2024")` };
  return { ok: true, document: reading.reference };
}
