export { refreshRollupsAfterImport, rebuildAllRollups } from './refresh.js';
