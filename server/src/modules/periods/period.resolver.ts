import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { latestPublications } from '../publications/publication-reader.js';
import { listPeriods } from './period.service.js';
import { PeriodType } from './period.types.js';

@Resolver()
export class PeriodResolver {
  @Authorized()
  @Query(() => [PeriodType], { description: 'Periods with data, newest first.' })
  async periods(@Ctx() ctx: GraphQLContext): Promise<PeriodType[]> {
    const clock = ctx.services.scoring.clock;
    const [periods, published] = await Promise.all([listPeriods(ctx.em), latestPublications(ctx.em)]);
    return Promise.all(
      periods.map(async (p) => PeriodType.from(p, { asOf: (await clock.dated(ctx.em, p)).asOf, published: published.has(p.id) })),
    );
  }
}
