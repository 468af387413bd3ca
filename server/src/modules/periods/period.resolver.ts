import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { listPeriods } from './period.service.js';
import { PeriodType } from './period.types.js';

@Resolver()
export class PeriodResolver {
  @Authorized()
  @Query(() => [PeriodType], { description: 'Periods with data, newest first.' })
  async periods(@Ctx() ctx: GraphQLContext): Promise<PeriodType[]> {
    return (await listPeriods(ctx.em)).map(PeriodType.from);
  }
}
