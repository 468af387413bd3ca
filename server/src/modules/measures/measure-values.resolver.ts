import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { requireRole } from '../../graphql/authorization.js';
import { requirePeriodWithData } from '../periods/period.service.js';
import { getPublication, readPublishedMeasures } from '../publications/publication-reader.js';
import { AppError, ERROR_CODES } from '../../errors.js';
import { listUnits } from '../units/unit.service.js';
import { PeriodMeasureValuesType } from './measure-values.types.js';

@Resolver()
export class MeasureValuesResolver {
  // Raw values of every unit: assessors (what-if) and leaders (stability views). A UNIT user sees
  // other units' results only as ranks and scores in the ranking.
  @Authorized('ASSESSOR', 'LEADER')
  @Query(() => PeriodMeasureValuesType, { description: "Every unit's raw measure values of a period (live, or a publication's snapshot)." })
  async measureValues(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => String) periodId: string,
    @Arg('publication', () => String, { nullable: true, description: 'A publication of the period: its frozen values.' }) publicationId: string | null,
  ): Promise<PeriodMeasureValuesType> {
    requireRole(ctx.viewer, 'ASSESSOR', 'LEADER');
    const period = await requirePeriodWithData(ctx.em, periodId);
    const units = await listUnits(ctx.em);
    if (publicationId) {
      const publication = await getPublication(ctx.em, publicationId);
      if (publication.period !== period.id) {
        throw new AppError(ERROR_CODES.BAD_USER_INPUT, `该发布记录不属于 ${period.id}。Publication ${publicationId} is not of ${period.id}.`, { publicationId });
      }
      return PeriodMeasureValuesType.from(period.id, publicationId, units, await readPublishedMeasures(ctx.em, publicationId));
    }
    return PeriodMeasureValuesType.from(period.id, null, units, await ctx.services.measures.measuresFor(period));
  }
}
