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

  @Field(() => Boolean, { description: 'Results frozen by a publication (SPEC §7); false = live results (preliminary).' })
  published!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Set while the period is in progress (it contains today): its scores count the data through this day and are preliminary (月中初步).',
  })
  asOf!: string | null;

  static from(period: Period & { hasData: boolean }, state: { asOf?: string | null; published?: boolean } = {}): PeriodType {
    return Object.assign(new PeriodType(), {
      ...period,
      kind: period.kind as PeriodKindEnum,
      published: state.published ?? false,
      asOf: state.asOf ?? null,
    });
  }
}
