import type { EntityManager } from '@mikro-orm/core';
import { deadlineState, diffDays, type WorkdayCalendar } from '@scorecard/shared';
import { requireViewer } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { RemediationItemRow } from './remediation.entities.js';

export interface UnitRemediationSummary {
  unitCode: string;
  total: number;
  open: number;
  overdue: number;
  verified: number;
  verifiedOnTime: number;
  /** verifiedOnTime / verified × 100; null before anything is verified. */
  onTimeRate: number | null;
  /** Calendar days from opening to verification, averaged; null before anything is verified. */
  averageDaysToVerify: number | null;
}

export interface PeriodRemediationSummary extends Omit<UnitRemediationSummary, 'unitCode'> {
  period: string;
}

type Counts = Omit<UnitRemediationSummary, 'unitCode'>;

function summarize(items: RemediationItemRow[], today: string, calendar: WorkdayCalendar): Counts {
  let open = 0;
  let overdue = 0;
  let verified = 0;
  let onTime = 0;
  let days = 0;
  for (const item of items) {
    const done = item.state === 'VERIFIED';
    if (done) {
      verified++;
      if (item.verifiedOn && item.verifiedOn <= item.deadline) onTime++;
      days += diffDays(item.openedOn, item.verifiedOn ?? item.openedOn);
    } else {
      open++;
      if (deadlineState(item.deadline, today, false, calendar).overdue) overdue++;
    }
  }
  return {
    total: items.length, open, overdue, verified, verifiedOnTime: onTime,
    onTimeRate: verified ? (onTime / verified) * 100 : null,
    averageDaysToVerify: verified ? days / verified : null,
  };
}

function groupBy<K>(items: RemediationItemRow[], key: (i: RemediationItemRow) => K): Map<K, RemediationItemRow[]> {
  const out = new Map<K, RemediationItemRow[]>();
  for (const item of items) {
    const k = key(item);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

/**
 * The leadership summary: per unit (of one period's items, or all), and city-wide per period. A UNIT
 * user gets its own unit's row only.
 */
export async function remediationSummary(
  em: EntityManager,
  viewer: Viewer | null,
  period: string | null,
  today: string,
  calendar: WorkdayCalendar,
): Promise<{ units: UnitRemediationSummary[]; periods: PeriodRemediationSummary[] }> {
  const signedIn = requireViewer(viewer);
  const own = signedIn.role === 'UNIT' ? { unitCode: signedIn.unitCode ?? '-' } : {};
  const all = await em.find(RemediationItemRow, own, { disableIdentityMap: true });
  const scoped = period ? all.filter((i) => i.period === period) : all;
  const units = [...groupBy(scoped, (i) => i.unitCode)].map(([unitCode, items]) => ({ unitCode, ...summarize(items, today, calendar) }));
  units.sort((a, b) => b.open - a.open || a.unitCode.localeCompare(b.unitCode));
  const periods = [...groupBy(all.filter((i) => i.period), (i) => i.period as string)]
    .map(([p, items]) => ({ period: p, ...summarize(items, today, calendar) }))
    .sort((a, b) => a.period.localeCompare(b.period));
  return { units, periods };
}
