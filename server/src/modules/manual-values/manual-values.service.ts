import type { EntityManager } from '@mikro-orm/core';
import { COMPUTED_MEASURE_IDS } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { requireRole } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { requirePeriodWithData } from '../periods/period.service.js';
import { ManualValue } from '../raw-data/manual-value.entity.js';
import { listSchemes } from '../schemes/scheme.service.js';
import { Unit } from '../units/unit.entity.js';

export interface ManualValueEntry {
  unitCode: string;
  /** null removes the unit's value (the measure becomes N/A for it). */
  value: number | null;
}

const MAX_ENTRIES = 10_000;
const COMPUTED = new Set<string>(COMPUTED_MEASURE_IDS);

/** Only measures some scheme version declares as manual can be typed in: a typo must not create a measure. */
async function requireManualMeasure(em: EntityManager, measureId: string): Promise<void> {
  const declared = (await listSchemes(em)).some(({ scheme }) =>
    scheme.dimensions.some((d) => d.subIndicators.some((s) => s.source === 'manual' && s.measureId === measureId)));
  if (COMPUTED.has(measureId) || !declared) {
    throw new AppError(
      ERROR_CODES.BAD_USER_INPUT,
      `「${measureId}」不是任何方案版本中的手工指标。"${measureId}" is not a manual measure of any scheme version.`,
      { field: 'indicatorId', indicatorId: measureId },
    );
  }
}

function checkEntries(entries: ManualValueEntry[]): void {
  if (entries.length > MAX_ENTRIES) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `一次最多 ${MAX_ENTRIES} 个值。At most ${MAX_ENTRIES} values at once.`, { field: 'values' });
  }
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.unitCode)) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, `单位「${e.unitCode}」出现了两次。Unit "${e.unitCode}" is given twice.`, { field: `values.${i}.unitCode` });
    }
    seen.add(e.unitCode);
    if (e.value !== null && !Number.isFinite(e.value)) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, `单位「${e.unitCode}」的值不是有限数。The value of "${e.unitCode}" is not a finite number.`, { field: `values.${i}.value` });
    }
  });
}

export interface ManualValueCell {
  unitCode: string;
  period: string;
  value: number;
}

/** Every value of one manual measure (the grid shows units × periods of it). */
export async function listManualValues(em: EntityManager, measureId: string): Promise<ManualValueCell[]> {
  const rows = await em.find(ManualValue, { indicatorId: measureId }, { disableIdentityMap: true, orderBy: { period: 'asc', unit: { code: 'asc' } } });
  return rows.map((r) => ({ unitCode: r.unit.code, period: r.period, value: r.value }));
}

/**
 * Values of a manual measure typed into the workbench's unit × period grid: the same rows a
 * manual_values file imports (the measures read them on the next request; the data version, which
 * counts and sums manual_values, moves every cache key). All or nothing, audited with before/after.
 */
export async function setManualValues(
  em: EntityManager,
  viewer: Viewer | null,
  actor: AuditActor,
  measureId: string,
  periodId: string,
  entries: ManualValueEntry[],
): Promise<ManualValueEntry[]> {
  requireRole(viewer, 'ASSESSOR');
  const period = await requirePeriodWithData(em, periodId);
  await requireManualMeasure(em, measureId);
  checkEntries(entries);
  const codes = entries.map((e) => e.unitCode);
  return em.transactional(async (tx) => {
    const known = new Map((await tx.find(Unit, { code: { $in: codes } })).map((u) => [u.code, u]));
    const unknown = codes.find((c) => !known.has(c));
    if (unknown !== undefined) {
      throw new AppError(ERROR_CODES.UNIT_NOT_FOUND, `没有编码为「${unknown}」的单位。No unit with code "${unknown}".`, { unitCode: unknown });
    }
    const where = { indicatorId: measureId, period: period.id, unit: { code: { $in: codes } } };
    const before = await tx.find(ManualValue, where, { disableIdentityMap: true });
    await tx.nativeDelete(ManualValue, where);
    const rows = entries.filter((e) => e.value !== null).map((e) => ({ indicatorId: measureId, unit: known.get(e.unitCode)!, period: period.id, value: e.value! }));
    if (rows.length > 0) await tx.insertMany(ManualValue, rows);
    await audit(tx, {
      actor,
      action: 'manual-values/set',
      entityType: 'manual-values',
      entityId: `${measureId}|${period.id}`,
      before: Object.fromEntries(before.map((r) => [r.unit.code, r.value])),
      after: Object.fromEntries(entries.map((e) => [e.unitCode, e.value])),
    });
    return entries;
  });
}
