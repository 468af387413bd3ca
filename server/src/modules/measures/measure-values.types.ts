import { Field, Float, ObjectType } from 'type-graphql';
import type { MeasureTable, UnitRef } from '@scorecard/shared';
import { UnitType } from '../units/unit.types.js';

@ObjectType('MeasureValueEntry', { description: 'One raw measure of one unit; value null = N/A.' })
export class MeasureValueEntryType {
  @Field(() => String) measureId!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
}

@ObjectType('UnitMeasureValues')
export class UnitMeasureValuesType {
  @Field(() => UnitType) unit!: UnitType;
  @Field(() => [MeasureValueEntryType], { description: 'Computed measures (U1…P) and the manual measures with a value.' })
  values!: MeasureValueEntryType[];
}

@ObjectType('PeriodMeasureValues', { description: "Every unit's raw measure values of a period: the input of the browser's what-if engine." })
export class PeriodMeasureValuesType {
  @Field(() => String) period!: string;
  @Field(() => String, { nullable: true, description: 'The publication these values were frozen by; null = live values.' })
  publication!: string | null;
  @Field(() => [UnitMeasureValuesType]) units!: UnitMeasureValuesType[];

  static from(period: string, publication: string | null, units: UnitRef[], table: MeasureTable): PeriodMeasureValuesType {
    return Object.assign(new PeriodMeasureValuesType(), {
      period,
      publication,
      units: units.filter((u) => table[u.code]).map((u) => Object.assign(new UnitMeasureValuesType(), {
        unit: UnitType.from(u),
        values: Object.entries(table[u.code]!).map(([measureId, m]) => Object.assign(new MeasureValueEntryType(), { measureId, ...m })),
      })),
    });
  }
}
