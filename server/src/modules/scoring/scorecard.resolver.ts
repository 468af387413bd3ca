import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { assertCanSeeUnitDetails } from '../../graphql/authorization.js';
import { RankingScopeEnum } from '../../graphql/enums.js';
import { requirePeriodWithData } from '../periods/period.service.js';
import { getUnit } from '../units/unit.service.js';
import { toCityTrendPoint, toRankingType, toScorecardType } from './scoring.mapper.js';
import { unitRow, type ComputedRanking } from './scoring.service.js';
import {
  CityTrendPointType,
  RankingRowType,
  RankingType,
  SubIndicatorScoreType,
  UnitScorecardType,
} from './scoring.types.js';

function scorecardOf(ranking: ComputedRanking, unitCode: string): UnitScorecardType {
  return toScorecardType(ranking, unitRow(ranking, unitCode));
}

const SCHEME_VERSION = {
  nullable: true,
  description: 'Scores live under this scheme version (a draft included). Without it: the published snapshot where the period is published, else live under the newest frozen version.',
} as const;
const PUBLICATION = { nullable: true, description: 'An earlier (or the latest) publication of the period, by id: its snapshot.' } as const;

@Resolver()
export class ScorecardResolver {
  @Authorized()
  @Query(() => RankingType, { description: 'All units of a scope ranked for one period.' })
  async ranking(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => String) periodId: string,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL }) scope: RankingScopeEnum | null,
    @Arg('schemeVersion', () => Int, SCHEME_VERSION) schemeVersion: number | null,
    @Arg('publication', () => String, PUBLICATION) publicationId: string | null,
  ): Promise<RankingType> {
    const period = await requirePeriodWithData(ctx.em, periodId);
    return toRankingType(await ctx.services.scoring.ranking(ctx.em, period, scope ?? RankingScopeEnum.ALL, { schemeVersion, publicationId }));
  }

  @Authorized()
  @Query(() => UnitScorecardType, { description: "One unit's scores, down to the sub-indicators." })
  async unitScorecard(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('period', () => String) periodId: string,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL }) scope: RankingScopeEnum | null,
    @Arg('schemeVersion', () => Int, SCHEME_VERSION) schemeVersion: number | null,
    @Arg('publication', () => String, PUBLICATION) publicationId: string | null,
  ): Promise<UnitScorecardType> {
    assertCanSeeUnitDetails(ctx.viewer, unitCode);
    await getUnit(ctx.em, unitCode);
    const period = await requirePeriodWithData(ctx.em, periodId);
    const ranking = await ctx.services.scoring.ranking(ctx.em, period, scope ?? RankingScopeEnum.ALL, { schemeVersion, publicationId });
    return scorecardOf(ranking, unitCode);
  }

  @Authorized()
  @Query(() => [UnitScorecardType], { description: "One unit's scorecards over consecutive periods of one kind." })
  async unitTrend(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL }) scope: RankingScopeEnum | null,
    @Arg('schemeVersion', () => Int, SCHEME_VERSION) schemeVersion: number | null,
  ): Promise<UnitScorecardType[]> {
    assertCanSeeUnitDetails(ctx.viewer, unitCode);
    await getUnit(ctx.em, unitCode);
    const rankings = await ctx.services.scoring.trend(ctx.em, from, to, scope ?? RankingScopeEnum.ALL, schemeVersion);
    return rankings.map((r) => scorecardOf(r, unitCode));
  }

  @Authorized()
  @Query(() => [CityTrendPointType], { description: 'Average composite and grade counts per period.' })
  async cityTrend(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL }) scope: RankingScopeEnum | null,
    @Arg('schemeVersion', () => Int, SCHEME_VERSION) schemeVersion: number | null,
  ): Promise<CityTrendPointType[]> {
    return (await ctx.services.scoring.trend(ctx.em, from, to, scope ?? RankingScopeEnum.ALL, schemeVersion)).map(toCityTrendPoint);
  }
}

@Resolver(() => RankingRowType)
export class RankingRowResolver {
  // Nullable so that a refused row (FORBIDDEN, in `errors`) does not blank the whole ranking.
  @FieldResolver(() => [SubIndicatorScoreType], {
    nullable: true,
    description: "Sub-indicator scores (the heatmap). A UNIT user may read its own row's only; other rows are FORBIDDEN.",
  })
  subIndicators(@Root() row: RankingRowType, @Ctx() ctx: GraphQLContext): SubIndicatorScoreType[] {
    assertCanSeeUnitDetails(ctx.viewer, row.unit.code);
    return row.details;
  }
}
