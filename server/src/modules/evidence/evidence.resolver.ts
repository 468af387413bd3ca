import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { assertCanSeeUnitDetails } from '../../graphql/authorization.js';
import { AppError, ERROR_CODES } from '../../errors.js';
import { listEvidence } from '../measures/index.js';
import { requirePeriodWithData } from '../periods/period.service.js';
import { getPublication, latestPublication, readPublishedEvidence } from '../publications/publication-reader.js';
import { getUnit } from '../units/unit.service.js';
import { EvidenceConnectionType, EvidenceFieldType, EvidenceRowType, PageInfoType } from './evidence.types.js';

const MAX_PAGE = 200;

@Resolver()
export class EvidenceResolver {
  @Authorized()
  @Query(() => EvidenceConnectionType, {
    description: 'The records behind a measure, those that counted against the unit first. On a published period the totals are those published; the rows are the records as they are now.',
  })
  async evidence(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('period', () => String) periodId: string,
    @Arg('indicatorId', () => String, { description: 'A sub-indicator or measure id, e.g. U1, R2, P.' }) indicatorId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('onlyAgainst', () => Boolean, { nullable: true, defaultValue: false, description: 'Only the records that counted against the unit.' }) onlyAgainst: boolean | null,
    @Arg('publication', () => String, { nullable: true, description: 'A publication of the period (default: its latest, if published).' }) publicationId: string | null,
  ): Promise<EvidenceConnectionType> {
    assertCanSeeUnitDetails(ctx.viewer, unitCode);
    const pageSize = first ?? 50;
    if (pageSize < 1 || pageSize > MAX_PAGE) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, `每页 1 至 ${MAX_PAGE} 条。first must be 1–${MAX_PAGE}.`);
    }
    await getUnit(ctx.em, unitCode);
    // A period in progress lists the records of its days so far, like its scores.
    const { period } = await ctx.services.scoring.clock.dated(ctx.em, await requirePeriodWithData(ctx.em, periodId));
    const measureId = await ctx.services.scoring.measureIdOf(ctx.em, indicatorId, period);
    const page = await listEvidence(ctx.em, { unitCode, period, indicatorId: measureId, first: pageSize, after, onlyAgainst: onlyAgainst ?? false });
    const publication = publicationId ? await getPublication(ctx.em, publicationId) : await latestPublication(ctx.em, period.id);
    if (publication && publication.period !== period.id) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, `该发布记录不属于 ${period.id}。Publication ${publicationId} is not of ${period.id}.`, { publicationId });
    }
    const frozen = publication ? await readPublishedEvidence(ctx.em, publication.id, unitCode, measureId) : null;
    return Object.assign(new EvidenceConnectionType(), {
      totalCount: frozen?.totalCount ?? page.totalCount,
      againstCount: frozen?.againstCount ?? page.againstCount,
      liveTotalCount: page.totalCount,
      liveAgainstCount: page.againstCount,
      changedSincePublication: frozen !== null && (frozen.totalCount !== page.totalCount || frozen.againstCount !== page.againstCount),
      pageInfo: Object.assign(new PageInfoType(), { endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
      rows: page.rows.map((row) =>
        Object.assign(new EvidenceRowType(), {
          ...row,
          fields: row.fields.map((f) => Object.assign(new EvidenceFieldType(), f)),
        }),
      ),
    });
  }
}
