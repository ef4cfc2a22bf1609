import { expect, test } from 'vitest';
import { readEvidenceDocument } from '../src/index.js';

test('an official document cited as evidence is read with the parser\'s citation reader', () => {
  expect(readEvidenceDocument(' Quyết định số 123/QĐ-UBND ngày 05/3/2024 ')).toEqual({
    ok: true,
    document: expect.objectContaining({ type: 'decision', number: '123/QĐ-UBND', date: '2024-03-05' }),
  });
  expect(readEvidenceDocument('Kế hoạch số 45/KH-SCT ngày 1/2/2023 của UBND tỉnh')).toMatchObject({ ok: true, document: { issuer: 'UBND tỉnh' } });
});

test('typos are caught, each with a message naming what is wrong', () => {
  expect(readEvidenceDocument('Quyết dinh số 123/QĐ-UBND ngày 05/3/2024')).toEqual({ ok: false, message: expect.stringMatching(/^expected the document type first .*found "Quyết dinh"$/) });
  expect(readEvidenceDocument('Quyết định số 123/QĐ-UBND ngày 31/2/2024')).toEqual({ ok: false, message: '"ngày 31/2/2024" is not a date' });
  expect(readEvidenceDocument('Quyết định số 123/QĐ-UBND')).toEqual({ ok: false, message: 'add the date of Quyết định số 123/QĐ-UBND ("ngày 05/3/2024")' });
  expect(readEvidenceDocument('Quyết định số 123/QĐ-UBND ngày 05/3/2024 đã ký')).toEqual({ ok: false, message: expect.stringMatching(/found "đã ký"$/) });
  expect(readEvidenceDocument('Quyết định số 1/QĐ-UBND ngày 05/3/2024 và Quyết định số 2/QĐ-UBND ngày 06/3/2024')).toEqual({ ok: false, message: expect.stringMatching(/found "và Quyết định số 2/) });
});
