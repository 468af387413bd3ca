export * from './model/index.js';
export * from './periods/index.js';
export * from './scoring/index.js';
export * from './accounts/usernames.js';
export * from './export/spreadsheet.js';
export * from './export/formula-samples.js';
export * from './insights/index.js';
export * from './workdays/index.js';
