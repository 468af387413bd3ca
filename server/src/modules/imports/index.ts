export type { RawFileKind, RawFileFormat } from './file-kinds.js';
export { IMPORT_ORDER, kindFromFileName, fileFormat } from './file-kinds.js';
export type { ImportRowError } from './errors.js';
export { IMPORT_ERROR_CODES, ImportError } from './errors.js';
export type { ImportFileResult, ImportOptions, ImportProgress, ImportSource } from './import.service.js';
export { importSource } from './import.service.js';
export { importFile, importPaths, expandPaths } from './import-paths.js';
export { KIND_SPECS } from './kind-specs.js';
export { ImportBatch } from './import-batch.entity.js';
