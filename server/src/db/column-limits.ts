import type { EntityManager, EntityName } from '@mikro-orm/core';
import { AppError, ERROR_CODES } from '../errors.js';

/**
 * The one place that knows how much text each column holds: the `length` of the entity's property
 * (the same number the migration gives varchar(n)). PostgreSQL refuses a longer value with an
 * internal error and SQLite stores it anyway; services call `assertFits` before writing so that both
 * databases answer the same clear BAD_USER_INPUT.
 */
export function columnLength<T extends object>(em: EntityManager, entity: EntityName<T>, property: keyof T & string): number | null {
  const properties = em.getMetadata().find(entity)?.properties as Record<string, { length?: number }> | undefined;
  const length = properties?.[property]?.length;
  return typeof length === 'number' ? length : null;
}

/** Characters as PostgreSQL's varchar(n) counts them (code points, not UTF-16 units). */
export function textLength(value: string): number {
  let n = 0;
  for (const _char of value) n += 1;
  return n;
}

/**
 * Refuses any of `values` longer than its column; null and undefined pass (the column's nullability is
 * another rule). The error names the input by `names[property]` (the argument's name), else the property.
 */
export function assertFits<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  values: Partial<Record<keyof T & string, string | null | undefined>>,
  names: Partial<Record<keyof T & string, string>> = {},
): void {
  for (const [property, value] of Object.entries(values) as Array<[keyof T & string, string | null | undefined]>) {
    if (typeof value !== 'string') continue;
    const max = columnLength(em, entity, property);
    if (max !== null && textLength(value) > max) {
      const name = names[property] ?? property;
      throw new AppError(
        ERROR_CODES.BAD_USER_INPUT,
        `${name} 最多 ${max} 个字符。${name} may have at most ${max} characters.`,
        { field: name, maxLength: max },
      );
    }
  }
}
