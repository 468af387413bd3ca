export { ensureCalendar, calendarRangeFor, earliestWindowStart } from './calendar.js';
export { computeMeasures } from './compute.js';
