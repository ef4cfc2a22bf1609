import { findReferences, type ReferenceMatch } from '../parse/references.js';

/** An official document cited as evidence, read, or the reason it could not be read. */
export type EvidenceDocumentReading = { ok: true; document: ReferenceMatch } | { ok: false; message: string };

/**
 * Reads one citation of an official document ("Quyết định số 123/QĐ-UBND ngày 05/3/2024") with the
 * parser's reference reader, so a typo in the kind, the number or the date is caught when the
 * evidence is entered rather than when someone looks the document up.
 */
export function readEvidenceDocument(text: string): EvidenceDocumentReading {
  const wanted = text.trim();
  const found = findReferences(wanted);
  if (found.length === 0) {
    return { ok: false, message: `expected a citation like "Quyết định số 123/QĐ-UBND ngày 05/3/2024", got "${wanted}"` };
  }
  if (found.length > 1) return { ok: false, message: `expected one document, found ${found.length}: ${found.map((f) => `"${f.text}"`).join(', ')}` };
  const [document] = found as [ReferenceMatch];
  if (document.start > 0 || document.end < wanted.length) {
    const extra = `${wanted.slice(0, document.start)}${wanted.slice(document.end)}`.trim();
    return { ok: false, message: `"${extra}" is not part of the citation "${document.text}"; check the spelling` };
  }
  if (!/\bngày\b/u.test(document.text)) return { ok: false, message: `add the date of ${document.text} ("ngày 05/3/2024")` };
  if (document.date === null) return { ok: false, message: `the date in "${document.text}" does not exist` };
  return { ok: true, document };
}
