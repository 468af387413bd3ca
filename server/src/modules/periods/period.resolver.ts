import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { listPeriods } from './period.service.js';
import { PeriodType } from './period.types.js';

@Resolver()
export class PeriodResolver {
  @Authorized()
  @Query(() => [PeriodType], { description: 'Periods with data, newest first.' })
  async periods(@Ctx() ctx: GraphQLContext): Promise<PeriodType[]> {
    const clock = ctx.services.scoring.clock;
    return Promise.all(
      (await listPeriods(ctx.em)).map(async (p) => PeriodType.from(p, (await clock.dated(ctx.em, p)).asOf)),
    );
  }
}
