import type { EntityManager } from '@mikro-orm/core';
import type { UnitKind, UnitRef } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { Unit } from './unit.entity.js';

export async function listUnits(em: EntityManager, kind?: UnitKind): Promise<UnitRef[]> {
  const rows = await em.find(Unit, kind ? { kind } : {}, { orderBy: { code: 'asc' } });
  return rows.map((u) => ({ code: u.code, name: u.name, kind: u.kind }));
}

export async function getUnit(em: EntityManager, code: string): Promise<UnitRef> {
  const unit = await em.findOne(Unit, { code });
  if (!unit) {
    throw new AppError(ERROR_CODES.UNIT_NOT_FOUND, `没有编码为「${code}」的单位。No unit with code "${code}".`, { unitCode: code });
  }
  return { code: unit.code, name: unit.name, kind: unit.kind };
}
