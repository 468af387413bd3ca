import { deadlineState, type DeadlineState, type WorkdayCalendar } from '@scorecard/shared';
import type { RemediationAction, RemediationItemInfoFragment, RemediationState, Role } from '@/api/generated/graphql';

export const BOARD_STATES: readonly RemediationState[] = ['OPEN', 'IN_PROGRESS', 'REJECTED', 'SUBMITTED', 'VERIFIED'];

/** Items by state, in the board's column order; each column soonest deadline first. */
export function byState<T extends Pick<RemediationItemInfoFragment, 'state' | 'deadline'>>(
  items: readonly T[],
): Array<{ state: RemediationState; items: T[] }> {
  return BOARD_STATES.map((state) => ({
    state,
    items: items.filter((i) => i.state === state).sort((a, b) => a.deadline.localeCompare(b.deadline)),
  }));
}

/** The countdown, by the one deadline rule in shared (the server computes overdue with the same function). */
export function countdown(
  item: Pick<RemediationItemInfoFragment, 'deadline' | 'state'>,
  today: string,
  calendar: WorkdayCalendar,
): DeadlineState {
  return deadlineState(item.deadline, today, item.state === 'VERIFIED', calendar);
}

/** The countdown as a sentence key and its number. */
export function countdownText(s: DeadlineState): { key: string; n: number } {
  if (s.status === 'DONE') return { key: 'remediation.status.DONE', n: 0 };
  if (s.overdue) return { key: 'remediation.overdueBy', n: Math.max(1, -s.workingDaysLeft) };
  if (s.workingDaysLeft === 0) return { key: 'remediation.dueToday', n: 0 };
  return { key: 'remediation.daysLeft', n: s.workingDaysLeft };
}

/** The actions a role may offer on an item in a state (the server's table, for the buttons only). */
export function actionsFor(role: Role | null, state: RemediationState, ownUnit: boolean): RemediationAction[] {
  if (role === 'UNIT' && ownUnit) {
    if (state === 'OPEN' || state === 'REJECTED') return ['START'];
    if (state === 'IN_PROGRESS') return ['SUBMIT'];
  }
  if (role === 'ASSESSOR' && state === 'SUBMITTED') return ['VERIFY', 'REJECT'];
  return [];
}

/** The calendar data the server sends (holidays and 调休 days) as shared's WorkdayCalendar. */
export function toCalendar(days: ReadonlyArray<{ date: string; working: boolean }>): WorkdayCalendar {
  return { exceptions: Object.fromEntries(days.map((d) => [d.date, d.working])) };
}

/** Sort key of the summary table's columns. */
export type SummaryKey = 'code' | 'total' | 'open' | 'overdue' | 'verified' | 'onTimeRate' | 'averageDaysToVerify';

/** Per sub-indicator, the item a scorecard links to: the one of the period shown first, then one not yet verified. */
export function itemsByIndicator<
  T extends Pick<RemediationItemInfoFragment, 'id' | 'state' | 'indicatorId' | 'period'>,
>(items: readonly T[], period: string | null): Record<string, T> {
  const rank = (item: T) => (item.period === period ? 2 : 0) + (item.state === 'VERIFIED' ? 0 : 1);
  const out: Record<string, T> = {};
  for (const item of items) {
    if (!item.indicatorId) continue;
    const current = out[item.indicatorId];
    if (!current || rank(item) > rank(current)) out[item.indicatorId] = item;
  }
  return out;
}
