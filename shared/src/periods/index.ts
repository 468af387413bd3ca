export * from './dates.js';
export * from './timestamps.js';
export * from './period.js';
export * from './windows.js';
export * from './instants.js';
