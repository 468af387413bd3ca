export * from './attribution.js';
export * from './wording.js';
export * from './sentences.js';
export * from './forecast.js';
export * from './backtest.js';
