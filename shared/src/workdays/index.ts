export * from './workdays.js';
