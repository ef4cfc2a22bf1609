import { expect, test } from 'vitest';

test('the public API changes only on purpose', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'AGENCY_KINDS',
    'AGENCY_ROLES',
    'Agency',
    'AgencyKind',
    'Area',
    'Assignment',
    'Block',
    'BlockScope',
    'DEADLINE_KINDS',
    'DIAGNOSTIC_SEVERITIES',
    'Deadline',
    'DeadlineKind',
    'Diagnostic',
    'ImplementationItem',
    'Program',
    'REFERENCE_TYPES',
    'Reference',
    'ReferenceType',
    'Role',
    'Section',
    'SourceSpan',
    'Task',
    'agencyWorkload',
    'agencyWorkloads',
    'deadlinesByYear',
    'filterTasks',
    'fold',
    'getAgency',
    'getBlock',
    'getReference',
    'getTask',
    'highlightRanges',
    'parseProgram',
    'referencesWithTasks',
    'resolveArea',
    'roleIn',
    'search',
    'suggestAgencies',
    'taskDetails',
    'validateFilter',
    'validateProgram',
  ]);
});

test('the data entry exports only the program', async () => {
  expect(Object.keys(await import('../src/data.js'))).toEqual(['program']);
});
