export { importFile } from './importer';
export { listImportRuns, type ImportRunSummary } from './runs';
export * from './format';
