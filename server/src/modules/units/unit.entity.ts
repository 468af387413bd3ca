import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export const UNIT_KINDS = ['municipal', 'district', 'public_service'] as const;
export type UnitKindValue = (typeof UNIT_KINDS)[number];

@Entity({ tableName: 'units' })
export class Unit {
  @PrimaryKey({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'string', length: 32 })
  kind!: UnitKindValue;
}
