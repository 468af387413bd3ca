export * from './model/index.js';
export * from './periods/index.js';
