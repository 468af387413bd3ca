export * from './model/index.js';
export * from './periods/index.js';
export * from './scoring/index.js';
