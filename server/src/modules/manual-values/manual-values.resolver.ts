import { Arg, Authorized, Ctx, Field, Float, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { auditActor } from '../audit/audit.service.js';
import { requireRole } from '../../graphql/authorization.js';
import { listManualValues, setManualValues } from './manual-values.service.js';

@InputType('ManualValueInput')
export class ManualValueInput {
  @Field(() => String) unitCode!: string;
  @Field(() => Float, { nullable: true, description: 'null removes the value (N/A).' }) value!: number | null;
}

@ObjectType('ManualValue', { description: 'The value of a manual measure for one unit and period.' })
export class ManualValueType {
  @Field(() => String) unitCode!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@ObjectType('ManualValueCell', { description: 'A value of a manual measure: one unit, one period.' })
export class ManualValueCellType {
  @Field(() => String) unitCode!: string;
  @Field(() => String) period!: string;
  @Field(() => Float) value!: number;
}

@Resolver()
export class ManualValuesResolver {
  // Raw values of every unit, like measureValues: assessors and leaders.
  @Authorized('ASSESSOR', 'LEADER')
  @Query(() => [ManualValueCellType], { description: 'Every value of one manual measure, by period and unit.' })
  async manualValues(@Ctx() ctx: GraphQLContext, @Arg('indicatorId', () => String) indicatorId: string): Promise<ManualValueCellType[]> {
    requireRole(ctx.viewer, 'ASSESSOR', 'LEADER');
    return (await listManualValues(ctx.em, indicatorId)).map((c) => Object.assign(new ManualValueCellType(), c));
  }

  @Authorized('ASSESSOR')
  @Mutation(() => [ManualValueType], { description: 'Types in values of a manual measure for units of one period (the unit × period grid); audited.' })
  async setManualValues(
    @Ctx() ctx: GraphQLContext,
    @Arg('indicatorId', () => String, { description: 'The manual measure id (as in manual_values.csv).' }) indicatorId: string,
    @Arg('period', () => String) period: string,
    @Arg('values', () => [ManualValueInput]) values: ManualValueInput[],
  ): Promise<ManualValueType[]> {
    const saved = await setManualValues(ctx.em, ctx.viewer, auditActor(ctx), indicatorId, period, values.map((v) => ({ unitCode: v.unitCode, value: v.value ?? null })));
    return saved.map((v) => Object.assign(new ManualValueType(), v));
  }
}
