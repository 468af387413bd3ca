import { Field, ObjectType } from 'type-graphql';
import type { UnitRef } from '@scorecard/shared';
import { UnitKindEnum } from '../../graphql/enums.js';

@ObjectType('Unit', { description: 'A government unit under evaluation.' })
export class UnitType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UnitKindEnum)
  kind!: UnitKindEnum;

  static from(unit: UnitRef): UnitType {
    return Object.assign(new UnitType(), { code: unit.code, name: unit.name, kind: unit.kind as UnitKindEnum });
  }
}
