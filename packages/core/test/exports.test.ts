import { expect, test } from 'vitest';

test('the public API changes only on purpose', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'AGENCY_KINDS',
    'AGENCY_ROLES',
    'Agency',
    'AgencyKind',
    'Area',
    'Assignment',
    'BilingualText',
    'Block',
    'BlockScope',
    'Body',
    'DEADLINE_KINDS',
    'DIAGNOSTIC_SEVERITIES',
    'DOCUMENT_KINDS',
    'Deadline',
    'DeadlineKind',
    'Diagnostic',
    'DocumentKind',
    'DocumentMeta',
    'EXPORT_FORMATS',
    'ImplementationItem',
    'LEGAL_DOCUMENT_TYPES',
    'LegalDocument',
    'LegalDocumentType',
    'Program',
    'ProgramRole',
    'READER_LANGUAGES',
    'REFERENCE_TYPES',
    'REPORTED_STATUSES',
    'REPORT_LABELS',
    'REPORT_LANGUAGES',
    'Reference',
    'ReferenceType',
    'ReportError',
    'Role',
    'STATUS_FILTERS',
    'STATUS_NAMES',
    'SUCCESSION_KINDS',
    'Section',
    'SourceSpan',
    'StatusEntry',
    'StatusOverlay',
    'Succession',
    'SuccessionKind',
    'SuccessionLink',
    'TASK_STATUSES',
    'TASK_TITLE_MAX',
    'TIMELINESS',
    'TIMELINESS_NAMES',
    'TIMELINE_CLAUSE_LENGTH',
    'Task',
    'TaskStatus',
    'Timeliness',
    'agencyTasks',
    'agencyWorkload',
    'agencyWorkloads',
    'applyStatus',
    'applyStatusAsync',
    'buildReport',
    'completionDate',
    'countTimeliness',
    'deadlineJudgements',
    'deadlineTimeline',
    'deadlinesByYear',
    'excerpt',
    'exportTasks',
    'filterTasks',
    'fold',
    'formatDate',
    'formatDeadline',
    'formatDeadlines',
    'formatMonth',
    'formatPeriod',
    'formatQuarter',
    'formatSourceLines',
    'formatYear',
    'getAgency',
    'getBlock',
    'getReference',
    'getTask',
    'highlightRanges',
    'isStatusFilter',
    'loadSearchIndex',
    'matchesStatus',
    'normalizeSpace',
    'parseProgram',
    'predecessorsOf',
    'programRolesAsOf',
    'readEvidenceDocument',
    'referencesWithTasks',
    'reportLayout',
    'reportToCsv',
    'reportToHtml',
    'resolveArea',
    'roleIn',
    'search',
    'searchIndexJson',
    'shortenAtWord',
    'slugify',
    'sourceExcerpt',
    'subsetProgram',
    'successionBody',
    'successorsAsOf',
    'suggestAgencies',
    'suggestQuery',
    'taskDetails',
    'taskTitle',
    'tasksCarriedBy',
    'tasksToAtom',
    'tasksToCsv',
    'tasksToIcs',
    'validateFilter',
    'validateProgram',
  ]);
});

test('the data entry exports only the program', async () => {
  expect(Object.keys(await import('../src/data.js'))).toEqual(['program']);
});

test('the succession data entry exports only the succession layer', async () => {
  expect(Object.keys(await import('../src/succession/data.js'))).toEqual(['succession']);
});

test('the bundled program is frozen to its leaves: a change throws instead of desynchronising lookups', async () => {
  const { program } = await import('../src/data.js');
  const { filterTasks, getTask } = await import('../src/query.js');
  const copy = structuredClone(program.tasks[0]!);
  expect(() => program.tasks.push({ ...copy, id: 'task-new' })).toThrow(TypeError);
  expect(() => ((program.tasks[0]!.source as { line: number }).line = 1)).toThrow(TypeError);
  expect(getTask(program, 'task-new')).toBeUndefined();
  expect(filterTasks(program, {}).length).toBe(program.tasks.length);
});

test('each subpath entry exposes one part of the API, all of it also on the main entry', async () => {
  const subpaths = {
    constants: await import('../src/constants.js'),
    query: await import('../src/query.js'),
    search: await import('../src/search/index.js'),
    validate: await import('../src/validate.js'),
    status: await import('../src/status/index.js'),
    progress: await import('../src/status/progress.js'),
    text: await import('../src/text.js'),
    export: await import('../src/export/index.js'),
    parse: await import('../src/parse/program.js'),
    succession: await import('../src/succession/index.js'),
    report: await import('../src/report/index.js'),
    format: await import('../src/format/index.js'),
  };
  const keys = Object.fromEntries(Object.entries(subpaths).map(([name, module]) => [name, Object.keys(module).sort()]));
  expect(keys).toEqual({
    constants: ['AGENCY_KINDS', 'AGENCY_ROLES', 'DEADLINE_KINDS', 'DIAGNOSTIC_SEVERITIES', 'DOCUMENT_KINDS', 'EXPORT_FORMATS', 'REFERENCE_TYPES', 'STATUS_NAMES', 'TASK_STATUSES', 'TIMELINESS', 'TIMELINESS_NAMES'],
    query: [
      'agencyWorkload', 'agencyWorkloads', 'deadlinesByYear', 'filterTasks', 'getAgency', 'getBlock', 'getReference', 'getTask',
      'referencesWithTasks', 'resolveArea', 'roleIn', 'suggestAgencies', 'taskDetails', 'validateFilter',
    ],
    search: ['highlightRanges', 'loadSearchIndex', 'search', 'searchIndexJson', 'suggestQuery'],
    validate: ['validateProgram'],
    status: [
      'REPORTED_STATUSES', 'STATUS_FILTERS', 'StatusEntry', 'StatusOverlay', 'TASK_STATUSES', 'TIMELINESS', 'TaskStatus', 'Timeliness', 'applyStatus',
      'applyStatusAsync', 'completionDate', 'countTimeliness', 'deadlineJudgements', 'isStatusFilter', 'matchesStatus', 'readEvidenceDocument',
    ],
    progress: ['REPORTED_STATUSES', 'STATUS_FILTERS', 'completionDate', 'countTimeliness', 'deadlineJudgements', 'isStatusFilter', 'matchesStatus'],
    text: ['excerpt', 'fold', 'normalizeSpace', 'slugify'],
    export: ['EXPORT_FORMATS', 'exportTasks', 'subsetProgram', 'tasksToAtom', 'tasksToCsv', 'tasksToIcs'],
    parse: ['parseProgram'],
    succession: [
      'BilingualText', 'Body', 'LEGAL_DOCUMENT_TYPES', 'LegalDocument', 'LegalDocumentType', 'ProgramRole', 'SUCCESSION_KINDS', 'Succession',
      'SuccessionKind', 'SuccessionLink', 'predecessorsOf', 'programRolesAsOf', 'successionBody', 'successorsAsOf', 'tasksCarriedBy',
    ],
    report: ['REPORT_LABELS', 'REPORT_LANGUAGES', 'ReportError', 'agencyTasks', 'buildReport', 'reportLayout', 'reportToCsv', 'reportToHtml'],
    format: [
      'READER_LANGUAGES', 'TASK_TITLE_MAX', 'TIMELINE_CLAUSE_LENGTH', 'deadlineTimeline', 'formatDate', 'formatDeadline', 'formatDeadlines',
      'formatMonth', 'formatPeriod', 'formatQuarter', 'formatSourceLines', 'formatYear', 'shortenAtWord', 'sourceExcerpt', 'taskTitle',
    ],
  });
  const main = Object.keys(await import('../src/index.js'));
  for (const names of Object.values(keys)) for (const name of names) expect(main).toContain(name);
  // Word output is its own entry, so that the docx library loads only where Word files are written.
  expect(Object.keys(await import('../src/report/docx-entry.js'))).toEqual(['reportToDocx']);
  expect(main).not.toContain('reportToDocx');
});
