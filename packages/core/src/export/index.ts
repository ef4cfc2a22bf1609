export { tasksToCsv, type CsvOptions } from './csv.js';
export { tasksToIcs, type IcsOptions } from './ics.js';
export { subsetProgram } from './subset.js';
export { tasksToAtom, type AtomOptions } from './atom.js';
export { EXPORT_FORMATS, exportTasks, type ExportedFile, type ExportFormat, type ExportOptions } from './tasks.js';
