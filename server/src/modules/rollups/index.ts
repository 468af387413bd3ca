export { refreshRollupsAfterImport, rebuildAllRollups } from './refresh.js';
export { fillCalendar } from './calendar.js';
export { emSql, type RollupSql, type RollupParam, type RollupRow } from './exec.js';
