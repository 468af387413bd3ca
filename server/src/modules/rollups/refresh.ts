import type { SqlRunner } from '../../db/sql-runner.js';
import { refreshCallDays } from './call-days.js';
import { refreshCaseDays } from './case-days.js';
import type { DayRange } from './day-range.js';
import { refreshRatingDays } from './rating-days.js';
import { refreshU1Met } from './u1-met.js';

/**
 * Brings the roll-ups up to date after one raw-data file was written, on the same connection and
 * inside the file's transaction, so that no reader sees raw rows without their roll-ups. Runs after
 * the periods and the calendar were refreshed (u1_met reads calendar_days); writes no calendar.
 * `kind` is the file kind (RawFileKind; a plain string keeps this module free of the importer);
 * [minDate, maxDate] the range of the file's event dates (every date column of its rows).
 *
 * - resources: unit membership, cycle and registration feed u1_met and call_days everywhere →
 *   rebuild those (due windows are counted from the resources table at query time).
 * - resource_updates, data_calls: their key holds their date, so a row never moves: recount the
 *   windows / days the file's range meets.
 * - cases, ratings: keyed by id; a replaced row may have moved away from a date outside the range
 *   (its old dates are overwritten by now), so any replacement rebuilds that roll-up (one GROUP BY
 *   over the table); added rows only recount the file's days.
 * - everything else is read raw by the measures (small tables).
 */
export async function refreshRollupsAfterImport(
  db: SqlRunner,
  kind: string,
  minDate: string | null,
  maxDate: string | null,
  rowsReplaced: number,
): Promise<void> {
  const range: DayRange = minDate !== null && maxDate !== null ? { from: minDate, to: maxDate } : null;
  switch (kind) {
    case 'resources':
      await rebuildResourceRollups(db);
      return;
    case 'resource_updates':
      if (range) await refreshU1Met(db, range);
      return;
    case 'data_calls':
      if (range) await refreshCallDays(db, range);
      return;
    case 'cases':
      if (rowsReplaced > 0) await refreshCaseDays(db, null);
      else if (range) await refreshCaseDays(db, range);
      return;
    case 'ratings':
      if (rowsReplaced > 0) await refreshRatingDays(db, null);
      else if (range) await refreshRatingDays(db, range);
      return;
    default:
      return;
  }
}

/** Every roll-up from the raw tables (the migration that creates them; tests compare with it). */
export async function rebuildAllRollups(db: SqlRunner): Promise<void> {
  await rebuildResourceRollups(db);
  await refreshCaseDays(db, null);
  await refreshRatingDays(db, null);
}

/** The roll-ups that read resources: met U1 windows and E1 calls. */
async function rebuildResourceRollups(db: SqlRunner): Promise<void> {
  await refreshU1Met(db, null);
  await refreshCallDays(db, null);
}
