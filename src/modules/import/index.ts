export { IMPORT_APPLY_JOB, importJobHandler } from './job.js';
export { registerImportRoutes } from './routes.js';
export { analyseImport } from './plan/analyse.js';
export { writePeople } from './write/people.js';
export { writeUnits } from './write/units.js';
export type { ParsedCsv } from './csv/parse.js';
