import { repairCalendar } from '../../modules/calendar/index.js';
import { refreshPeriods } from '../../modules/periods/refresh-periods.js';
import { RunnerMigration } from './runner-migration.js';

/**
 * The calendar gets one writer (modules/calendar, run inside every import's transaction), and an
 * import records the text encoding it read.
 *
 * Repairs a database written by the versions with three calendar writers: days added by the period
 * refresh without their U1 windows (U1 N/A for a whole year) get them, and the periods and calendar
 * are brought in line with the activity dates inside the supported range (SPEC §2). Rows dated
 * outside it are left in place; they no longer open periods.
 */
export class Migration20261203010000_calendar_owner extends RunnerMigration {
  override async up(): Promise<void> {
    await this.execute('alter table import_batches add column encoding varchar(16) null');
    const db = this.runner();
    await repairCalendar(db);
    await refreshPeriods(db);
  }

  override async down(): Promise<void> {
    await this.execute('alter table import_batches drop column encoding');
  }
}
