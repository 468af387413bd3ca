export * from './unit.js';
export * from './period.js';
export * from './measure.js';
export * from './scheme.js';
export * from './score.js';
export * from './evidence.js';
