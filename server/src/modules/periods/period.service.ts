import type { EntityManager } from '@mikro-orm/core';
import { comparePeriodsNewestFirst, parsePeriod, type Period } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';

export interface PeriodRow extends Period {
  hasData: boolean;
}

/** Every period in the periods table, newest first, years before their quarters before their months. */
export async function listPeriods(em: EntityManager): Promise<PeriodRow[]> {
  const rows = await em.getConnection().execute<Array<{ id: string; has_data: unknown }>>(
    'select id, has_data from periods',
  );
  const periods: PeriodRow[] = [];
  for (const row of rows) {
    const period = parsePeriod(row.id);
    if (period) periods.push({ ...period, hasData: Boolean(Number(row.has_data) || row.has_data === true) });
  }
  return periods.sort(comparePeriodsNewestFirst);
}

/**
 * The period named by `id` when it is well-formed and has data; anything else is PERIOD_NOT_FOUND
 * (a period without records would rank every unit on S1 alone, which means nothing). Not to be
 * confused with shared's `requirePeriod`, which only parses an id already known to be valid.
 */
export async function requirePeriodWithData(em: EntityManager, id: string): Promise<Period> {
  const period = parsePeriod(id);
  if (period) {
    const rows = await em.getConnection().execute<Array<{ has_data: unknown }>>(
      'select has_data from periods where id = ?',
      [id],
    );
    if (rows.length > 0 && (rows[0].has_data === true || Number(rows[0].has_data) === 1)) return period;
  }
  throw new AppError(
    ERROR_CODES.PERIOD_NOT_FOUND,
    period ? `暂无 ${id} 的数据。There is no data for ${id}.` : `「${id}」不是有效的考评周期（例如 2023-03、2023-Q1、2023）。"${id}" is not a period (e.g. 2023-03, 2023-Q1, 2023).`,
    { period: id },
  );
}
