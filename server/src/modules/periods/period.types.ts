import { Field, ObjectType } from 'type-graphql';
import type { Period } from '@scorecard/shared';
import { PeriodKindEnum } from '../../graphql/enums.js';

@ObjectType('Period', { description: 'A month (2023-03), quarter (2023-Q1) or year (2023): the closed date range [start, end].' })
export class PeriodType {
  @Field(() => String)
  id!: string;

  @Field(() => PeriodKindEnum)
  kind!: PeriodKindEnum;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  start!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, the last day' })
  end!: string;

  @Field(() => Boolean)
  hasData!: boolean;

  static from(period: Period & { hasData: boolean }): PeriodType {
    return Object.assign(new PeriodType(), { ...period, kind: period.kind as PeriodKindEnum });
  }
}
