import { hostname } from 'node:os';
import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import { deadlineState } from '@scorecard/shared';
import { logger } from '../../logger.js';
import { loadWorkdayCalendar } from '../workdays/workday-calendar.js';
import { notify } from './notify.js';
import { JobRunRow, RemediationItemRow } from './remediation.entities.js';

export const REMINDER_JOB = 'remediation-reminders';
const CHECK_EVERY_MS = 15 * 60 * 1000;

/**
 * Raises the due-soon and overdue notifications once a day. Safe with several server processes: the
 * run claims (job, day) in job_runs inside the same transaction as its notifications — the process
 * whose insert wins runs it, the others hit the unique key and skip; a failed run rolls its claim
 * back so the next check retries. Each item is reminded once per kind (notification dedupe keys).
 */
export async function runReminders(orm: MikroORM, today: string): Promise<{ ran: boolean; notified: number }> {
  const em = orm.em.fork();
  try {
    return await em.transactional(async (tx) => {
      await tx.insert(JobRunRow, { job: REMINDER_JOB, day: today, startedAt: new Date().toISOString(), runner: `${hostname()}:${process.pid}`.slice(0, 128) });
      const calendar = await loadWorkdayCalendar(tx);
      const open = await tx.find(RemediationItemRow, { state: { $ne: 'VERIFIED' } }, { disableIdentityMap: true });
      let notified = 0;
      for (const item of open) {
        const s = deadlineState(item.deadline, today, false, calendar);
        if (!s.overdue && !s.dueSoon) continue;
        const kind = s.overdue ? 'OVERDUE' : 'DUE_SOON';
        const subject = { subjectType: 'ITEM' as const, subjectId: item.id, unitCode: item.unitCode, indicatorId: item.indicatorId, period: item.period };
        notified += await notify(tx, { unitCode: item.unitCode }, kind, subject, `${kind}:${item.id}:${item.deadline}`.slice(0, 80));
      }
      return { ran: true, notified };
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return { ran: false, notified: 0 };
    throw err;
  }
}

/** Checks every 15 minutes (and at start) whether today's run is still to do. */
export function startReminderJob(orm: MikroORM, today: () => string): () => void {
  const tick = () => {
    runReminders(orm, today())
      .then((r) => { if (r.ran) logger[r.notified ? 'info' : 'debug']({ job: REMINDER_JOB, notified: r.notified }, 'remediation reminders sent'); })
      .catch((err: unknown) => logger.warn({ err, job: REMINDER_JOB }, 'remediation reminders failed; retried at the next check'));
  };
  const first = setTimeout(tick, 2000);
  const timer = setInterval(tick, CHECK_EVERY_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
