export { importFile, DEFAULT_BATCH_SIZE, type ImportOptions } from './importer';
export { listImportRuns, type ImportRunSummary } from './runs';
export * from './format';
