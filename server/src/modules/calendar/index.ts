/** The calendar: calendar_days and u1_windows, written only by extendCalendar (inside the import's transaction). */
export { extendCalendar, repairCalendar } from './extend-calendar.js';
export { WINDOW_COLUMNS, windowsMeeting, calendarSpanFor } from './windows.js';
export { windowSeq } from './u1-window-numbers.js';
export { CalendarDay } from './calendar-day.entity.js';
export { U1Window } from './u1-window.entity.js';
